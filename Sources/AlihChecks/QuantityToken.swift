/// A run of ASCII digits, a run of letters (a word; inner apostrophes kept: `Jum'at`,
/// `o'clock`) or any other single character. Whitespace only sets `spaceBefore`.
struct QuantityToken {
    enum Kind { case digits, word, symbol }

    var kind: Kind
    var text: Substring
    /// Lowercased text of a word; the text itself otherwise.
    var lower: String
    /// Whitespace (or the start of the text) before the token.
    var spaceBefore: Bool
}
