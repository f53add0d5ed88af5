/// A run of ASCII digits, a run of letters (a word; inner apostrophes kept: `Jum'at`,
/// `o'clock`) or any other single character. Whitespace only sets `spaceBefore`.
struct QuantityToken {
    enum Kind { case digits, word, symbol }

    var kind: Kind
    /// The characters as written.
    var text: String
    /// Where `text` is in the scanned string.
    var range: Range<String.Index>
    /// Lowercased text of a word; the text itself otherwise.
    var lower: String
    /// Whitespace (or the start of the text) before the token.
    var spaceBefore: Bool
    /// The token's first character when it is a single ASCII scalar, 0 otherwise: a symbol
    /// token is this one character, and a word with an ASCII first letter can be tested for
    /// a capital without Unicode properties.
    var firstASCII: UInt8
    /// Bytes of `text`; the number of digits of a digit run (its characters are ASCII).
    var utf8Count: Int
    /// Whether `text` is all ASCII.
    var isASCII: Bool
}
