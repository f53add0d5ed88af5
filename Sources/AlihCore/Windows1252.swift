/// Windows-1252, the encoding of Western pages that declare none and of the bytes mojibake is
/// made of: its bytes of 0x80 or more and the characters they stand for.
///
/// Bytes 0x80–0x9F hold typographic characters (`€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š
/// › œ ž Ÿ`); the five it leaves undefined stand for the C1 control of their value, as browsers
/// and the decoders that keep them read them. Bytes 0xA0–0xFF are Latin-1.
package enum Windows1252 {
    /// The characters of bytes 0x80–0x9F (nil where Windows-1252 has none).
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
        0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, nil, 0x017E, 0x0178,
    ]

    /// The scalar byte `byte` stands for.
    package static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte), let value = high[Int(byte - 0x80)] { return Unicode.Scalar(value)! }
        return Unicode.Scalar(byte)
    }

    /// The byte of 0x80 or more that `scalar` stands for, if any.
    package static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        if (0x80...0xFF).contains(scalar.value) { return UInt8(scalar.value) }
        guard scalar.value > 0xFF, let index = high.firstIndex(of: scalar.value) else { return nil }
        return UInt8(0x80 + index)
    }

    /// `bytes` decoded as UTF-8.
    package static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                out.append(contentsOf: String(Character(scalar(byte))).utf8)
            }
        }
        return out
    }
}
