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
}
