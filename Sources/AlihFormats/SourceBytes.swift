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
        UnsafeBufferPointer(rebasing: bytes[text.utf8Offsets(of: range)])
    }

    /// Calls `body` with the bytes of `text` (the stages' strings are contiguous; any other is copied).
    static func with<R>(_ text: String, _ body: (SourceBytes) throws -> R) rethrows -> R {
        try text.withContiguousUTF8 { try body(SourceBytes(text: text, bytes: $0)) }
    }
}
