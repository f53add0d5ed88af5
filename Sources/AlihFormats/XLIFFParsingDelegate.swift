import AlihCore
import AlihXML
import Foundation

/// The event handler behind `XLIFFReader`: builds a `TranslatedDocument` from XLIFF 2.x
/// or 1.2 events, and stops at the first thing it must refuse.
final class XLIFFParsingDelegate: XMLEventHandler {
    static let xliff2 = "urn:oasis:names:tc:xliff:document:2.0"
    static let xliff12 = "urn:oasis:names:tc:xliff:document:1.2"
    static let metadata = "urn:oasis:names:tc:xliff:metadata:2.0"

    /// The namespaces compared with on every element, handed over as these literals.
    var knownStrings: [String] { [Self.xliff2, Self.xliff12, Self.metadata] }

    let path: String
    let maximumDepth: Int
    let maximumTextBytes: Int
    @exclusivity(unchecked) private(set) var document: TranslatedDocument?
    /// Set once, with the parse stopped: no event arrives after it.
    @exclusivity(unchecked) private(set) var failure: DiagnosticError?

    // The state below is touched by one parse on one thread, one event at a time, never through
    // overlapping accesses: `@exclusivity(unchecked)` drops the run-time checks, which cost a
    // third of the time of reading a large file.
    @exclusivity(unchecked) private var namespace: String?
    @exclusivity(unchecked) private var isXLIFF2 = false
    /// The other XLIFF version's namespace: elements in it are refused.
    @exclusivity(unchecked) private var otherVersionNamespace = ""
    /// Names of the open elements.
    @exclusivity(unchecked) private(set) var stack: [String] = []
    @exclusivity(unchecked) private var files = 0
    @exclusivity(unchecked) private var unitIDs = Set<String>()
    @exclusivity(unchecked) private var segmentIDs = Set<String>()

    // The unit (2.x) or group (1.2) being read.
    @exclusivity(unchecked) private var unit: TranslatedUnit?
    // The segment being read, and the 1.2 whitespace around it.
    @exclusivity(unchecked) private var segment: TranslatedSegment?
    /// Whether `segment` holds one (asking the optional itself copies the segment).
    @exclusivity(unchecked) private var inSegment = false
    @exclusivity(unchecked) private var ignorable: (source: String, target: String?)?
    /// Alih marks the ignorable holding a block's separator with an id ending in `-sep`.
    @exclusivity(unchecked) private var ignorableIsSeparator = false
    @exclusivity(unchecked) private var before = ""
    @exclusivity(unchecked) private var after: String?
    @exclusivity(unchecked) private var pendingAfters: [(segment: TranslatedSegment, before: String, after: String?)] =
        []

    // Text capture: which buffer characters go to, and the depth of skipped content.
    private enum Capture { case source, target, meta, note, context }
    @exclusivity(unchecked) private var capture: Capture?
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    private var text: String { String(decoding: buffer, as: UTF8.self) }
    @exclusivity(unchecked) private var tags: [String] = []
    /// Whether inline codes become markers in the text (`InlineCodeMarker`): in a file Alih made
    /// from an HTML page (its record says `input-format` `html`), whose translation goes back
    /// into the page. Set as the record is read, not looked up per inline element.
    @exclusivity(unchecked) private var marksCodes = false
    /// The ids of the open `<pc>`/`<g>` of the text being captured (nil: not a code Alih wrote).
    @exclusivity(unchecked) private var openCodes: [Int?] = []
    @exclusivity(unchecked) private var skipDepth = 0
    @exclusivity(unchecked) private var altTransDepth = 0
    @exclusivity(unchecked) private var metaType: String?
    @exclusivity(unchecked) private var contextType: String?
    @exclusivity(unchecked) private var noteFromAlih = false

    // Reading a large file in parts (`XLIFFReader.readInParts`): each part's handler starts
    // after the document's head and stops at the start tag of the next part's first unit. Set
    // and read by the parse's thread, or before and after it, like the state above.
    /// Stop at the first unit-level start tag and remember where it is (`firstUnit`).
    @exclusivity(unchecked) var stopsAtFirstUnit = false
    /// The first unit-level start tag: the open elements' names, and the bytes parsed when it
    /// was reported (at or after the end of its name).
    @exclusivity(unchecked) private(set) var firstUnit: (stack: [String], bytesConsumed: Int)?
    /// This handler reads a part after the first: the head it was given again is not the
    /// part's, so what the head put in the extraction record is dropped at the first unit.
    @exclusivity(unchecked) var isContinuation = false
    /// Whether the last event was a unit-level start tag (a unit or a top-level group or
    /// trans-unit), and which id set its id went into.
    @exclusivity(unchecked) private(set) var lastEventOpenedUnit = false
    @exclusivity(unchecked) private var openedUnitIDInSegmentSet = false
    @exclusivity(unchecked) private var sawUnit = false

