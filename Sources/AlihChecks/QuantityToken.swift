/// A run of ASCII digits, a run of letters (a word; inner apostrophes kept: `Jum'at`,
/// `o'clock`) or any other single character. Whitespace only sets `spaceBefore`.
///
/// A token is where it is in the scanned text's UTF-8, without Strings of its own: most tokens
/// of a text are words no reader asks about, so the scanner makes a token's text only when it
/// is asked for (`QuantityScanner.text(of:)`, `lower(of:)`).
struct QuantityToken {
    enum Kind { case digits, word, symbol }

    var kind: Kind
    /// Where the token's UTF-8 starts in the scanned text.
    var start: Int
    /// Bytes of the token; the number of digits of a digit run (its characters are ASCII).
    var utf8Count: Int
    /// Whitespace (or the start of the text) before the token.
    var spaceBefore: Bool
    /// The token's first character when it is a single ASCII scalar, 0 otherwise: a symbol
    /// token is this one character, and a word with an ASCII first letter can be tested for
    /// a capital without Unicode properties.
    var firstASCII: UInt8
    /// Whether the token is all ASCII.
    var isASCII: Bool

    /// Where the token's UTF-8 ends in the scanned text.
    var end: Int { start + utf8Count }
}
