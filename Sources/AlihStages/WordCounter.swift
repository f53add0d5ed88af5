import AlihCore

/// Counts words the way translators are billed: runs of non-space characters that hold at
/// least one letter or digit (`3.000` is one word, `–` none).
public enum WordCounter {
    public static func count(_ text: Substring) -> Int {
        var words = 0
        var inWord = false
        var hasLetter = false
        for scalar in text.unicodeScalars {
            let space: Bool
            let letter: Bool
            if scalar.isASCII {
                let value = scalar.value
                space = value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0x0B || value == 0x0C
                letter = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            } else {
                space = scalar.properties.isWhitespace
                letter = !space && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
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
