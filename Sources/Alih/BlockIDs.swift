/// Alih's unit and segment ids (`b12`, `b12-s3`) read back as numbers, to name the unit or
/// segment that is missing or out of place in a file that comes back.
///
/// Alih numbers a file's blocks `b1`, `b2`, … in article order (boilerplate included unless it
/// was dropped at extraction) and a block's sentences `bN-s1`, `bN-s2`, … in order.
enum BlockIDs {
    /// The number of unit id `id` (`b12` → 12); nil for an id Alih would not write.
    static func unitNumber(_ id: String) -> Int? {
        number(id.utf8, prefix: UInt8(ascii: "b"))
    }

    /// The number of segment `id` in unit `unit` (`b12-s3` in `b12` → 3); nil for an id of
    /// another unit or one Alih would not write.
    static func segmentNumber(_ id: String, in unit: String) -> Int? {
        let bytes = id.utf8
        guard bytes.count > unit.utf8.count + 2, bytes.starts(with: unit.utf8) else { return nil }
        let rest = bytes.dropFirst(unit.utf8.count)
        guard rest.first == UInt8(ascii: "-") else { return nil }
        return number(rest.dropFirst(), prefix: UInt8(ascii: "s"))
    }

    /// The segment id Alih gives sentence `number` of unit `unit`.
    static func segmentID(unit: String, number: Int) -> String { "\(unit)-s\(number)" }

    /// The decimal after `prefix` (no sign, no leading zero, at most 9 digits).
    private static func number(_ bytes: some Collection<UInt8>, prefix: UInt8) -> Int? {
        guard bytes.first == prefix else { return nil }
        let digits = bytes.dropFirst()
        guard (1...9).contains(digits.count), digits.first != UInt8(ascii: "0") else { return nil }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
