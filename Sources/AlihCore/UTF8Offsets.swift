extension String {
    /// The UTF-8 byte offsets of `range`, a range of this string's indices (O(1) for the
    /// stages' native strings).
    @inlinable
    package func utf8Offsets(of range: Range<String.Index>) -> Range<Int> {
        let start = utf8.distance(from: startIndex, to: range.lowerBound)
        return start..<(start + utf8.distance(from: range.lowerBound, to: range.upperBound))
    }

    /// The index at UTF-8 byte offset `offset`.
    @inlinable
    package func utf8Index(at offset: Int) -> String.Index {
        utf8.index(startIndex, offsetBy: offset)
    }

    /// Calls `body` with this string's UTF-8 bytes, without copying them when they are
    /// contiguous (the stages' strings are; any other is copied first). Unlike `withUTF8`, the
    /// string need not be a `var`.
    @inlinable
    package func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try Array(utf8).withUnsafeBufferPointer(body)
    }
}
