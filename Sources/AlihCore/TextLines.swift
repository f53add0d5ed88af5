#if canImport(Glibc)
import Glibc
#endif

/// The lines of a text: ranges between line feeds, without the line feeds.
public enum TextLines {
    /// The lines of `text[range]` (a text without a final line feed has a last line all the same).
    public static func ranges(in text: String, within range: Range<String.Index>) -> [Range<String.Index>] {
        let slice = text.utf8[range]
        // Offsets of the line feeds, found on the contiguous UTF-8 bytes when there are any.
        let feeds: [Int] = slice.withContiguousStorageIfAvailable { bytes in
            var found: [Int] = []
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { found.append(offset) }
            return found
        } ?? slice.enumerated().compactMap { $0.element == 0x0A ? $0.offset : nil }
        var lines: [Range<String.Index>] = []
        lines.reserveCapacity(feeds.count + 1)
        var start = range.lowerBound
        for offset in feeds {
            let feed = text.utf8.index(range.lowerBound, offsetBy: offset)
            lines.append(start..<feed)
            start = text.utf8.index(after: feed)
        }
        lines.append(start..<range.upperBound)
        return lines
    }

    /// The line feeds in `bytes`, found with memchr.
    public static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var cursor = bytes.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
        var left = bytes.count, found = 0
        while left > 0, let feed = memchr(cursor, 0x0A, left) {
            found += 1
            let next = UnsafeRawPointer(feed) + 1
            left -= next - cursor
            cursor = next
        }
        return found
    }
}
