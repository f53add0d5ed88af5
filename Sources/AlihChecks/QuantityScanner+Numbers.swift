import Foundation

/// Numbers read from digit runs and separators, and the plain years and days dates are made of.
extension QuantityScanner {
    /// Digits, group separators and a fraction at `i` under `convention`; nil when `i` is not
    /// a digit run.
    private func readRaw(at i: Int, group: Character, decimal: Character, spaceGroups: Bool)
        -> (integer: String, groups: Int, fraction: String?, end: Int)?
    {
        guard let first = self[i], first.kind == .digits else { return nil }
        var integer = text(of: first)
        var j = i + 1
        var groups = 0
        if integer.utf8.count <= 3 {  // digits: one byte each
            while isSymbol(j, group, glued: true), isDigits(j + 1, glued: true, length: 3...3) {
                integer += text(of: tokens[j + 1])
                j += 2
                groups += 1
            }
            if groups == 0, spaceGroups {
                while let t = self[j], t.kind == .digits, t.spaceBefore, t.utf8Count == 3,
                    !isSymbol(j + 1, ":/", glued: true)
                {
                    integer += text(of: t)
                    j += 1
                    groups += 1
                }
            }
        }
        var fraction: String?
        if isSymbol(j, decimal, glued: true), isDigits(j + 1, glued: true) {
            fraction = text(of: tokens[j + 1])
            j += 2
        }
        return (integer, groups, fraction, j)
    }

    /// The locale numbers are written in for `Decimal(string:)`: `.` decimals, no grouping.
    private static let posixLocale = Locale(identifier: "en_US_POSIX")

    private static func decimal(_ integer: String, _ fraction: String?) -> Decimal {
        if let value = Decimal(digits: integer, fraction: fraction) { return value }
        let string = fraction.map { "\(integer).\($0)" } ?? integer
        return Decimal(string: string, locale: posixLocale) ?? 0
    }

    /// Reads a number at `i` written the `native` way, falling back to the other convention
    /// where the native reading is impossible:
    /// - a lone separator not followed by three digits is a decimal point (`2.5` in Indonesian,
    ///   `2,5` in English: no other reading exists);
    /// - two or more groups of the other convention (`1,234,567` in Indonesian, `1.234.567` in
    ///   English), or a group followed by the other decimal separator (`1,234.5`), are read that way;
    /// - in Indonesian, `1,234` is 1.234 with the alternative 1234 (English-style agency copy).
    func readNumber(at i: Int, _ native: NumberConvention, alternativeThousands: Bool) -> ScannedNumber? {
        // Digits with neither a glued symbol nor (where spaces group) a group of three after them
        // are a plain integer under both conventions: read once, as `readRaw` would read it.
        if let first = self[i], first.kind == .digits,
            !(self[i + 1].map { $0.kind == .symbol && !$0.spaceBefore } ?? false),
            !(native.spaceGroups && first.utf8Count <= 3 && isDigits(i + 1, glued: false, length: 3...3))
        {
            let integer = text(of: first)
            return ScannedNumber(
                value: Self.decimal(integer, nil), alternatives: [], clock: nil, end: i + 1, isPlainInteger: true,
                integer: integer.utf8.count <= 18 ? Int(integer) : nil)
        }
        guard
            let raw = readRaw(
                at: i, group: native.groupSeparator, decimal: native.decimalSeparator, spaceGroups: native.spaceGroups)
        else { return nil }
        var clock: (Int, Int)?
        let firstLength = tokens[i].utf8Count
        if raw.groups == 0 {
            let other = readRaw(
                at: i, group: native.decimalSeparator, decimal: native.groupSeparator, spaceGroups: false)!
            // Several groups of the other convention, or a group and the other decimal mark.
            if other.groups >= 2 || (other.groups == 1 && other.fraction != nil) {
                return ScannedNumber(
                    value: Self.decimal(other.integer, other.fraction), alternatives: [], clock: nil, end: other.end,
                    isPlainInteger: false)
            }
            if raw.fraction == nil, other.groups == 0, let fraction = other.fraction {
                // A lone group separator not followed by three digits: a decimal point.
                if native.groupSeparator == ".", fraction.utf8.count == 2, firstLength <= 2,
                    let h = integer(i), let m = Int(fraction), h <= 24, m <= 59
                {
                    clock = (h, m)
                }
                return ScannedNumber(
                    value: Self.decimal(other.integer, fraction), alternatives: [], clock: clock, end: other.end,
                    isPlainInteger: false)
            }
            if native.decimalSeparator == ".", let fraction = raw.fraction, fraction.utf8.count == 2, firstLength <= 2,
                let h = integer(i), let m = Int(fraction), h <= 24, m <= 59
            {
                clock = (h, m)
            }
            var alternatives: [Decimal] = []
            if alternativeThousands, let fraction = raw.fraction, fraction.utf8.count == 3, firstLength <= 3 {
                alternatives.append(Self.decimal(raw.integer + fraction, nil))
            }
            return ScannedNumber(
                value: Self.decimal(raw.integer, raw.fraction), alternatives: alternatives, clock: clock, end: raw.end,
                isPlainInteger: raw.fraction == nil,
                integer: raw.fraction == nil && raw.integer.utf8.count <= 18 ? Int(raw.integer) : nil)
        }
        return ScannedNumber(
            value: Self.decimal(raw.integer, raw.fraction), alternatives: [], clock: nil, end: raw.end,
            isPlainInteger: false)
    }

    /// A plain four-digit year (1000–2999) at `i`, not part of a larger number.
    func year(at i: Int) -> Int? {
        guard isDigits(i, length: 4...4), let y = integer(i), (1000...2999).contains(y) else { return nil }
        if isSymbol(i + 1, ".,", glued: true), isDigits(i + 2, glued: true) { return nil }
        return y
    }

    /// The index after the suffix that makes the digits at `i` a decade, the same in both
    /// languages (an Indonesian text may write it the English way, a target left in Indonesian
    /// the Indonesian way): `s`, `'s`, `’s` (`1970s`, `1970's`), `an`, `-an` (`1970an`,
    /// `1970-an`).
    func endOfDecade(after i: Int) -> Int? {
        var j = i + 1
        var suffixes = ["s", "an"]
        if isSymbol(j, "'\u{2019}", glued: true) {
            j += 1
            suffixes = ["s"]
        } else if isSymbol(j, "-", glued: true) {
            j += 1
            suffixes = ["an"]
        }
        guard let suffix = self[j], suffix.kind == .word, !suffix.spaceBefore, isWord(j, suffixes) else { return nil }
        return j + 1
    }

    /// A plain one- or two-digit day of the month at `i`, not part of a larger number.
    func day(at i: Int) -> Int? {
        guard isDigits(i, length: 1...2), let d = integer(i), (1...31).contains(d) else { return nil }
        if isSymbol(i + 1, ".,", glued: true), isDigits(i + 2, glued: true) { return nil }
        return d
    }
}