    /// `expectedBytes`, the file's size when known, sizes the id sets up front (Alih writes
    /// a unit in about 400 bytes): growing them rehashes every id read so far.
    init(path: String, maximumDepth: Int, maximumTextBytes: Int, expectedBytes: Int = 0) {
        self.path = path
        self.maximumDepth = maximumDepth
        self.maximumTextBytes = maximumTextBytes
        let expectedUnits = min(expectedBytes / 400, 1 << 22)
        unitIDs.reserveCapacity(expectedUnits)
        segmentIDs.reserveCapacity(expectedUnits)
    }

    private func fail(
        _ parser: StreamingXMLParser, code: String, _ message: String, unit: String? = nil, hint: String? = nil
    ) {
        guard failure == nil else { return }
        failure = DiagnosticError(
            code: code, message, at: SourceLocation(file: path, line: parser.line, column: parser.column, unitID: unit),
            hint: hint)
        parser.stop()
    }

    func startElement(_ name: String, namespace uri: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        stack.append(name)
        lastEventOpenedUnit = false
        if stack.count > maximumDepth {
            fail(
                parser, code: "xliff.too-deep", "elements nested more than \(maximumDepth) deep",
                hint: "XLIFF from a CAT tool is never this deep; the file is damaged or hostile")
            return
        }
        if stack.count == 1 {
            guard name == "xliff", uri == Self.xliff2 || uri == Self.xliff12 else {
                fail(
                    parser, code: "xliff.not-xliff",
                    "the root element is <\(name)> in namespace '\(uri)', not an XLIFF 1.2 or 2.x <xliff>",
                    hint: "reimport the .xlf file the CAT tool exported")
                return
            }
            namespace = uri
            isXLIFF2 = uri == Self.xliff2
            otherVersionNamespace = isXLIFF2 ? Self.xliff12 : Self.xliff2
            let version = attributes["version"] ?? ""
            if uri == Self.xliff2, !["2.0", "2.1", "2.2"].contains(version) {
                fail(
                    parser, code: "xliff.version", "XLIFF 2 namespace with version '\(version)'",
                    hint: "Alih reads XLIFF 2.0, 2.1 and 1.2")
                return
            }
            if uri == Self.xliff12, version != "1.2" && version != "1.1" {
                fail(
                    parser, code: "xliff.version", "XLIFF 1.2 namespace with version '\(version)'",
                    hint: "Alih reads XLIFF 2.0, 2.1 and 1.2")
                return
            }
            document = TranslatedDocument(
                xliffVersion: uri == Self.xliff2 ? version : "1.2", original: "",
                sourceLanguage: attributes["srcLang"] ?? "", targetLanguage: attributes["trgLang"] ?? "")
            parser.skipsCharacters = true  // until a text worth reading starts (`beginCapture`)
            return
        }
        // The namespace URI is the parser's one instance per URI: comparing with the file's own
        // is cheap, the rest is asked of elements in other namespaces only.
        let inFileNamespace = uri == namespace
        if !inFileNamespace, uri == otherVersionNamespace {
            fail(
                parser, code: "xliff.mixed-versions",
                "<\(name)> of XLIFF \(isXLIFF2 ? "1.2" : "2") inside an XLIFF \(isXLIFF2 ? "2" : "1.2") file",
                hint: "a file must be one XLIFF version; export it again")
            return
        }
        if altTransDepth > 0 || skipDepth > 0 {
            if name == "alt-trans" { altTransDepth += 1 } else if skipDepth > 0 { skipDepth += 1 }
            return
        }
        if capture == .source || capture == .target {
            inlineStart(name, uri: uri, attributes: attributes, parser: parser)
            return
        }
        if inFileNamespace {
            isXLIFF2 ? start2(name, attributes, parser) : start12(name, attributes, parser)
        } else if isXLIFF2, name == "meta", uri == Self.metadata {
            metaType = attributes["type"]
            beginCapture(.meta, parser)
        }
    }

    /// Text matters only while a source, target, note, context or meta is read: the parser
    /// delivers character data from here until `endCapture`.
    private func endCapture(_ parser: StreamingXMLParser) {
        capture = nil
        parser.skipsCharacters = true
    }

    private func beginCapture(_ kind: Capture, _ parser: StreamingXMLParser) {
        capture = kind
        parser.skipsCharacters = false
        buffer.removeAll(keepingCapacity: true)
        tags = []
        openCodes = []
    }

