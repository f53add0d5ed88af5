import AlihCore
import AlihXML

#if canImport(Glibc)
    import Glibc
#endif

/// Runs an XML format's event handler over a file or bytes the hardened way (XLIFF, TMX, TBX).
///
/// The prolog is checked first (`XMLProlog`); the file is then streamed in chunks of
/// `chunkBytes` through `StreamingXMLParser`, each chunk checked for invalid UTF-8 when the file
/// is read as UTF-8, so memory holds one chunk plus what the handler keeps, whatever the file's
/// size. The handler's own refusal (`failure`) wins over a parser error; a parser error becomes
/// `<format>.xml` (not well-formed, truncated) or `<format>.doctype-entities` (an entity
/// declared or referred to), with line and column.
enum HardenedXMLParsing {
    static let chunkBytes = 1 << 20

    /// Parses the file at `path`.
    static func parse(
        path: String, handler: XMLEventHandler, failure: () -> DiagnosticError?, format: String, root: String,
        hint: String
    ) throws(DiagnosticError) {
        let descriptor = try open(path, format: format)
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: chunkBytes + 4)
        // The head (prolog check) is the first chunk.
        var filled = 0
        var atEnd = false
        while filled < XMLProlog.headBytes && !atEnd {
            let count = try read(descriptor, into: &buffer, at: filled, path: path, format: format)
            atEnd = count == 0
            filled += count
        }
        let head = Array(buffer[..<min(filled, XMLProlog.headBytes)])
        try XMLProlog.check(head, whole: atEnd && filled <= XMLProlog.headBytes, path: path, format: format, root: root)
        let checkUTF8 = XMLProlog.isUTF8(head)
        let parser = StreamingXMLParser(handler: handler)
        var offset = 0
        var line = 1
        while true {
            // Feed whole characters; keep a character cut at the end for the next round.
            let cut = atEnd || !checkUTF8 ? filled : lastCharacterBoundary(buffer, filled)
            if checkUTF8 {
                try XMLProlog.requireUTF8(
                    buffer[..<cut], offsetBase: offset, lineBase: line, path: path, format: format)
                line += newlines(buffer, cut)
            }
            try feed(
                parser, buffer, cut, failure: failure, path: path, format: format, hint: hint,
                end: atEnd && checkUTF8 ? (line, lastLineBytes(buffer[..<cut])) : nil)
            if parser.isStopped || atEnd { break }
            offset += cut
            let kept = filled - cut
            if kept > 0 { for k in 0..<kept { buffer[k] = buffer[cut + k] } }
            filled = kept
            let count = try read(descriptor, into: &buffer, at: filled, path: path, format: format)
            atEnd = count == 0
            filled += count
        }
        try finish(parser, failure: failure, path: path, format: format, hint: hint)
    }

    /// Parses `bytes` held in memory (`path` names them in messages).
    static func parse(
        _ bytes: [UInt8], path: String, handler: XMLEventHandler, failure: () -> DiagnosticError?, format: String,
        root: String, hint: String
    ) throws(DiagnosticError) {
        let head = Array(bytes.prefix(XMLProlog.headBytes))
        try XMLProlog.check(head, whole: bytes.count <= XMLProlog.headBytes, path: path, format: format, root: root)
        if XMLProlog.isUTF8(head) { try XMLProlog.requireUTF8(bytes[...], path: path, format: format) }
        let parser = StreamingXMLParser(handler: handler)
        try feed(
            parser, bytes, bytes.count, failure: failure, path: path, format: format, hint: hint,
            end: XMLProlog.isUTF8(head)
                ? (1 + bytes.count { $0 == UInt8(ascii: "\n") }, lastLineBytes(bytes[...])) : nil)
        try finish(parser, failure: failure, path: path, format: format, hint: hint)
    }

    /// The bytes after the last line break of `bytes` (all of them when there is none).
    private static func lastLineBytes(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.count - ((bytes.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }) ?? bytes.startIndex)
            + bytes.startIndex
    }

    /// Feeds `buffer[..<count]`; `end`, the line and length of the input's last line when this
    /// is its last chunk, tells an error at the very end (a file cut short) from one inside it.
    private static func feed(
        _ parser: StreamingXMLParser, _ buffer: [UInt8], _ count: Int, failure: () -> DiagnosticError?, path: String,
        format: String, hint: String, end: (line: Int, lastLineBytes: Int)? = nil
    ) throws(DiagnosticError) {
        var thrown: StreamingXMLParser.Failure?
        buffer.withUnsafeBytes { raw in
            do throws(StreamingXMLParser.Failure) {
                try parser.feed(UnsafeRawBufferPointer(rebasing: raw[..<count]))
            } catch { thrown = error }
        }
        if var thrown {
            if let end, thrown.line > end.line || thrown.line == end.line && thrown.column + 1 >= end.lastLineBytes {
                thrown.atEndOfInput = true
            }
            throw failure() ?? diagnostic(thrown, path: path, format: format, hint: hint)
        }
        if let failure = failure() { throw failure }
    }

    private static func finish(
        _ parser: StreamingXMLParser, failure: () -> DiagnosticError?, path: String, format: String, hint: String
    ) throws(DiagnosticError) {
        if let failure = failure() { throw failure }
        guard !parser.isStopped else { return }
        do throws(StreamingXMLParser.Failure) {
            try parser.finish()
        } catch {
            throw failure() ?? diagnostic(error, path: path, format: format, hint: hint)
        }
        if let failure = failure() { throw failure }
    }

    static func diagnostic(_ failure: StreamingXMLParser.Failure, path: String, format: String, hint: String)
        -> DiagnosticError
    {
        let location = SourceLocation(file: path, line: failure.line, column: failure.column)
        switch failure.kind {
        case .malformed where failure.atEndOfInput && failure.openElements > 0:
            return DiagnosticError(
                code: "\(format).truncated",
                "the file ends in the middle of its XML (\(failure.openElements) elements still open at its last line): "
                    + "it was cut short",
                at: location,
                hint: "an interrupted copy, download or export cuts a file short; export it again from the CAT tool")
        case .malformed(let message):
            return DiagnosticError(code: "\(format).xml", "not well-formed XML: \(message)", at: location, hint: hint)
        case .entityDeclaration(let name):
            return DiagnosticError(
                code: "\(format).doctype-entities", "the file declares the XML entity '\(name)'; Alih refuses entities",
                at: location,
                hint:
                    "\(format.uppercased()) needs no DTD: entity declarations are how XML bombs and file-reading attacks work; export the file again"
            )
        case .entityReference(let name):
            return DiagnosticError(
                code: "\(format).doctype-entities",
                "the file refers to the XML entity '&\(name);'; Alih reads only &amp; &lt; &gt; &quot; &apos;",
                at: location,
                hint: "write the character itself (or &#…;) instead of a named entity; export the file again")
        }
    }

    static func open(_ path: String, format: String) throws(DiagnosticError) -> Int32 {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        var status = stat()
        if descriptor < 0 {
            let reason = errno
            if stat(path, &status) != 0 {
                throw DiagnosticError(
                    code: "\(format).not-found", "no such \(format.uppercased()) file: \(path)",
                    at: SourceLocation(file: path),
                    hint: "check the path")
            }
            throw DiagnosticError(
                code: "\(format).unreadable", "cannot read \(path): \(String(cString: strerror(reason)))",
                at: SourceLocation(file: path), hint: "check the file's permissions")
        }
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw DiagnosticError(
                code: "\(format).directory",
                "\(path) is a folder, not \(format == "xliff" ? "an" : "a") \(format.uppercased()) file",
                at: SourceLocation(file: path), hint: "name the file itself")
        }
        return descriptor
    }

    /// Reads up to the buffer's free space after `start`; 0 at the end of the file.
    private static func read(
        _ descriptor: Int32, into buffer: inout [UInt8], at start: Int, path: String, format: String
    ) throws(DiagnosticError) -> Int {
        let capacity = buffer.count - 4 - start
        guard capacity > 0 else { return 0 }
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + start, capacity) }
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw DiagnosticError(
                code: "\(format).unreadable", "cannot read \(path): \(String(cString: strerror(errno)))",
                at: SourceLocation(file: path), hint: "check the file and the disk")
        }
    }

    /// The end of the last whole UTF-8 character among `buffer[..<count]` (a character cut by
    /// the chunk's end is left for the next round).
    static func lastCharacterBoundary(_ buffer: [UInt8], _ count: Int) -> Int {
        guard count > 0 else { return 0 }
        var lead = count - 1
        while lead > 0, lead > count - 4, buffer[lead] & 0xC0 == 0x80 { lead -= 1 }
        let needed = buffer[lead] >= 0xF0 ? 4 : buffer[lead] >= 0xE0 ? 3 : buffer[lead] >= 0xC0 ? 2 : 1
        return lead + needed > count ? lead : count
    }

    static func newlines(_ buffer: [UInt8], _ count: Int) -> Int {
        buffer.withUnsafeBufferPointer { TextLines.lineFeeds(in: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
