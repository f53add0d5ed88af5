import Foundation

/// The token stream of a text with the pattern helpers both parsers use.
struct QuantityScanner {
    let text: String
    /// The text's UTF-8, which tokens are offsets into.
    let utf8: [UInt8]
    let tokens: [QuantityToken]

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let utf8 = Array(text.utf8)
        self.utf8 = utf8
        tokens = utf8.withUnsafeBufferPointer { QuantityTokenizer.tokens(of: text, bytes: $0) }
    }

    var count: Int { tokens.count }

    subscript(_ i: Int) -> QuantityToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    // MARK: Token text

    /// The characters of `token` as written.
    func text(of token: QuantityToken) -> String {
        String(decoding: utf8[token.start..<token.end], as: UTF8.self)
    }

    /// The lowercased text of a word; the text itself for other tokens.
    func lower(of token: QuantityToken) -> String {
        guard token.kind == .word else { return text(of: token) }
        guard token.isASCII else { return text(of: token).lowercased() }
        let bytes = utf8[token.start..<token.end]
        guard bytes.contains(where: { (0x41...0x5A).contains($0) }) else { return text(of: token) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, byte) in bytes.enumerated() { buffer[k] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    /// Where `token` is in `text`.
    func range(of token: QuantityToken) -> Range<String.Index> {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: token.start)
        return start..<text.utf8.index(start, offsetBy: token.utf8Count)
    }

    // MARK: Token tests

    func isDigits(_ i: Int, glued: Bool? = nil, length: ClosedRange<Int>? = nil) -> Bool {
        guard let t = self[i], t.kind == .digits else { return false }
        if let glued, glued == t.spaceBefore { return false }
        if let length, !length.contains(t.utf8Count) { return false }
        return true
    }

    /// A symbol that is one of the characters of `symbols` (ASCII punctuation, dashes and
    /// currency signs: characters no other character is canonically equivalent to).
    func isSymbol(_ i: Int, _ symbols: String, glued: Bool? = nil) -> Bool {
        guard let t = self[i], t.kind == .symbol else { return false }
        if let glued, glued == t.spaceBefore { return false }
        if t.firstASCII != 0 {
            var symbols = symbols
            return symbols.withUTF8 { $0.contains(t.firstASCII) }
        }
        let symbol = text(of: t)
        return symbols.contains(where: { String($0) == symbol })
    }

    func isSymbol(_ i: Int, _ symbol: Character, glued: Bool? = nil) -> Bool {
        isSymbol(i, String(symbol), glued: glued)
    }

    /// Whether the token at `i` is a word that may be one of the words `shapes` was made of,
    /// as written or lowercased: false, without making its text, for an ASCII word the filter
    /// rules out. A word that is not ASCII may be any of them.
    func mayBeWord(_ i: Int, _ shapes: WordShapeFilter) -> Bool {
        guard let t = self[i], t.kind == .word else { return false }
        return !t.isASCII || shapes.mayContain(utf8[t.start..<t.end])
    }

    /// The lowercased word at `i`.
    func word(_ i: Int) -> String? {
        guard let t = self[i], t.kind == .word else { return nil }
        return lower(of: t)
    }

    func isWord(_ i: Int, _ words: [String]) -> Bool {
        guard let w = word(i) else { return false }
        return words.contains(w)
    }

    /// A word with exactly these letters (case-sensitive: `WIB`, `AS`).
    func isExactWord(_ i: Int, _ words: [String]) -> Bool {
        guard let t = self[i], t.kind == .word else { return false }
        return words.contains(text(of: t))
    }

    /// A word starting with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool {
        guard let t = self[i], t.kind == .word else { return false }
        if t.firstASCII != 0 { return (0x41...0x5A).contains(t.firstASCII) }
        guard let first = text(of: t).first else { return false }
        return first.isUppercase
    }

    /// The integer a digit run spells (up to nine digits).
    func integer(_ i: Int) -> Int? {
        guard let t = self[i], t.kind == .digits, t.utf8Count <= 9 else { return nil }
        var value = 0
        for k in t.start..<t.end { value = value * 10 + Int(utf8[k] &- 0x30) }
        return value
    }

    /// Digits glued to the letters before them (`G20`, `H5N1`, `COVID-19`, `MH370`): part of a
    /// name, not a quantity. `allowedBefore` lists words digits may follow (currency symbols,
    /// Indonesian `ke-` ordinals).
    func isIdentifierDigits(_ i: Int, allowedBefore: Set<String>) -> Bool {
        guard let t = self[i], t.kind == .digits, !t.spaceBefore, let previous = self[i - 1] else { return false }
        if previous.kind == .word { return !allowedBefore.contains(lower(of: previous)) }
        if previous.kind == .symbol, previous.firstASCII == UInt8(ascii: "-"), !previous.spaceBefore,
            let before = self[i - 2], before.kind == .word
        {
            return !allowedBefore.contains(lower(of: before))
        }
        return false
    }

    /// The index after a name that starts at or before `i`: the glued run of letters, digits
    /// and inner `.`, `-`, `/`, `_` (`H5N1`, `COVID-19`, `A320neo`).
    func endOfIdentifier(from i: Int) -> Int {
        var j = i + 1
        while let t = self[j], !t.spaceBefore {
            if t.kind != .symbol {
                j += 1
            } else if isSymbol(j, "-./_"), let next = self[j + 1], !next.spaceBefore, next.kind != .symbol {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    // MARK: Text

    /// The range from token `first` up to (not including) token `end`.
    func range(_ first: Int, _ end: Int) -> Range<String.Index> {
        range(of: tokens[first]).lowerBound..<range(of: tokens[max(first, end - 1)]).upperBound
    }

    func quantity(
        _ value: Quantity.Value, alternatives: [Quantity.Value] = [], from first: Int, to end: Int,
        spelledOut: Bool = false, ambiguous: Bool = false, weekday: Int? = nil
    ) -> Quantity {
        let range = range(first, end)
        return Quantity(
            value: value, alternatives: alternatives.filter { !$0.isIdentical(to: value) }, text: String(text[range]),
            range: range,
            isSpelledOut: spelledOut, isAmbiguous: ambiguous, weekday: weekday)
    }

}
