import Foundation

/// How a language writes an amount: a number with an optional currency, scale word, percent sign
/// or currency suffix, and ranges of them (`5-6 juta`, `5 to 6 million`).
///
/// Each quantity parser says its own number convention and words; the reading of an amount
/// from those parts (and of a range of amounts) is the same for every language and lives here.
protocol AmountGrammar {
    /// Separators of this language's numbers (`3.000,5` or `3,000.5`).
    static var convention: NumberConvention { get }
    /// Whether a number may also be read the other language's way (`3.000` as 3 or 3000).
    static var readsAlternativeThousands: Bool { get }
    /// Words after which a run of digits is still a quantity, not part of an identifier.
    static var allowedBeforeDigits: Set<String> { get }
    /// Whether a number that looks like a clock (`15.00`) is first read as a time.
    static var readsClockFirst: Bool { get }

    func scale(_ s: QuantityScanner, _ i: Int, afterCurrency: Bool) -> (scale: Decimal, end: Int)?
    func percent(_ s: QuantityScanner, _ i: Int) -> Int?
    func currencySuffix(_ s: QuantityScanner, _ i: Int) -> (currency: String, end: Int)?
    /// The token after a range connector (`-`, `to`, `hingga`) starting at `i`, if there is one.
    func connector(_ s: QuantityScanner, _ i: Int) -> Int?
}

extension AmountGrammar {
    /// The amount starting at token `i`: currency prefix, number, then scale, percent or currency suffix.
    func amountParts(_ s: QuantityScanner, _ i: Int) -> AmountParts? {
        var j = i
        var prefix: String?
        if let p = s.currencyPrefix(at: i) {
            prefix = p.currency
            j = p.end
        } else if s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) {
            return nil
        }
        guard let number = s.readNumber(at: j, Self.convention, alternativeThousands: Self.readsAlternativeThousands)
        else { return nil }
        var parts = AmountParts(
            number: number, first: i, end: number.end, currencyPrefix: prefix, scale: nil, percent: false)
        if let sc = scale(s, parts.end, afterCurrency: prefix != nil) {
            parts.scale = sc.scale
            parts.end = sc.end
        }
        if let e = percent(s, parts.end) {
            parts.percent = true
            parts.end = e
        } else if let c = currencySuffix(s, parts.end) {
            parts.currencySuffix = c.currency
            parts.end = c.end
        }
        return parts
    }

    /// A number written in words, `value`, from token `i` to `end`, with the percent word or
    /// currency that may follow it (`tiga persen`, `five dollars`).
    func spelledOutAmount(_ s: QuantityScanner, _ value: Decimal, from i: Int, to end: Int, ambiguous: Bool)
        -> QuantityMatch
    {
        if let e = percent(s, end) {
            return QuantityMatch(
                [s.quantity(.percent(value), from: i, to: e, spelledOut: true, ambiguous: ambiguous)], e)
        }
        if let c = currencySuffix(s, end) {
            let money = s.quantity(
                .money(value, currency: c.currency), alternatives: [.number(value)], from: i, to: c.end,
                spelledOut: true, ambiguous: ambiguous)
            return QuantityMatch([money], c.end)
        }
        return QuantityMatch(
            [s.quantity(.number(value), from: i, to: end, spelledOut: true, ambiguous: ambiguous)], end)
    }

    /// The amount or range of amounts starting at token `i`.
    func amount(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard let a = amountParts(s, i) else { return nil }
        return QuantityMatch.range(
            a, in: s, timeFirst: Self.readsClockFirst, connector: { connector(s, $0) }, parts: { amountParts(s, $0) })
    }
}
