/// The lines of a text: ranges between line feeds, without the line feeds.
public enum TextLines {
    /// The lines of `text[range]` (a text without a final line feed has a last line all the same).
    public static func ranges(in text: String, within range: Range<String.Index>) -> [Range<String.Index>] {
        var lines: [Range<String.Index>] = []
        let utf8 = text.utf8
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if utf8[index] == 0x0A {
                lines.append(start..<index)
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(start..<range.upperBound)
        return lines
    }
}
