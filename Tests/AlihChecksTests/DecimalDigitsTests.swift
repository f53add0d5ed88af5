import Foundation
import PropertyBased
import Testing

@testable import AlihChecks

/// `Decimal(digits:fraction:)` stores what `Decimal(string:)` stores, byte for byte, so that
/// values, comparisons and descriptions stay what they were.
@Suite struct DecimalDigitsTests {
    static let posix = Locale(identifier: "en_US_POSIX")

    static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    /// Digits weighted towards zeros (leading, trailing, all).
    static func digits(_ lengths: ClosedRange<Int>) -> Generator<String, some SendableSequenceType> {
        let alphabet = Array("0000123456789")
        return Gen.int(in: 0...(alphabet.count - 1)).array(of: lengths).map { String($0.map { alphabet[$0] }) }
    }

    @Test func madeAsDecimalStringMakesIt() async {
        await propertyCheck(count: 20_000, input: Self.digits(1...20), Self.digits(0...10)) { integer, fraction in
            let fraction = fraction.isEmpty ? nil : fraction
            let string = fraction.map { "\(integer).\($0)" } ?? integer
            let parsed = Decimal(string: string, locale: Self.posix)!
            if let made = Decimal(digits: integer, fraction: fraction) {
                #expect(Self.bytes(made) == Self.bytes(parsed), "\(string)")
            } else {
                #expect(integer.count + (fraction?.count ?? 0) > 18 || parsed.isZero, "\(string)")
            }
        }
    }

    @Test(arguments: ["0", "000", "1", "10", "0800", "2024", "3000", "999999999999999999", "100000000000000000"])
    func integers(_ digits: String) {
        #expect(Self.bytes(Decimal(digits: digits, fraction: nil)!) == Self.bytes(Decimal(string: digits)!))
    }

    /// Amounts skip multiplying by 1, which must leave every number but a zero as it is.
    @Test func timesOneLeavesANonZeroNumberAsItIs() async {
        await propertyCheck(count: 5_000, input: Self.digits(1...30), Self.digits(0...20)) { integer, fraction in
            let fraction = fraction.isEmpty ? nil : fraction
            let parsed = Decimal(string: fraction.map { "\(integer).\($0)" } ?? integer, locale: Self.posix)!
            if !parsed.isZero { #expect(Self.bytes(parsed * 1) == Self.bytes(parsed)) }
        }
    }

    @Test func moreThanEighteenDigitsOrAZeroWithAFractionAreLeftToDecimalString() {
        #expect(Decimal(digits: "1234567890123456789", fraction: nil) == nil)
        #expect(Decimal(digits: "0", fraction: "00") == nil)
        #expect(Decimal(digits: "12", fraction: "50") != nil)
    }

    /// Written from its digits, a number reads as `description` writes it: numbers as parsed,
    /// scaled, from integers, and from random mantissas and exponents.
    @Test func digitsDescriptionIsDescription() async {
        #expect(Decimal.storesDigitsAsExpected)
        await propertyCheck(count: 5_000, input: Self.digits(1...25), Self.digits(0...12), Gen.int(in: 0...5)) {
            integer, fraction, scale in
            let parsed = Decimal(string: fraction.isEmpty ? integer : "\(integer).\(fraction)", locale: Self.posix)!
            let scaled = parsed * [1, 100, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000][scale]
            for value in [parsed, scaled, -scaled] { #expect(value.digitsDescription == value.description) }
        }
        await propertyCheck(count: 5_000, input: Gen.int(in: -40...40), Gen.int(in: 0...63), Gen.int(in: 0...Int.max)) {
            exponent, shift, bits in
            let value = Decimal(sign: .plus, exponent: exponent, significand: Decimal(UInt64(bits) >> UInt64(shift)))
            #expect(value.digitsDescription == value.description)
        }
        for value: Decimal in [0, 1, 10, -7, 1_000_000, .nan, Decimal(string: "0.000")!] {
            #expect(value.digitsDescription == value.description)
        }
    }

    /// Equality from the stored digits agrees with `==`: on numbers equal but stored differently
    /// (a zero with an exponent, 10 as 10 or as 1e1, scaled values), unequal numbers, negatives,
    /// NaN and mantissas too large for 64 bits.
    @Test func isSameIsEquality() async {
        await propertyCheck(count: 5_000, input: Self.digits(1...22), Self.digits(0...6), Gen.int(in: 0...5)) {
            integer, fraction, scale in
            let parsed = Decimal(string: fraction.isEmpty ? integer : "\(integer).\(fraction)", locale: Self.posix)!
            let factor: Decimal = [1, 10, 100, 1_000, 1_000_000, 1_000_000_000][scale]
            let values = [parsed, parsed * factor, parsed * factor / 10, -parsed, Decimal(string: integer)!, 0, .nan]
            for a in values {
                for b in values { #expect(a.isSame(as: b) == (a == b), "\(a) \(b)") }
            }
        }
        let zeros = [Decimal(0), Decimal(string: "0.000")!, Decimal(string: "0")! * 1_000]
        for a in zeros { for b in zeros { #expect(a.isSame(as: b) == (a == b)) } }
        #expect(Decimal(10).isSame(as: Decimal(string: "10.0")!))
    }
}
