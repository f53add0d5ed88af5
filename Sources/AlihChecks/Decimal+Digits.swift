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
        self.init(trimming: mantissa, exponent: exponent)
    }

    /// The integer spelled by the ASCII digits `bytes`: what `init?(digits:fraction:)` makes of
    /// their String, without one (nil beyond 18 digits).
    init?(asciiDigits bytes: ArraySlice<UInt8>) {
        guard bytes.count <= 18 else { return nil }
        var mantissa: UInt64 = 0
        for byte in bytes { mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30) }
        self.init(trimming: mantissa, exponent: 0)
    }

    /// `mantissa` × 10^`exponent`, stored without the mantissa's trailing zeros (as
    /// `Decimal(string:)` stores it).
    private init(trimming mantissa: UInt64, exponent: Int) {
        var mantissa = mantissa
        var exponent = exponent
        while mantissa != 0 && mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        self =
            exponent == 0 ? Decimal(mantissa) : Decimal(sign: .plus, exponent: exponent, significand: Decimal(mantissa))
    }

    /// `description`, written from the stored digits when they fit 64 bits (a finding's message
    /// names its numbers; Foundation's `description` divides the 128-bit mantissa digit by
    /// digit). Tested to equal `description`; the layout it reads is checked once against
    /// known values, and `description` is used when it does not match.
    var digitsDescription: String {
        guard Self.storesDigitsAsExpected else { return description }
        let written: String? = withUnsafeBytes(of: self) { raw in
            // Byte 0: the exponent; byte 1: the length in 16-bit words (high four bits) and
            // the sign (bit 3); from byte 4, the mantissa's words, least significant first.
            let length = Int(raw[1] >> 4)
            guard (1...4).contains(length) else { return nil }
            var mantissa: UInt64 = 0
            for word in 0..<length {
                mantissa |=
                    UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self)) << UInt64(16 * word)
            }
            guard mantissa != 0 else { return nil }
            let exponent = Int(Int8(bitPattern: raw[0]))
            var digits = String(mantissa)
            if exponent >= 0 {
                digits += String(repeating: "0", count: exponent)
            } else {
                let point = digits.utf8.count + exponent
                if point > 0 {
                    digits.insert(".", at: digits.index(digits.startIndex, offsetBy: point))
                } else {
                    digits = "0." + String(repeating: "0", count: -point) + digits
                }
            }
            return raw[1] & 0x08 != 0 ? "-" + digits : digits
        }
        return written ?? description
    }

    /// Whether two numbers are equal, as `==` says: from their stored digits when both fit 64
    /// bits (Foundation's `==` brings them to one exponent in 128-bit arithmetic, allocating).
    /// Tested to agree with `==`.
    func isSame(as other: Decimal) -> Bool {
        guard Self.storesDigitsAsExpected, let mine = smallParts, let theirs = other.smallParts else {
            return self == other
        }
        if mine.mantissa == 0 || theirs.mantissa == 0 { return mine.mantissa == theirs.mantissa }
        return mine == theirs
    }

    /// Sign, mantissa without trailing zeros and exponent, when the mantissa fits 64 bits and
    /// the value is a number (not NaN).
    private var smallParts: (negative: Bool, mantissa: UInt64, exponent: Int)? {
        withUnsafeBytes(of: self) { raw in
            let length = Int(raw[1] >> 4)
            let negative = raw[1] & 0x08 != 0
            if length == 0 { return negative ? nil : (false, 0, 0) }
            guard length <= 4 else { return nil }
            var mantissa: UInt64 = 0
            for word in 0..<length {
                mantissa |=
                    UInt64(raw.loadUnaligned(fromByteOffset: 4 + 2 * word, as: UInt16.self)) << UInt64(16 * word)
            }
            var exponent = Int(Int8(bitPattern: raw[0]))
            while mantissa != 0 && mantissa % 10 == 0 {
                mantissa /= 10
                exponent += 1
            }
            return (negative, mantissa, exponent)
        }
    }

    /// Whether values are stored as `digitsDescription` reads them (checked on values of one
    /// and of four words, negative and positive).
    static let storesDigitsAsExpected: Bool = {
        func bytes(_ string: String) -> [UInt8] { withUnsafeBytes(of: Decimal(string: string)!) { Array($0) } }
        let zeros = { (count: Int) in [UInt8](repeating: 0, count: count) }
        return bytes("-123.45") == [254, 0x1C, 0, 0, 0x39, 0x30] + zeros(14)
            && bytes("5200000000") == [8, 0x14, 0, 0, 52] + zeros(15)
            && bytes("1311768467463790321") == [0, 0x44, 0, 0, 0xF1, 0xDE, 0xBC, 0x9A, 0x78, 0x56, 0x34, 0x12]
                + zeros(8)
    }()
}
