/// What tells a number word from a word that only looks like one, the same in both languages.
extension QuantityScanner {
    /// A capitalised word inside a sentence, or before another capitalised word: a name or a
    /// title rather than a number (`Lima`, the city; `Sepuluh Nopember`; `the Group of Seven`;
    /// `Six Million Dollar Man`). The first word of the text, or one after a symbol other than a
    /// comma (an opening quote, a full stop, a colon), starts a sentence.
    func mayBeName(_ i: Int) -> Bool {
        guard isCapitalized(i) else { return false }
        if let next = self[i + 1], next.kind == .word, next.spaceBefore, isCapitalized(i + 1) { return true }
        guard let previous = self[i - 1] else { return false }
        return previous.kind != .symbol || previous.firstASCII == UInt8(ascii: ",")
    }

    /// A hyphen glued between the word before `i` and a word at `i + 1`: a reduplication or a
    /// compound that makes the word before it something else (`satu-satunya` "the only",
    /// `dua-duanya` "both", `dua-tiga` "two or three").
    func isHyphenatedWord(_ i: Int) -> Bool {
        guard isSymbol(i, "-", glued: true), let next = self[i + 1], next.kind == .word else { return false }
        return !next.spaceBefore
    }
}
