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

        package var kind: Kind {
            switch self {
            case .number: .number
            case .percent: .percent
            case .money: .money
            case .date: .date
            case .time: .time
            }
        }

        /// The amount of a number, percentage or money value.
        package var amount: Decimal? {
            switch self {
            case .number(let amount), .percent(let amount), .money(let amount, _): amount
            case .date, .time: nil
            }
        }

        /// Canonical form: `3000`, `2.5`, `12%`, `IDR 5200000000`, `2024-05-10`, `15:00`.
        package var description: String {
            switch self {
            case .number(let amount): amount.digitsDescription
            case .percent(let amount): amount.digitsDescription + "%"
            case .money(let amount, let currency): currency + " " + amount.digitsDescription
            case .date(let date): date.description
            case .time(let time): time.description
            }
        }

        /// `==`, with amounts compared from their stored digits (`Decimal.isSame`).
        func isIdentical(to other: Value) -> Bool {
            switch (self, other) {
            case (.number(let a), .number(let b)), (.percent(let a), .percent(let b)): a.isSame(as: b)
            case (.money(let a, let x), .money(let b, let y)): a.isSame(as: b) && x == y
            case (.date(let a), .date(let b)): a == b
            case (.time(let a), .time(let b)): a == b
            default: false
            }
        }

        /// The same value, written either way: equal amounts (and currencies), dates that agree
        /// on every part both give (a year may be left out on one side: `10 Mei` is
        /// `May 10, 2024`), and times at the same clock time, or at the same instant when both
        /// name their time zone (`15.00 WIB` is `0800 GMT`).
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
            default:
                return false
            }
        }
    }
}
