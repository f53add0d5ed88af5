import AlihCore

/// Counts words the way translators are billed: runs of non-space characters that hold at
/// least one letter or digit (`3.000` is one word, `–` none).
///
/// Reads UTF-8 bytes: ASCII is classified by table, other characters by their Unicode
/// properties (whitespace, alphabetic, numeric).
public enum WordCounter {
    public static func count(_ text: Substring) -> Int {
        if let words = text.utf8.withContiguousStorageIfAvailable({ count(utf8: $0) }) { return words }
        return Array(text.utf8).withUnsafeBufferPointer { count(utf8: $0) }
    }

    /// The same for valid UTF-8.
    public static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        var hasLetter = false
        var i = 0
        let end = bytes.count
        while i < end {
            let byte = bytes[i]
            let space: Bool
            let letter: Bool
            if byte < 0x80 {
                space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                letter = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                i += 1
            } else {
                let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: i)
                i += length
                let properties = scalar.properties
                space = properties.isWhitespace
                letter = !space && (properties.isAlphabetic || properties.numericType != nil)
            }
            if space {
                if inWord && hasLetter { words += 1 }
                inWord = false
                hasLetter = false
            } else {
                inWord = true
                if letter { hasLetter = true }
            }
        }
        if inWord && hasLetter { words += 1 }
        return words
    }
}