    // MARK: XLIFF 2.x

    private func start2(_ name: String, _ attributes: XMLAttributes, _ parser: StreamingXMLParser) {
        // The most frequent names first: a switch on strings compares them in order.
        switch name {
        case "source", "target":
            if inSegment || ignorable != nil { beginCapture(name == "source" ? .source : .target, parser) }
        case "segment":
            let id = attributes["id"] ?? "\(unit?.id ?? "")-s\((unit?.segments.count ?? 0) + 1)"
            guard segmentIDs.insert(id).inserted else {
                fail(parser, code: "xliff.duplicate-id", "segment id '\(id)' is used twice", unit: unit?.id)
                return
            }
            segment = TranslatedSegment(id: id, line: parser.line, source: "", state: attributes["state"])
            inSegment = true
        case "ignorable":
            ignorable = ("", nil)
            ignorableIsSeparator = attributes["id"]?.hasSuffix("-sep") == true
        case "unit":
            guard let id = attributes["id"], unitIDs.insert(id).inserted else {
                fail(
                    parser, code: "xliff.duplicate-id", "unit id '\(attributes["id"] ?? "")' is missing or used twice",
                    unit: attributes["id"])
                return
            }
            unit = TranslatedUnit(id: id, line: parser.line, translate: attributes["translate"] != "no")
            unit?.pieces.reserveCapacity(2)  // most units: a sentence, or two and the space between
            if stack.count == 3 { openedUnit(inSegmentSet: false, parser) }
        case "file":
            files += 1
            if files > 1 { return secondFile(attributes, parser) }
            document?.original = attributes["original"] ?? ""
        default:
            break
        }
    }

    /// Refuses a second `<file>`, naming it, and the tool that makes such files when it is known.
    private func secondFile(_ attributes: XMLAttributes, _ parser: StreamingXMLParser) {
        let original = attributes["original"] ?? ""
        let named = original.isEmpty ? "" : " (original=\"\(original)\")"
        if attributes["datatype"] == "po" || original.hasSuffix(".po") {
            fail(
                parser, code: "xliff.files",
                "a second <file>\(named) holds translations from a PO file: translate-toolkit's `po2xliff -t` adds "
                    + "them as a new <file> after Alih's instead of filling in Alih's targets",
                hint: "merge the PO into Alih's file with `pomerge -t ARTICLE.xlf -i ARTICLE.po -o TRANSLATED.xlf` and "
                    + "reimport that")
        } else {
            fail(
                parser, code: "xliff.files", "a second <file>\(named): an Alih file holds one article in one <file>",
                hint: "reimport each article's own XLIFF; a tool that joined several files must export them apart")
        }
    }

    /// Notes a unit-level start tag for reading in parts.
    private func openedUnit(inSegmentSet: Bool, _ parser: StreamingXMLParser) {
        lastEventOpenedUnit = true
        openedUnitIDInSegmentSet = inSegmentSet
        if !sawUnit {
            sawUnit = true
            if isContinuation { document?.record = [:] }
            if stopsAtFirstUnit {
                firstUnit = (stack, parser.bytesConsumed)
                parser.stop()
            }
        }
    }

    /// Forgets the unit whose start tag was the last event: it is the next part's first unit,
    /// read by that part's handler.
    func retractOpenedUnit() {
        guard lastEventOpenedUnit, let opened = unit.take() else { return }
        if openedUnitIDInSegmentSet {
            if let segment = segment.take() { segmentIDs.remove(segment.id) }
            inSegment = false
        } else {
            unitIDs.remove(opened.id)
        }
        pendingAfters = []
        lastEventOpenedUnit = false
    }

    /// The ids seen, moved out (for the check across parts).
    func takeIDs() -> (units: Set<String>, segments: Set<String>) {
        defer {
            unitIDs = []
            segmentIDs = []
        }
        return (unitIDs, segmentIDs)
    }

    // MARK: XLIFF 1.2

