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
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length where i + k < end { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                let properties = Unicode.Scalar(value)?.properties
                space = properties?.isWhitespace ?? false
                letter = !space && (properties?.isAlphabetic == true || properties?.numericType != nil)
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
