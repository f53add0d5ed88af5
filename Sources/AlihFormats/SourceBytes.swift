import AlihCore

/// The UTF-8 of a document's text as the writers read it: slices by String.Index range,
/// without making Substrings.
///
/// A Substring retains the text's storage; with units rendered on several threads, every
/// thread retaining and releasing the one storage several times per segment made its
/// reference count a point of contention. The text is held for as long as the bytes are used.
struct SourceBytes {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>

    /// The bytes of `range` (a range into `text`).
    func slice(_ range: Range<String.Index>) -> UnsafeBufferPointer<UInt8> {
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let end = start + text.utf8.distance(from: range.lowerBound, to: range.upperBound)
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Calls `body` with the bytes of `text` (the stages' strings are contiguous; any other is copied).
    static func with<R>(_ text: String, _ body: (SourceBytes) throws -> R) rethrows -> R {
        if let result = try text.utf8.withContiguousStorageIfAvailable({ try body(SourceBytes(text: text, bytes: $0)) }) { return result }
        return try Array(text.utf8).withUnsafeBufferPointer { try body(SourceBytes(text: text, bytes: $0)) }
    }
}
