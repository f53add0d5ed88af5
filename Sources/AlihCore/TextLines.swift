#if canImport(Glibc)
    import Glibc
#endif

/// The lines of a text: ranges between line feeds, without the line feeds.
@usableFromInline
package enum TextLines {
    /// The lines of `text[range]` (a text without a final line feed has a last line all the same).
    package static func ranges(in text: String, within range: Range<String.Index>) -> [Range<String.Index>] {
        let slice = text.utf8[range]
        var lines: [Range<String.Index>] = []
        let found: Void? = slice.withContiguousStorageIfAvailable { bytes in
            forEachLine(in: bytes, within: 0..<bytes.count) {
                lines.append(
                    text.utf8.index(
                        range.lowerBound, offsetBy: $0.lowerBound)..<text.utf8.index(
                            range.lowerBound, offsetBy: $0.upperBound))
            }
        }
        guard found == nil else { return lines }
        // Not contiguous UTF-8 (a bridged string): the line feeds one byte at a time.
        var start = range.lowerBound
        for index in slice.indices where slice[index] == 0x0A {
            lines.append(start..<index)
            start = text.utf8.index(after: index)
        }
        lines.append(start..<range.upperBound)
        return lines
    }

    /// Calls `body` with the byte range of each line of `bytes[range]`, in order: the stretches
    /// between line feeds (found with memchr), without them; after a final line feed comes an
    /// empty last line, as in `ranges(in:within:)`.
    @inlinable
    package static func forEachLine(
        in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>, _ body: (Range<Int>) throws -> Void
    ) rethrows {
        var start = range.lowerBound
        while start <= range.upperBound {
            let feed =
                start == range.upperBound ? nil : memchr(bytes.baseAddress! + start, 0x0A, range.upperBound - start)
            let end =
                feed.map { UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer($0)) } ?? range.upperBound
            try body(start..<end)
            start = end + 1
        }
    }

    /// The line feeds in `bytes`, found with memchr.
    package static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var cursor = bytes.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
        var left = bytes.count
        var found = 0
        while left > 0, let feed = memchr(cursor, 0x0A, left) {
            found += 1
            let next = UnsafeRawPointer(feed) + 1
            left -= next - cursor
            cursor = next
        }
        return found
    }

    /// Where each of up to `parts` parts of a text's UTF-8 starts: just after a line feed, so
    /// that no part begins inside a line (or between a CR and its LF) or inside a character.
    package static func partStarts(of bytes: UnsafeBufferPointer<UInt8>, parts: Int) -> [Int] {
        var starts = [0]
        guard parts > 1 else { return starts }
        for part in 1..<parts {
            var cut = max(bytes.count * part / parts, starts.last! + 1)
            while cut < bytes.count && bytes[cut - 1] != 0x0A { cut += 1 }
            if cut < bytes.count { starts.append(cut) }
        }
        return starts
    }
}