    private func start12(_ name: String, _ attributes: XMLAttributes, _ parser: StreamingXMLParser) {
        switch name {
        case "file":
            files += 1
            if files > 1 { return secondFile(attributes, parser) }
            document?.original = attributes["original"] ?? ""
            document?.sourceLanguage = attributes["source-language"] ?? ""
            document?.targetLanguage = attributes["target-language"] ?? ""
        case "alt-trans":
            altTransDepth = 1
        case "group":
            guard let id = attributes["id"], unitIDs.insert(id).inserted else {
                fail(
                    parser, code: "xliff.duplicate-id", "group id '\(attributes["id"] ?? "")' is missing or used twice",
                    unit: attributes["id"])
                return
            }
            unit = TranslatedUnit(id: id, line: parser.line, translate: attributes["translate"] != "no")
            pendingAfters = []
            if stack.count == 4 { openedUnit(inSegmentSet: false, parser) }
        case "trans-unit":
            let id = attributes["id"] ?? ""
            guard !id.isEmpty, segmentIDs.insert(id).inserted else {
                fail(parser, code: "xliff.duplicate-id", "trans-unit id '\(id)' is missing or used twice", unit: id)
                return
            }
            if unit == nil {
                // A trans-unit outside any group (not Alih's layout): a unit of its own.
                unit = TranslatedUnit(
                    id: id, line: parser.line, translate: attributes["translate"] != "no", separator: "\n\n")
                pendingAfters = []
            }
            segment = TranslatedSegment(
                id: id, line: parser.line, source: "", approved: attributes["approved"] == "yes")
            inSegment = true
            before = ""
            after = nil
            if stack.count == 4 { openedUnit(inSegmentSet: true, parser) }
        case "source":
            if inSegment { beginCapture(.source, parser) }
        case "target":
            if inSegment {
                segment?.state = attributes["state"]
                beginCapture(.target, parser)
            }
        case "seg-source":
            skipDepth = 1
        case "note":
            noteFromAlih = attributes["from"] == "alih" && stack.contains("phase")
            if noteFromAlih { beginCapture(.note, parser) }
        case "context":
            contextType = attributes["context-type"]
            beginCapture(.context, parser)
        default:
            break
        }
    }

    // MARK: Inline content

    /// An inline code's id as Alih writes them (a number), or nil.
    private func codeID(_ value: String?) -> Int? {
        guard let value, let id = Int(value), id >= 1, id <= InlineCodeMarker.maximumID else { return nil }
        return id
    }

    /// An inline element as the tags check counts it: its name; in a file made from a page, with
    /// the code's id and the markup it points to (`pc#2@d3`), so that a code is told by its id.
    private func tag(_ name: String, _ attributes: XMLAttributes) -> String {
        guard marksCodes, name != "mrk", let id = attributes["id"] ?? attributes["startRef"] ?? attributes["rid"] else {
            return name
        }
        let reference = attributes["dataRef"] ?? attributes["dataRefStart"]
        return name + "#" + id + (reference.map { "@" + $0 } ?? "")
    }

    private func appendMarker(_ kind: InlineCode.Kind, _ id: Int) {
        buffer.append(contentsOf: String(InlineCodeMarker.scalar(kind, id: id)).utf8)
    }

