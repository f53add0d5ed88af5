import AlihCore

/// Counts words the way translators are billed: runs of non-space characters that hold at
/// least one letter or digit (`3.000` is one word, `–` none).
public enum WordCounter {
    public static func count(_ text: Substring) -> Int {
        var words = 0
        var inWord = false
        var hasLetter = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord && hasLetter { words += 1 }
                inWord = false
                hasLetter = false
            } else {
                inWord = true
                if !hasLetter, scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasLetter = true }
            }
        }
        if inWord && hasLetter { words += 1 }
        return words
    }
}
