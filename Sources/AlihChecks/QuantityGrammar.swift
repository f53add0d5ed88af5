/// The readers of one language's quantities (dates, times, amounts, number words), and the scan
/// over a text that tries them in order, which is the same for every language.
protocol QuantityGrammar: AmountGrammar {
    func weekdayDate(_ s: QuantityScanner, _ i: Int) -> QuantityMatch?
    func date(_ s: QuantityScanner, _ i: Int, allowDayMonth: Bool) -> QuantityMatch?
    func time(_ s: QuantityScanner, _ i: Int) -> QuantityMatch?
    func words(_ s: QuantityScanner, _ i: Int) -> QuantityMatch?
    /// Every word (lowercased) a reader can start a quantity at: weekdays, months and other
    /// triggers, number words. A word not in it (nor a currency written before amounts, which is
    /// case-sensitive) starts none, and the scan moves past it without asking the readers.
    static var wordsStartingQuantities: Set<String> { get }
    /// `wordsStartingQuantities` and the currencies written before amounts
    /// (`QuantityScanner.wordsBeforeAmounts`), as a filter.
    static var wordsStartingQuantitiesShapes: WordShapeFilter { get }
}

extension QuantityGrammar {
    /// The quantities in `text`, in order: at each token the longest reading wins in the order
    /// weekday date, date, time, amount, number words; digits glued to letters (`G20`) are
    /// skipped as names.
    func scan(_ text: String) -> [Quantity] { scan(QuantityScanner(text)) }

    /// The quantities of the text `s` has tokenized (see `scan(_:)`).
    func scan(_ s: QuantityScanner) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < s.count {
            if s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) {
                i = s.endOfIdentifier(from: i)
                continue
            }
            if !startsQuantity(s, s.tokens[i]) {
                i += 1
                continue
            }
            if let match = weekdayDate(s, i) ?? date(s, i, allowDayMonth: false) ?? time(s, i) ?? amount(s, i)
                ?? words(s, i)
            {
                // The first match's array is taken as it is: appended to an empty one, it was
                // copied into a new buffer.
                if result.isEmpty { result = match.quantities } else { result += match.quantities }
                i = max(match.end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether a reader may find a quantity starting at `token`: a digit run, a word of
    /// `wordsStartingQuantities`, a currency before an amount (`Rp`, `US` of `US$`, `$`, `€` …).
    /// Symbols other than currency signs start nothing: every reader wants digits, a word or a
    /// currency at its first token.
    func startsQuantity(_ s: QuantityScanner, _ token: QuantityToken) -> Bool {
        switch token.kind {
        case .digits:
            return true
        case .word:
            if token.isASCII, !Self.wordsStartingQuantitiesShapes.mayContain(s.utf8[token.start..<token.end]) {
                return false
            }
            return Self.wordsStartingQuantities.contains(s.lower(of: token))
                || QuantityScanner.wordsBeforeAmounts.contains(s.text(of: token))
        case .symbol:
            return token.firstASCII == 0 || token.firstASCII == UInt8(ascii: "$")
        }
    }

    /// `15.00`, `15:00`, `9` at `i`: hour, minute, and the separator when minutes were written
    /// (the same clock notation in both languages).
    func clock(_ s: QuantityScanner, _ i: Int) -> (hour: Int, minute: Int, separator: String?, end: Int)? {
        guard s.isDigits(i, length: 1...2), let h = s.integer(i), h <= 24 else { return nil }
        if s.isSymbol(i + 1, ".:", glued: true), s.isDigits(i + 2, glued: true, length: 2...2),
            let m = s.integer(i + 2), m <= 59
        {
            if s.isSymbol(i + 3, ".,:", glued: true), s.isDigits(i + 4, glued: true) { return nil }
            return (h, m, s.text(of: s.tokens[i + 1]), i + 3)
        }
        if s.isSymbol(i + 1, ".,", glued: true), s.isDigits(i + 2, glued: true) { return nil }
        return (h, 0, nil, i + 1)
    }
}