    private func inlineStart(_ name: String, uri: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        guard uri == namespace else {
            skipDepth = 1
            return
        }
        switch name {
        case "cp":
            if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                buffer.append(contentsOf: String(Character(scalar)).utf8)
            }
        case "mrk", "g", "pc":
            tags.append(tag(name, attributes))
            if name == "mrk", capture == .target, attributes["mtype"] == "seg" { segment?.targetSentenceMarks += 1 }
            if name != "mrk" && marksCodes {
                let id = codeID(attributes["id"])
                openCodes.append(id)
                if let id { appendMarker(.opening, id) }
            }
        case "ph", "x", "bx", "ex", "sc", "ec", "sm", "em":
            tags.append(tag(name, attributes))
            if name == "ph" && !isXLIFF2 { skipDepth = 1 }
            if marksCodes {
                switch name {
                case "ph", "x": codeID(attributes["id"]).map { appendMarker(.standalone, $0) }
                case "sc": codeID(attributes["id"]).map { appendMarker(.opening, $0) }
                case "bx": codeID(attributes["rid"] ?? attributes["id"]).map { appendMarker(.opening, $0) }
                case "ec": codeID(attributes["startRef"] ?? attributes["id"]).map { appendMarker(.closing, $0) }
                case "ex": codeID(attributes["rid"] ?? attributes["id"]).map { appendMarker(.closing, $0) }
                default: break
                }
            }
        case "bpt", "ept", "it", "sub":
            tags.append(name)
            skipDepth = 1
            if marksCodes && name != "sub" {
                let kind: InlineCode.Kind =
                    name == "bpt"
                    ? .opening : name == "ept" ? .closing : attributes["pos"] == "close" ? .closing : .opening
                codeID(attributes["rid"] ?? attributes["id"]).map { appendMarker(kind, $0) }
            }
        default:
            skipDepth = 1
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {
        guard capture != nil, skipDepth == 0, altTransDepth == 0 else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count > maximumTextBytes {
            fail(
                parser, code: "xliff.text-too-large", "an element holds more than \(maximumTextBytes >> 20) MB of text",
                unit: unit?.id,
                hint: "a sentence is never this long; the file is damaged or hostile")
        }
    }

    func endElement(_ name: String, namespace uri: String, parser: StreamingXMLParser) {
        defer { stack.removeLast() }
        lastEventOpenedUnit = false
        if altTransDepth > 0 {
            if name == "alt-trans" { altTransDepth -= 1 }
            return
        }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if capture == .source || capture == .target, name != "source" && name != "target" || uri != namespace {
            // The end of an inline element.
            if marksCodes, uri == namespace, name == "pc" || name == "g", let open = openCodes.popLast(), let id = open
            {
                appendMarker(.closing, id)
            }
            return
        }
        if capture == .meta, name == "meta", uri == Self.metadata {
            endCapture(parser)
            recordMeta(metaType, text)
            return
        }
        guard uri == namespace else { return }
        // The most frequent names first (see `start2`).
        switch name {
        case "source", "target":
            guard let kind = capture else { return }
            endCapture(parser)
            if inSegment {
                if kind == .source {
                    segment?.source = text
                    segment?.sourceTags = tags
                } else {
                    // A target with the source's bytes (what `--prefill-targets` writes, what a
                    // CAT tool leaves untranslated) is the source's string: no second one is made.
                    if let source = segment?.source, Self.buffer(buffer, holds: source) {
                        segment?.target = source
                    } else {
                        segment?.target = text
                    }
                    segment?.targetTags = tags
                }
            } else if ignorable != nil {
                let text = self.text
                if kind == .source { ignorable?.source = text } else { ignorable?.target = text }
            }
        case "segment":
            // take(): the segment moves into its unit without a copy of its strings.
            inSegment = false
            if let finished = segment.take() { unit?.pieces.append(.segment(finished)) }
        case "ignorable":
            if let finished = ignorable.take() {
                if ignorableIsSeparator {
                    unit?.separator += finished.source
                } else {
                    unit?.pieces.append(.ignorable(source: finished.source, target: finished.target))
                }
            }
        case "unit", "group":
            finishGroup()
        case "trans-unit":
            inSegment = false
            if let finished = segment.take() { pendingAfters.append((finished, before, after)) }
            if stack.count >= 2, stack[stack.count - 2] != "group" { finishGroup() }
        case "note":
            if capture == .note {
                endCapture(parser)
                for pair in text.split(separator: ";") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if parts.count == 2 { recordField(parts[0], parts[1]) }
                }
            }
        case "context":
            if capture == .context {
                endCapture(parser)
                recordContext(contextType, text)
            }
        default:
            break
        }
    }

    /// Whether `bytes` are the UTF-8 of `string` (then they decode to it).
    static func buffer(_ bytes: [UInt8], holds string: String) -> Bool {
        guard bytes.count == string.utf8.count else { return false }
        var string = string
        return string.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.isEmpty || memcmp(buffer.baseAddress!, utf8.baseAddress!, buffer.count) == 0
            }
        }
    }

    /// Stores the unit; for 1.2, lays out the trans-units with the whitespace around them.
    private func finishGroup() {
        guard var finished = unit.take() else { return }
        for (index, entry) in pendingAfters.enumerated() {
            if !entry.before.isEmpty { finished.pieces.append(.ignorable(source: entry.before, target: nil)) }
            finished.pieces.append(.segment(entry.segment))
            let after = entry.after ?? (index == pendingAfters.count - 1 ? "" : " ")
            if !after.isEmpty { finished.pieces.append(.ignorable(source: after, target: nil)) }
        }
        pendingAfters = []
        document?.units.append(finished)
    }

    private func recordMeta(_ type: String?, _ value: String) {
        guard let type else { return }
        if let current = unit {
            switch type {
            case "checksum": unit?.checksum = value
            case "boilerplate-rule": unit?.boilerplateRule = value
            case "segments": unit?.sentSegments = Int(value)
            case "repeats": unit?.repeats = value
            default: _ = current
            }
        } else {
            recordField(type, value)
        }
    }

    /// A field of the extraction record.
    private func recordField(_ key: String, _ value: String) {
        document?.record[key] = value
        if key == "input-format" { marksCodes = value == "html" }
    }

    private func recordContext(_ type: String?, _ value: String) {
        switch type {
        case "x-alih-checksum": unit?.checksum = value
        case "x-alih-segments": unit?.sentSegments = Int(value)
        case "x-alih-boilerplate-rule": unit?.boilerplateRule = value
        case "x-alih-repeats": unit?.repeats = value
        case "x-alih-separator": unit?.separator = value
        case "x-alih-before": before = value
        case "x-alih-after": after = value
        default: break
        }
    }
}
