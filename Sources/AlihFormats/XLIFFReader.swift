import AlihCore
import Foundation

/// Reads a translated XLIFF file (2.0, 2.1 or 1.2) back, as Alih wrote it and as CAT tools
/// return it.
///
/// The file is streamed from disk in 1 MB chunks (`HardenedXMLParsing`), so memory is bounded
/// by the document read plus one chunk, whatever the file. XML that could hurt is refused: a
/// DOCTYPE declaring entities (billion laughs, quadratic blow-up, XXE), references to entities
/// other than XML's five; external DTDs are never loaded. Any parser error is fatal, and
/// element depth and the text of one element are bounded. Unknown namespaces and elements are skipped;
/// `<mrk>` and `<g>` keep their text, `<cp>` becomes its character, and placeholder tags
/// are recorded for the tag checks. XLIFF 1.2 `<alt-trans>` is ignored.
public struct XLIFFReader: Sendable {
    /// Deepest element nesting accepted.
    package var maximumDepth = 64
    /// Largest text of one element accepted, in UTF-8 bytes.
    package var maximumTextBytes = 16 << 20
    /// Threads a large file is read on (`XLIFFPartReading`); 1 reads every file on the calling thread.
    package var workers = ParallelChunks.defaultWorkers
    /// Smallest part worth a thread of its own (a file under twice this is read on one thread).
    package var minimumPartBytes = 8 << 20

    public init() {}

    /// Reads the XLIFF file at `path`, streaming it; a large UTF-8 file is read in parts on
    /// several threads, with the same result.
    public func read(path: String) throws(DiagnosticError) -> TranslatedDocument {
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
        if workers > 1, size >= 2 * minimumPartBytes,
            let document = readInParts(path: path, size: size, workers: workers)
        {
            return document
        }
        let delegate = XLIFFParsingDelegate(
            path: path, maximumDepth: maximumDepth, maximumTextBytes: maximumTextBytes, expectedBytes: size)
        try HardenedXMLParsing.parse(
            path: path, handler: delegate, failure: { delegate.failure }, format: "xliff", root: "xliff",
            hint: Self.hint)
        return try document(of: delegate, path: path)
    }

    /// Reads XLIFF from bytes in memory (`path` names it in messages).
    public func read(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> TranslatedDocument {
        let delegate = XLIFFParsingDelegate(
            path: path, maximumDepth: maximumDepth, maximumTextBytes: maximumTextBytes, expectedBytes: bytes.count)
        try HardenedXMLParsing.parse(
            bytes, path: path, handler: delegate, failure: { delegate.failure }, format: "xliff", root: "xliff",
            hint: Self.hint)
        return try document(of: delegate, path: path)
    }

    private static let hint = "the file is damaged or truncated; export it again from the CAT tool"

    private func document(of delegate: XLIFFParsingDelegate, path: String) throws(DiagnosticError) -> TranslatedDocument
    {
        guard let document = delegate.document else {
            throw DiagnosticError(
                code: "xliff.not-xliff", "\(path) is not an XLIFF file (no <xliff> element)",
                at: SourceLocation(file: path), hint: "reimport the .xlf file the CAT tool exported")
        }
        return document
    }
}
