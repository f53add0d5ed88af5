import Foundation
import PropertyBased
import Testing

@testable import AlihChecks

@Suite struct QuantityValueTests {
    /// `isIdentical(to:)` is `==`: over amounts equal but stored differently, currencies, dates
    /// and times.
    @Test func isIdenticalIsEquality() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...2_000), Gen.int(in: 0...3), Gen.int(in: 0...6)) {
            number, scale, kind in
            let amount = Decimal(string: "\(number / 10).\(number % 10)")! * [1, 10, 100, 1_000][scale]
            let values: [Quantity.Value] = [
                .number(amount), .number(Decimal(number)), .percent(amount), .money(amount, currency: "IDR"),
                .money(amount, currency: "USD"), .date(.init(year: nil, month: number % 12 + 1, day: kind + 1)),
                .date(.init(year: 2024, month: number % 12 + 1, day: kind + 1)),
                .time(.init(hour: number % 24, minute: kind)),
                .time(.init(hour: number % 24, minute: kind, utcOffset: 420)),
            ]
            for a in values {
                for b in values { #expect(a.isIdentical(to: b) == (a == b), "\(a) \(b)") }
            }
        }
    }
}
