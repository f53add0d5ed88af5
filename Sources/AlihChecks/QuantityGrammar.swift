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
    /// The words of `wordsStartingQuantities` (lowercased) that start a date or a time:
    /// weekdays, months and other triggers. The others start only numbers in words.
    static var wordsStartingDatesAndTimes: Set<String> { get }
    /// Every word (in any case) the readers of dates and times look at right after a digit
    /// run, as a filter (see `digitRunCandidate`).
    static var wordsReadAfterDigitsByDatesAndTimes: WordShapeFilter { get }
    /// Every word (in any case) the amount's reader looks at right after a digit run (scales,
    /// percent, currencies), as a filter.
    static var wordsReadAfterDigitsByAmounts: WordShapeFilter { get }
    /// The ASCII symbols a reader looks at right after a digit run, spaced or not, whatever
    /// follows them (a symbol glued between two digit runs is always left to the readers).
    static var symbolsReadAfterDigits: [UInt8] { get }
}

extension QuantityGrammar {
    /// The quantities in `text`, in order: at each token the longest reading wins in the order
    /// weekday date, date, time, amount, number words; digits glued to letters (`G20`) are
    /// skipped as names.
    func scan(_ text: String) -> [Quantity] { scan(QuantityScanner(text)) }

    /// The quantities of the text `s` has tokenized (see `scan(_:)`).
    func scan(_ s: QuantityScanner) -> [Quantity] { scan(s, readingEveryCandidate: false) }

    /// The quantities of the text `s` has tokenized. With `readingEveryCandidate`, every reader is
    /// asked in turn at every candidate, also where the token after a digit run or a word rules
    /// some out (see `digitRunCandidate`, `candidate`): the tests compare the two.
    func scan(_ s: QuantityScanner, readingEveryCandidate: Bool) -> [Quantity] {
        var result: [Quantity] = []
        var i = 0
        while i < s.count {
            if s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) {
                i = s.endOfIdentifier(from: i)
                continue
            }
            let token = s.tokens[i]
            var candidate = token.kind == .digits ? digitRunCandidate(s, i) : candidate(s, token)
            if readingEveryCandidate, candidate != .none { candidate = .any }
            func everyReader() -> QuantityMatch? {
                weekdayDate(s, i) ?? date(s, i, allowDayMonth: false) ?? time(s, i) ?? amount(s, i) ?? words(s, i)
            }
            let found: QuantityMatch?
            switch candidate {
            case .none:
                i += 1
                continue
            case .plainNumber:
                if let number = plainNumber(s, i) {
                    result.append(number)
                    i += 1
                    continue
                }
                found = everyReader()
            case .amount:
                found = amount(s, i) ?? words(s, i)
            case .numberWord:
                found = words(s, i)
            case .any:
                found = everyReader()
            }
            if let match = found {
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

    /// Which readers may find a quantity starting at `token`: any at a digit run, a word of
    /// `wordsStartingQuantities` or a currency before an amount (`Rp`, `US` of `US$`, `$`, `€`
    /// …); none elsewhere (symbols other than currency signs start nothing: every reader wants
    /// digits, a word or a currency at its first token). A word that starts no date or time
    /// (`wordsStartingDatesAndTimes`) and is no currency before an amount starts only a number
    /// in words: the other readers want a digit run there.
    func candidate(_ s: QuantityScanner, _ token: QuantityToken) -> QuantityCandidate {
        switch token.kind {
        case .digits:
            return .any
        case .word:
            if token.isASCII, !Self.wordsStartingQuantitiesShapes.mayContain(s.utf8[token.start..<token.end]) {
                return .none
            }
            let lower = s.lower(of: token)
            let startsAmount = QuantityScanner.wordsBeforeAmounts.contains(s.text(of: token))
            guard Self.wordsStartingQuantities.contains(lower) || startsAmount else { return .none }
            return startsAmount || Self.wordsStartingDatesAndTimes.contains(lower) ? .any : .numberWord
        case .symbol:
            return token.firstASCII == 0 || token.firstASCII == UInt8(ascii: "$") ? .any : .none
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
