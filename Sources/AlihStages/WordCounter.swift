import AlihCore

/// Counts words the way translators are billed: runs of non-space characters that hold at
/// least one letter or digit (`3.000` is one word, `–` none).
///
/// Reads UTF-8 bytes: ASCII is classified by table, other characters by their Unicode
/// properties (whitespace, alphabetic, numeric).
package enum WordCounter {
    package static func count(_ text: Substring) -> Int {
        if let words = text.utf8.withContiguousStorageIfAvailable({ count(utf8: $0) }) { return words }
        return Array(text.utf8).withUnsafeBufferPointer { count(utf8: $0) }
    }

    /// Per ASCII byte: 1 for white space, 2 for a letter or digit, 0 for anything else.
    private static let asciiKinds: [UInt8] = (0..<128).map { byte in
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return 1 }
        if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return 2 }
        return 0
    }

    /// The same for valid UTF-8.
    package static func count(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        asciiKinds.withUnsafeBufferPointer { count(utf8: bytes, asciiKinds: $0) }
    }

    private static func count(utf8 bytes: UnsafeBufferPointer<UInt8>, asciiKinds: UnsafeBufferPointer<UInt8>) -> Int {
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
                let kind = asciiKinds[Int(byte)]
                space = kind == 1
                letter = kind == 2
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
