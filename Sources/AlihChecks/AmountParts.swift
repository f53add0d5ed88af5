import Foundation

/// The quantities that a range written with its unit once (`5-6 juta`, `10 to 12 percent`,
/// `Rp5-6 miliar`) stands for: the unit and scale of the second end apply to the first, the
/// currency of the first to the second.
struct AmountParts {
    var number: ScannedNumber
    var first: Int
    var end: Int
    var currencyPrefix: String?
    var currencySuffix: String?
    var scale: Decimal?
    var percent: Bool

    var hasUnit: Bool { scale != nil || percent || currencySuffix != nil }

    /// A plain integer that looks like a year (1900–2100).
    var isYearLike: Bool {
        number.isPlainInteger && scale == nil && (number.integer.map { (1900...2100).contains($0) } ?? false)
    }

    /// Completes the first end of a range from the second.
    mutating func adoptUnits(from other: AmountParts) {
        if scale == nil, percent == false, currencySuffix == nil {
            scale = other.scale
            percent = other.percent
            currencySuffix = other.currencySuffix
        }
    }

    func quantity(in scanner: QuantityScanner, from first: Int? = nil, to end: Int? = nil, timeFirst: Bool = false)
        -> Quantity
    {
        // Times 1 leaves a number as it is, except a zero with a fraction (`0,0`), which it stores
        // without its exponent.
        let factor = scale ?? 1
        let amount = scale == nil && !number.value.isZero ? number.value : number.value * factor
        let alternatives = number.alternatives.map { scale == nil && !$0.isZero ? $0 : $0 * factor }
        let currency = currencyPrefix ?? currencySuffix
        let value: Quantity.Value
        var others: [Quantity.Value]
        if percent {
            value = .percent(amount)
            others = alternatives.map { .percent($0) }
        } else if let currency {
            value = .money(amount, currency: currency)
            others = alternatives.map { .money($0, currency: currency) }
        } else {
            value = .number(amount)
            others = alternatives.map { .number($0) }
        }
        if let clock = number.clock, !hasUnit, currency == nil {
            let time = Quantity.Value.time(Quantity.ClockTime(hour: clock.hour, minute: clock.minute))
            if timeFirst {
                return scanner.quantity(
                    time, alternatives: [value] + others, from: first ?? self.first, to: end ?? self.end)
            }
            others.append(time)
        }
        return scanner.quantity(value, alternatives: others, from: first ?? self.first, to: end ?? self.end)
    }
}
