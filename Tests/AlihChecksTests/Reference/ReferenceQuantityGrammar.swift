// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

@testable import AlihChecks

/// The readers of one language's quantities (dates, times, amounts, number words), and the scan
/// over a text that tries them in order, which is the same for every language.
protocol ReferenceQuantityGrammar: ReferenceAmountGrammar {
    func weekdayDate(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceQuantityMatch?
    func date(_ s: ReferenceQuantityScanner, _ i: Int, allowDayMonth: Bool) -> ReferenceQuantityMatch?
    func time(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceQuantityMatch?
    func words(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceQuantityMatch?
}

extension ReferenceQuantityGrammar {
    /// The quantities in `text`, in order: at each token the longest reading wins in the order
    /// weekday date, date, time, amount, number words; digits glued to letters (`G20`) are
    /// skipped as names.
    func scan(_ text: String) -> [Quantity] {
        let s = ReferenceQuantityScanner(text)
        var result: [Quantity] = []
        var i = 0
        while i < s.count {
            if s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) {
                i = s.endOfIdentifier(from: i)
                continue
            }
            if let match = weekdayDate(s, i) ?? date(s, i, allowDayMonth: false) ?? time(s, i) ?? amount(s, i)
                ?? words(s, i)
            {
                result += match.quantities
                i = max(match.end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// `15.00`, `15:00`, `9` at `i`: hour, minute, and the separator when minutes were written
    /// (the same clock notation in both languages).
    func clock(_ s: ReferenceQuantityScanner, _ i: Int) -> (hour: Int, minute: Int, separator: String?, end: Int)? {
        guard s.isDigits(i, length: 1...2), let h = s.integer(i), h <= 24 else { return nil }
        if s.isSymbol(i + 1, [".", ":"], glued: true), s.isDigits(i + 2, glued: true, length: 2...2),
            let m = s.integer(i + 2), m <= 59
        {
            if s.isSymbol(i + 3, [".", ",", ":"], glued: true), s.isDigits(i + 4, glued: true) { return nil }
            return (h, m, s.tokens[i + 1].lower, i + 3)
        }
        if s.isSymbol(i + 1, [".", ","], glued: true), s.isDigits(i + 2, glued: true) { return nil }
        return (h, 0, nil, i + 1)
    }
}
