import AlihCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a translated XLIFF file (2.0, 2.1 or 1.2) back, as Alih wrote it and as CAT tools
/// return it.
///
/// The file is streamed from disk. XML that could hurt is refused before parsing: a DOCTYPE
/// with an internal subset or entity declarations (billion laughs, quadratic blow-up, XXE),
/// and external entities are never resolved. Any parser error is fatal (FoundationXML's
/// `parse()` can report success on a truncated file; only its error callback tells), and
/// element depth and text size are bounded. Unknown namespaces and elements are skipped;
/// `<mrk>` and `<g>` keep their text, `<cp>` becomes its character, and placeholder tags
/// are recorded for the tag checks. XLIFF 1.2 `<alt-trans>` is ignored.
public struct XLIFFReader: Sendable {
    /// Deepest element nesting accepted.
    public var maximumDepth = 64
    /// Largest text of one element accepted, in UTF-8 bytes.
    public var maximumTextBytes = 16 << 20

    public init() {}

    /// Reads the XLIFF file at `path`.
    public func read(path: String) throws(DiagnosticError) -> TranslatedDocument {
        let head = try Self.prefix(of: path, bytes: XMLProlog.headBytes)
        try XMLProlog.check(head, whole: head.count < XMLProlog.headBytes, path: path, format: "xliff", root: "xliff")
        if XMLProlog.isUTF8(head) { try XMLProlog.requireUTF8(path: path, format: "xliff") }
        guard let stream = InputStream(fileAtPath: path) else {
            throw DiagnosticError(code: "xliff.unreadable", "cannot read \(path)", at: SourceLocation(file: path),
                                  hint: "check the path and the file's permissions")
        }
        return try parse(XMLParser(stream: stream), path: path)
    }

    /// Reads XLIFF from bytes in memory (`path` names it in messages).
    public func read(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> TranslatedDocument {
        try XMLProlog.check(Array(bytes.prefix(XMLProlog.headBytes)), whole: bytes.count <= XMLProlog.headBytes,
                            path: path, format: "xliff", root: "xliff")
        if XMLProlog.isUTF8(Array(bytes.prefix(XMLProlog.headBytes))) { try XMLProlog.requireUTF8(bytes[...], path: path, format: "xliff") }
        return try parse(XMLParser(data: Data(bytes)), path: path)
    }

    private func parse(_ parser: XMLParser, path: String) throws(DiagnosticError) -> TranslatedDocument {
        let delegate = XLIFFParsingDelegate(path: path, maximumDepth: maximumDepth, maximumTextBytes: maximumTextBytes)
        try HardenedXMLParsing.run(
            parser, delegate: delegate, failure: { delegate.failure }, path: path, format: "xliff",
            hint: "the file is damaged or truncated; export it again from the CAT tool")
        guard let document = delegate.document else {
            throw DiagnosticError(code: "xliff.not-xliff", "\(path) is not an XLIFF file (no <xliff> element)",
                                  at: SourceLocation(file: path), hint: "reimport the .xlf file the CAT tool exported")
        }
        return document
    }

    static func describe(_ error: Error) -> String { HardenedXMLParsing.describe(error) }

    /// The first `bytes` bytes of the file.
    static func prefix(of path: String, bytes count: Int) throws(DiagnosticError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw DiagnosticError(code: isDirectory.boolValue ? "xliff.directory" : "xliff.unreadable",
                                      isDirectory.boolValue ? "\(path) is a folder, not an XLIFF file" : "cannot read \(path)",
                                      at: SourceLocation(file: path), hint: "name the translated .xlf file")
            }
            throw DiagnosticError(code: "xliff.not-found", "no such XLIFF file: \(path)", at: SourceLocation(file: path),
                                  hint: "check the path")
        }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: count)) ?? Data())
    }

}
