import Foundation

extension Decimal {
    /// The number `integer.fraction` spelled in ASCII digits, made without parsing a string:
    /// the same value, stored the same way, as `Decimal(string:)` gives (tested byte for byte).
    ///
    /// Nil when there are more than 18 digits, or for a zero written with a fraction (`0,0`),
    /// which `Decimal(string:)` stores with its exponent: those are left to it.
    init?(digits integer: String, fraction: String?) {
        var mantissa: UInt64 = 0
        var exponent = 0
        var count = 0
        for byte in integer.utf8 {
            mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
            count += 1
        }
        if let fraction {
            for byte in fraction.utf8 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                exponent -= 1
                count += 1
            }
        }
        guard count <= 18, mantissa != 0 || exponent == 0 else { return nil }
        while mantissa != 0 && mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        self =
            exponent == 0 ? Decimal(mantissa) : Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa))
    }
}
