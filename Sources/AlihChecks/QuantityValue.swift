import Foundation

extension Quantity {
    /// What a quantity is worth. Amounts are exact decimals (`2,5` and `2.5` are both 2.5;
    /// `5,2 miliar` is 5200000000).
    package enum Value: Sendable, Hashable, CustomStringConvertible {
        /// A plain number: a count, an amount without currency, a year on its own.
        case number(Decimal)
        /// A percentage (`12 persen`, `12%`): 12.
        case percent(Decimal)
        /// An amount in a currency, an ISO 4217 code (`IDR`, `USD`, `SGD` …).
        case money(Decimal, currency: String)
        case date(CalendarDate)
        case time(ClockTime)
        /// A decade: `1970-an`, `the 1970s`, `60-an`, `the Sixties`.
        case decade(Decade)
        /// A number given only by its order of magnitude, as a plural of a scale word says it:
        /// `puluhan` "dozens, tens of" is 10, `ratusan` "hundreds" 100, `puluhan ribu` "tens of
        /// thousands" 10000.
        case approximate(Decimal)

        package var kind: Kind {
            switch self {
            case .number, .approximate: .number
            case .percent: .percent
            case .money: .money
            case .date: .date
            case .time: .time
            case .decade: .decade
            }
        }

        /// The amount of a number, percentage or money value.
        package var amount: Decimal? {
            switch self {
            case .number(let amount), .percent(let amount), .money(let amount, _): amount
            case .date, .time, .decade, .approximate: nil
            }
        }

        /// Canonical form: `3000`, `2.5`, `12%`, `IDR 5200000000`, `2024-05-10`, `15:00`,
        /// `1960s`, `hundreds`.
        package var description: String {
            switch self {
            case .number(let amount): amount.digitsDescription
            case .percent(let amount): amount.digitsDescription + "%"
            case .money(let amount, let currency): currency + " " + amount.digitsDescription
            case .date(let date): date.description
            case .time(let time): time.description
            case .decade(let decade): decade.description
            case .approximate(let magnitude): Self.magnitudeName(magnitude)
            }
        }

        /// `tens`, `hundreds`, `thousands`, `tens of thousands` … for a power of ten; `about N`
        /// for another magnitude.
        static func magnitudeName(_ magnitude: Decimal) -> String {
            let digits = magnitude.digitsDescription
            let exponent = digits.utf8.count - 1
            guard exponent >= 1, exponent <= 17, digits.utf8.first == UInt8(ascii: "1"),
                digits.utf8.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") })
            else { return "about " + digits }
            let small = ["", "tens", "hundreds"][exponent % 3]
            let large = ["", "thousands", "millions", "billions", "trillions", "quadrillions"][exponent / 3]
            if small.isEmpty { return large }
            return large.isEmpty ? small : small + " of " + large
        }

        /// `==`, with amounts compared from their stored digits (`Decimal.isSame`).
        func isIdentical(to other: Value) -> Bool {
            switch (self, other) {
            case (.number(let a), .number(let b)), (.percent(let a), .percent(let b)): a.isSame(as: b)
            case (.money(let a, let x), .money(let b, let y)): a.isSame(as: b) && x == y
            case (.date(let a), .date(let b)): a == b
            case (.time(let a), .time(let b)): a == b
            case (.decade(let a), .decade(let b)): a == b
            case (.approximate(let a), .approximate(let b)): a.isSame(as: b)
            default: false
            }
        }

        /// The same value, written either way: equal amounts (and currencies), dates that agree
        /// on every part both give (a year may be left out on one side: `10 Mei` is
        /// `May 10, 2024`), and times at the same clock time, or at the same instant when both
        /// name their time zone (`15.00 WIB` is `0800 GMT`), decades that agree on the century
        /// when both give one (`60-an` is the 1960s), and equal orders of magnitude.
        package func isEquivalent(to other: Value) -> Bool {
            switch (self, other) {
            case (.number(let a), .number(let b)), (.percent(let a), .percent(let b)):
                return a.isSame(as: b)
            case (.money(let a, let x), .money(let b, let y)):
                return a.isSame(as: b) && x == y
            case (.date(let a), .date(let b)):
                return a.isCompatible(with: b)
            case (.time(let a), .time(let b)):
                return a.isSameTime(as: b)
            case (.decade(let a), .decade(let b)):
                return a.isCompatible(with: b)
            case (.approximate(let a), .approximate(let b)):
                return a.isSame(as: b)
            default:
                return false
            }
        }
    }
}
