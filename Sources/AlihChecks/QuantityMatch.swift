import Foundation

/// What a parser found at a position: its quantities and the token index after them.
struct QuantityMatch {
    var quantities: [Quantity]
    var end: Int

    init(_ quantities: [Quantity], _ end: Int) {
        self.quantities = quantities
        self.end = end
    }

    /// The amount `a`, or the range it starts: `5-6 juta` (the second end's scale, percent or
    /// currency suffix applies to the first, except to a year: `2023 dan 5 persen`), and a
    /// season or span of years `2023/24`, `1998-99`.
    static func range(
        _ a: AmountParts, in s: QuantityScanner, timeFirst: Bool, connector: (Int) -> Int?, parts: (Int) -> AmountParts?
    ) -> QuantityMatch {
        var a = a
        if a.isYearLike, !a.hasUnit, a.currencyPrefix == nil, s.isSymbol(a.end, "/-", glued: true),
            s.isDigits(a.end + 1, glued: true, length: 2...2),
            !(s.isSymbol(a.end + 2, ".,/-", glued: true) && s.isDigits(a.end + 3, glued: true)),
            let y = a.number.integer, let yy = s.integer(a.end + 1)
        {
            var second = (y / 100) * 100 + yy
            if second <= y { second += 100 }
            if second - y <= 10 {
                return QuantityMatch(
                    [a.quantity(in: s), s.quantity(.number(Decimal(second)), from: a.end + 1, to: a.end + 2)], a.end + 2
                )
            }
        }
        if !a.hasUnit, !a.isYearLike, let c = connector(a.end), let b = parts(c), b.hasUnit {
            a.adoptUnits(from: b)
            return QuantityMatch(
                [
                    a.quantity(in: s, to: b.end, timeFirst: timeFirst),
                    b.quantity(in: s, from: a.first, timeFirst: timeFirst),
                ], b.end)
        }
        return QuantityMatch([a.quantity(in: s, timeFirst: timeFirst)], a.end)
    }
}
