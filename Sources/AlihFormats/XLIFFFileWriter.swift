import AlihCore

/// A writer of one XLIFF version: a document in, the file's UTF-8 bytes out in pieces.
///
/// A writer implements only the streaming `write(_:workers:toUTF8:)`; the pieces as Strings and
/// the whole file as one String are made from it here, once for every version.
package protocol XLIFFFileWriter: Sendable {
    /// Writes the file in pieces (a round of units at a time, rendered on `workers` threads when
    /// the document is large), handing each to `emit` as the UTF-8 bytes it is made as.
    func write(_ document: Document, workers: Int, toUTF8 emit: ([UInt8]) throws -> Void) throws
}

extension XLIFFFileWriter {
    /// `write(_:workers:toUTF8:)`, with the pieces handed over as Strings.
    package func write(
        _ document: Document, workers: Int = ParallelChunks.defaultWorkers, to emit: (String) throws -> Void
    ) throws {
        try write(document, workers: workers, toUTF8: { try emit(String(decoding: $0, as: UTF8.self)) })
    }

    /// The whole file as one String; throws what `write(_:workers:toUTF8:)` throws of its own.
    package func wholeFile(_ document: Document) throws -> String {
        var bytes: [UInt8] = []
        try write(document, workers: ParallelChunks.defaultWorkers, toUTF8: { bytes += $0 })
        return String(decoding: bytes, as: UTF8.self)
    }
}
