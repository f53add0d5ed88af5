import CLibXML2

/// A streaming, namespace-aware XML parser (libxml2's SAX2 push parser) that refuses entities.
///
/// Feed the document in chunks of any size with `feed(_:)`, then call `finish()`; events reach
/// the handler as they are parsed, so memory holds one chunk plus what the handler keeps.
/// Hardened for files from strangers: a DOCTYPE may name an external DTD but it is never loaded;
/// any entity declaration and any reference to an entity other than the five predefined ones
/// stop the parse with an error (no billion laughs, no quadratic blow-up, no XXE); the network
/// is never used; libxml2's own limits on names, depth (256) and lookahead stay on. The encoding
/// is detected from the byte order mark and the XML declaration; text reaches the handler as
/// UTF-8.
package final class StreamingXMLParser {
    /// Why the parse stopped without the handler asking.
    package struct Failure: Error, Sendable, Equatable {
        package enum Kind: Sendable, Equatable {
            /// Not well-formed (libxml2's message), truncated included.
            case malformed(String)
            /// The DOCTYPE declares an entity.
            case entityDeclaration(String)
            /// The text refers to an entity that is not one of XML's five.
            case entityReference(String)
        }
        package var kind: Kind
        package var line: Int
        package var column: Int
        /// libxml2's error number (`xmlParserErrors`) of a malformed document; 0 otherwise.
        package var code: Int = 0
        /// Elements open when the error was found: more than none at the end of the input
        /// means the document was cut short.
        package var openElements: Int = 0
        /// Whether the error was found once the whole input had been given (`finish`, or a feed
        /// after which nothing came): with `openElements`, the input ended inside the document.
        package var atEndOfInput = false
    }

    // A strong `let`: calls on it borrow it (an `unowned(unsafe)` reference was made strong,
    // retained and released, on every event). Handlers do not keep their parser.
    private let handler: XMLEventHandler
    /// The handler's `knownStrings`.
    private let knownStrings: [String]
    // State read on every event by one thread: `@exclusivity(unchecked)` drops the run-time
    // exclusivity checks (no access to it overlaps another).
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    @exclusivity(unchecked) private var failure: Failure?
    /// Direct-mapped cache of names by libxml2 dictionary pointer.
    @exclusivity(unchecked) private var names = [(key: Int, name: String)](repeating: (0, ""), count: 256)
    /// True once the handler called `stop()` or an error ended the parse.
    @exclusivity(unchecked) package private(set) var isStopped = false
    /// Set by a handler that has no use for character data for now: it is then not delivered
    /// (the whitespace between elements is a large share of a document's events).
    package var skipsCharacters: Bool {
        get { skipsCharactersNow }
        set { skipsCharactersNow = newValue }
    }
    // Behind accessors: a handler in another module that set the stored property directly
    // checked exclusivity at run time on every element.
    @exclusivity(unchecked) private var skipsCharactersNow = false

    /// A parser that sends its events to `handler` (which must not keep the parser).
    package init(handler: XMLEventHandler) {
        Self.initializeLibrary
        self.handler = handler
        knownStrings = handler.knownStrings
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    private static let initializeLibrary: Void = { xmlInitParser() }()

    /// The line of the event being reported (1-based).
    package var line: Int { context.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 1 }
    /// The column of the event being reported (1-based).
    package var column: Int { context.map { Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer($0))) } ?? 1 }

    /// How many bytes of the document libxml2 has parsed so far (fed bytes it keeps for later,
    /// such as an unfinished tag, are not counted). Inside a start element's event it is at
    /// or after the end of the element's name.
    package var bytesConsumed: Int { context.map { Int(xmlByteConsumed($0)) } ?? 0 }

    /// Ends the parse from inside a handler call; no further event is delivered.
    ///
    /// libxml2 is told once the handler returns: stopping frees its input buffer, which the
    /// attributes the handler may still read point into (found by fuzzing: a heap use after
    /// free when a handler refused a start tag and then read its attributes).
    package func stop() {
        isStopped = true
        if !delivering, let context { xmlStopParser(context) }
    }

    @exclusivity(unchecked) private var delivering = false

    /// Runs a handler call; a `stop()` inside it takes effect when it returns.
    private func deliver(_ body: () -> Void) {
        delivering = true
        body()
        delivering = false
        if isStopped, let context { xmlStopParser(context) }
    }

    /// Parses the next piece of the document.
    package func feed(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
        try push(bytes, terminate: false)
    }

    /// Parses the next piece of the document.
    package func feed(_ bytes: [UInt8]) throws(Failure) {
        var thrown: Failure?
        bytes.withUnsafeBytes { buffer in
            do throws(Failure) { try push(buffer, terminate: false) } catch { thrown = error }
        }
        if let thrown { throw thrown }
    }

    /// Ends the document: a document that stops early (truncated) is an error here.
    package func finish() throws(Failure) {
        try push(UnsafeRawBufferPointer(start: nil, count: 0), terminate: true)
    }

    private func push(_ bytes: UnsafeRawBufferPointer, terminate: Bool) throws(Failure) {
        if isStopped { if let failure { throw failure } else { return } }
        var offset = 0
        repeat {
            // Large buffers go in pieces of 1 MB: libxml2 takes Int32 sizes, and refuses more
            // than 10 MB parsed or waiting in its buffer at once ("Huge input lookup"), which a
            // long text given in one piece would reach before the handler's own bound.
            let count = min(bytes.count - offset, 1 << 20)
            let start = bytes.baseAddress.map { $0.advanced(by: offset).assumingMemoryBound(to: CChar.self) }
            let last = terminate && offset + count == bytes.count
            if let context {
                xmlParseChunk(context, start, Int32(count), last ? 1 : 0)
            } else {
                // libxml2 only keeps the bytes a parser is created with: they are parsed now, so
                // the events of a first piece arrive while it is fed, like those of later pieces.
                try create(start, count: Int32(count))
                xmlParseChunk(context, nil, 0, last ? 1 : 0)
            }
            offset += count
            if var failure {
                isStopped = true
                failure.atEndOfInput = terminate
                self.failure = failure
                throw failure
            }
            if isStopped { return }
            if let context, context.pointee.wellFormed == 0 {
                throw fail(.malformed("the document is not well-formed"))
            }
        } while offset < bytes.count
    }

    private func create(_ start: UnsafePointer<CChar>?, count: Int32) throws(Failure) {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        // The three events of every element borrow the parser without retaining it (it outlives
        // the parse), so no event pays for reference counting.
        sax.startElementNs = { user, localName, _, uri, _, _, attributeCount, _, attributes in
            StreamingXMLParser.with(user) { parser in
                guard !parser.isStopped else { return }
                parser.startElement(localName, uri, Int(attributeCount), attributes)
            }
        }
        sax.endElementNs = { user, localName, _, uri in
            StreamingXMLParser.with(user) { parser in
                guard !parser.isStopped else { return }
                parser.deliver {
                    parser.handler.endElement(parser.name(localName), namespace: parser.namespace(uri), parser: parser)
                }
            }
        }
        let characters: charactersSAXFunc = { user, text, count in
            StreamingXMLParser.with(user) { parser in
                guard !parser.isStopped, !parser.skipsCharactersNow, let text, count > 0 else { return }
                parser.deliver {
                    parser.handler.characters(UnsafeBufferPointer(start: text, count: Int(count)), parser: parser)
                }
            }
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.entityDecl = { user, name, _, _, _, _ in
            StreamingXMLParser.from(user)?.refuse(.entityDeclaration(name.map { String(cString: $0) } ?? ""))
        }
        sax.unparsedEntityDecl = { user, name, _, _, _ in
            StreamingXMLParser.from(user)?.refuse(.entityDeclaration(name.map { String(cString: $0) } ?? ""))
        }
        sax.getEntity = { user, name in
            // Without a DTD an unknown entity is a well-formedness error libxml2 reports itself;
            // with one it is only a warning, so it is refused here.
            guard let parser = StreamingXMLParser.from(user), let context = parser.context else { return nil }
            let state = context.pointee
            if state.standalone != 1 && (state.hasExternalSubset != 0 || state.hasPErefs != 0) {
                parser.refuse(.entityReference(name.map { String(cString: $0) } ?? ""))
            }
            return nil
        }
        sax.getParameterEntity = { user, name in
            StreamingXMLParser.from(user)?.refuse(.entityReference("%" + (name.map { String(cString: $0) } ?? "")))
            return nil
        }
        sax.serror = { user, error in
            guard let parser = StreamingXMLParser.from(user), let error,
                error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue,
                parser.failure == nil, !parser.isStopped
            else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
            parser.failure = Failure(
                kind: .malformed(message.trimmingTrailingNewlines), line: Int(error.pointee.line),
                column: Int(error.pointee.int2),
                code: Int(error.pointee.code), openElements: parser.context.map { Int($0.pointee.nameNr) } ?? 0)
        }
        let user = Unmanaged.passUnretained(self).toOpaque()
        guard let created = xmlCreatePushParserCtxt(&sax, user, start, count, nil) else {
            throw fail(.malformed("libxml2 could not start a parser (out of memory?)"))
        }
        context = created
        // Entities are never known (see getEntity), so replacing them only means the five
        // predefined ones arrive as characters in attribute values too. No DTD is loaded, no
        // network is used.
        xmlCtxtUseOptions(created, Int32(XML_PARSE_NOENT.rawValue | XML_PARSE_NONET.rawValue))
    }

    private static func from(_ user: UnsafeMutableRawPointer?) -> StreamingXMLParser? {
        user.map { Unmanaged<StreamingXMLParser>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Runs `body` with the parser behind `user`, borrowed: no retain and release.
    private static func with(_ user: UnsafeMutableRawPointer?, _ body: (StreamingXMLParser) -> Void) {
        guard let user else { return }
        Unmanaged<StreamingXMLParser>.fromOpaque(user)._withUnsafeGuaranteedRef(body)
    }

    /// Names and namespace URIs come from libxml2's dictionary (one pointer per distinct name),
    /// so a String is made once per name, not per element.
    private func name(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = Int(bitPattern: pointer)
        let slot = (key >> 3 ^ key >> 11) & 255
        if names[slot].key == key { return names[slot].name }
        let value = known(String(cString: pointer))
        // Only names the dictionary owns live as long as the parser; others are not cached.
        if let context, xmlDictOwns(context.pointee.dict, pointer) == 1 { names[slot] = (key, value) }
        return value
    }

    private func startElement(
        _ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
        _ raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        deliver {
            handler.startElement(
                name(localName), namespace: namespace(uri),
                attributes: XMLAttributes(raw: raw.map { UnsafePointer($0) }, count: count),
                parser: self)
        }
    }

    /// Namespace URIs, kept apart from names: a document uses a handful, each is always the
    /// same String instance, so handlers compare them without comparing their bytes.
    @exclusivity(unchecked) private var namespaces: [(key: Int, uri: String)] = []

    private func namespace(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = Int(bitPattern: pointer)
        for entry in namespaces where entry.key == key { return entry.uri }
        let value = known(String(cString: pointer))
        if namespaces.count < 16, let context, xmlDictOwns(context.pointee.dict, pointer) == 1 {
            // The same URI under another pointer (not expected from one dictionary) reuses the instance.
            namespaces.append((key, namespaces.first { $0.uri == value }?.uri ?? value))
        }
        return namespaces.last { $0.key == key }?.uri ?? value
    }

    /// The handler's instance of `string` when it is one of its `knownStrings`.
    private func known(_ string: String) -> String {
        knownStrings.first { $0 == string } ?? string
    }

    private func refuse(_ kind: Failure.Kind) {
        guard failure == nil, !isStopped else { return }
        failure = Failure(kind: kind, line: line, column: column)
        isStopped = true
        if let context { xmlStopParser(context) }
    }

    private func fail(_ kind: Failure.Kind) -> Failure {
        let failure = self.failure ?? Failure(kind: kind, line: line, column: column)
        self.failure = failure
        isStopped = true
        return failure
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}
