// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Never made fast; a change of what
// the checks find is made here too, written the plain way (number words, decades, times with
// their part of the day, suffixed amounts: issue 16).

import Foundation

@testable import AlihChecks

// MARK: - Scanning support shared by the parsers

/// A run of ASCII digits, a run of letters (a word; inner apostrophes kept: `Jum'at`,
/// `o'clock`) or any other single character. Whitespace only sets `spaceBefore`.
struct ReferenceQuantityToken {
    enum Kind { case digits, word, symbol }

    var kind: Kind
    var text: Substring
    /// Lowercased text of a word; the text itself otherwise.
    var lower: String
    /// Whitespace (or the start of the text) before the token.
    var spaceBefore: Bool
}

/// How a language writes numbers.
struct ReferenceNumberConvention {
    /// `.` in Indonesian, `,` in English.
    var groupSeparator: Character
    /// `,` in Indonesian, `.` in English.
    var decimalSeparator: Character
    /// English also groups with (no-break, normalised) spaces: `3 000`.
    var spaceGroups: Bool
}

/// A number as read from digits and separators.
struct ReferenceScannedNumber {
    var value: Decimal
    /// Other readings (the other language's convention).
    var alternatives: [Decimal]
    /// `H.MM`/`HH.MM` that is also a valid clock time.
    var clock: (hour: Int, minute: Int)?
    /// Token index after the number.
    var end: Int
    /// One run of digits: no separators, no fraction.
    var isPlainInteger: Bool
}

/// The token stream of a text with the pattern helpers both parsers use.
struct ReferenceQuantityScanner {
    let text: String
    let tokens: [ReferenceQuantityToken]

    init(_ text: String) {
        self.text = text
        var tokens: [ReferenceQuantityToken] = []
        var i = text.startIndex
        var space = true
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace {
                space = true
                i = text.index(after: i)
                continue
            }
            var j = text.index(after: i)
            let kind: ReferenceQuantityToken.Kind
            if c.isASCIIDigit {
                kind = .digits
                while j < text.endIndex, text[j].isASCIIDigit { j = text.index(after: j) }
            } else if c.isLetter {
                kind = .word
                while j < text.endIndex {
                    let d = text[j]
                    if d.isLetter {
                        j = text.index(after: j)
                    } else if d == "'" || d == "\u{2019}", text.index(after: j) < text.endIndex,
                        text[text.index(after: j)].isLetter
                    {
                        j = text.index(after: j)
                    } else {
                        break
                    }
                }
            } else {
                kind = .symbol
            }
            let slice = text[i..<j]
            tokens.append(
                ReferenceQuantityToken(
                    kind: kind, text: slice, lower: kind == .word ? slice.lowercased() : String(slice),
                    spaceBefore: space))
            space = false
            i = j
        }
        self.tokens = tokens
    }

    var count: Int { tokens.count }

    subscript(_ i: Int) -> ReferenceQuantityToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    // MARK: Token tests

    func isDigits(_ i: Int, glued: Bool? = nil, length: ClosedRange<Int>? = nil) -> Bool {
        guard let t = self[i], t.kind == .digits else { return false }
        if let glued, glued == t.spaceBefore { return false }
        if let length, !length.contains(t.text.count) { return false }
        return true
    }

    func isSymbol(_ i: Int, _ symbols: Set<String>, glued: Bool? = nil) -> Bool {
        guard let t = self[i], t.kind == .symbol, symbols.contains(t.lower) else { return false }
        if let glued, glued == t.spaceBefore { return false }
        return true
    }

    func isSymbol(_ i: Int, _ symbol: Character, glued: Bool? = nil) -> Bool {
        isSymbol(i, [String(symbol)], glued: glued)
    }

    /// The lowercased word at `i`.
    func word(_ i: Int) -> String? {
        guard let t = self[i], t.kind == .word else { return nil }
        return t.lower
    }

    func isWord(_ i: Int, _ words: Set<String>) -> Bool {
        guard let w = word(i) else { return false }
        return words.contains(w)
    }

    /// A word with exactly these letters (case-sensitive: `WIB`, `AS`).
    func isExactWord(_ i: Int, _ words: Set<String>) -> Bool {
        guard let t = self[i], t.kind == .word else { return false }
        return words.contains(String(t.text))
    }

    /// A word starting with an uppercase letter.
    func isCapitalized(_ i: Int) -> Bool {
        guard let t = self[i], t.kind == .word, let first = t.text.first else { return false }
        return first.isUppercase
    }

    /// A capitalised word after a word, digits or a comma, or before a capitalised word: a name.
    func mayBeName(_ i: Int) -> Bool {
        guard isCapitalized(i) else { return false }
        if self[i + 1]?.kind == .word, self[i + 1]?.spaceBefore == true, isCapitalized(i + 1) { return true }
        guard let previous = self[i - 1] else { return false }
        return previous.kind != .symbol || previous.text == ","
    }

    /// A glued hyphen at `i` and a glued word after it (`satu-satunya`).
    func isHyphenatedWord(_ i: Int) -> Bool {
        isSymbol(i, "-", glued: true) && self[i + 1]?.kind == .word && self[i + 1]?.spaceBefore == false
    }

    /// The integer a digit run spells (up to nine digits).
    func integer(_ i: Int) -> Int? {
        guard let t = self[i], t.kind == .digits, t.text.count <= 9 else { return nil }
        return Int(t.text)
    }

    /// Digits glued to the letters before them (`G20`, `H5N1`, `COVID-19`, `MH370`): part of a
    /// name, not a quantity. `allowedBefore` lists words digits may follow (currency symbols,
    /// Indonesian `ke-` ordinals).
    func isIdentifierDigits(_ i: Int, allowedBefore: Set<String>) -> Bool {
        guard let t = self[i], t.kind == .digits, !t.spaceBefore, let previous = self[i - 1] else { return false }
        if previous.kind == .word { return !allowedBefore.contains(previous.lower) }
        if previous.kind == .symbol, previous.text == "-", !previous.spaceBefore, let before = self[i - 2],
            before.kind == .word
        {
            return !allowedBefore.contains(before.lower)
        }
        return false
    }

    /// The index after a name that starts at or before `i`: the glued run of letters, digits
    /// and inner `.`, `-`, `/`, `_` (`H5N1`, `COVID-19`, `A320neo`).
    func endOfIdentifier(from i: Int) -> Int {
        var j = i + 1
        while let t = self[j], !t.spaceBefore {
            if t.kind != .symbol {
                j += 1
            } else if ["-", ".", "/", "_"].contains(t.text), let next = self[j + 1], !next.spaceBefore,
                next.kind != .symbol
            {
                j += 2
            } else {
                break
            }
        }
        return j
    }

    // MARK: Text

    /// The range from token `first` up to (not including) token `end`.
    func range(_ first: Int, _ end: Int) -> Range<String.Index> {
        tokens[first].text.startIndex..<tokens[max(first, end - 1)].text.endIndex
    }

    func quantity(
        _ value: Quantity.Value, alternatives: [Quantity.Value] = [], from first: Int, to end: Int,
        spelledOut: Bool = false, ambiguous: Bool = false, weekday: Int? = nil
    ) -> Quantity {
        let range = range(first, end)
        return Quantity(
            value: value, alternatives: alternatives.filter { $0 != value }, text: String(text[range]), range: range,
            isSpelledOut: spelledOut, isAmbiguous: ambiguous, weekday: weekday)
    }

    // MARK: Numbers

    /// Digits, group separators and a fraction at `i` under `convention`; nil when `i` is not
    /// a digit run.
    private func readRaw(at i: Int, group: Character, decimal: Character, spaceGroups: Bool)
        -> (integer: String, groups: Int, fraction: String?, end: Int)?
    {
        guard let first = self[i], first.kind == .digits else { return nil }
        var integer = String(first.text)
        var j = i + 1
        var groups = 0
        if integer.count <= 3 {
            while isSymbol(j, group, glued: true), isDigits(j + 1, glued: true, length: 3...3) {
                integer += tokens[j + 1].text
                j += 2
                groups += 1
            }
            if groups == 0, spaceGroups {
                while let t = self[j], t.kind == .digits, t.spaceBefore, t.text.count == 3,
                    !isSymbol(j + 1, [":", "/"], glued: true)
                {
                    integer += t.text
                    j += 1
                    groups += 1
                }
            }
        }
        var fraction: String?
        if isSymbol(j, decimal, glued: true), isDigits(j + 1, glued: true) {
            fraction = String(tokens[j + 1].text)
            j += 2
        }
        return (integer, groups, fraction, j)
    }

    private static func decimal(_ integer: String, _ fraction: String?) -> Decimal {
        let posix = Locale(identifier: "en_US_POSIX")
        let string = fraction.map { "\(integer).\($0)" } ?? integer
        return Decimal(string: string, locale: posix) ?? 0
    }

    /// Reads a number at `i` written the `native` way, falling back to the other convention
    /// where the native reading is impossible:
    /// - a lone separator not followed by three digits is a decimal point (`2.5` in Indonesian,
    ///   `2,5` in English: no other reading exists);
    /// - two or more groups of the other convention (`1,234,567` in Indonesian, `1.234.567` in
    ///   English), or a group followed by the other decimal separator (`1,234.5`), are read that way;
    /// - in Indonesian, `1,234` is 1.234 with the alternative 1234 (English-style agency copy).
    func readNumber(at i: Int, _ native: ReferenceNumberConvention, alternativeThousands: Bool)
        -> ReferenceScannedNumber?
    {
        guard
            let raw = readRaw(
                at: i, group: native.groupSeparator, decimal: native.decimalSeparator, spaceGroups: native.spaceGroups)
        else { return nil }
        var clock: (Int, Int)?
        let firstLength = tokens[i].text.count
        if raw.groups == 0 {
            let other = readRaw(
                at: i, group: native.decimalSeparator, decimal: native.groupSeparator, spaceGroups: false)!
            // Several groups of the other convention, or a group and the other decimal mark.
            if other.groups >= 2 || (other.groups == 1 && other.fraction != nil) {
                return ReferenceScannedNumber(
                    value: Self.decimal(other.integer, other.fraction), alternatives: [], clock: nil, end: other.end,
                    isPlainInteger: false)
            }
            if raw.fraction == nil, other.groups == 0, let fraction = other.fraction {
                // A lone group separator not followed by three digits: a decimal point.
                if native.groupSeparator == ".", fraction.count == 2, firstLength <= 2,
                    let h = Int(tokens[i].text), let m = Int(fraction), h <= 24, m <= 59
                {
                    clock = (h, m)
                }
                return ReferenceScannedNumber(
                    value: Self.decimal(other.integer, fraction), alternatives: [], clock: clock, end: other.end,
                    isPlainInteger: false)
            }
            if native.decimalSeparator == ".", let fraction = raw.fraction, fraction.count == 2, firstLength <= 2,
                let h = Int(tokens[i].text), let m = Int(fraction), h <= 24, m <= 59
            {
                clock = (h, m)
            }
            var alternatives: [Decimal] = []
            if alternativeThousands, let fraction = raw.fraction, fraction.count == 3, firstLength <= 3 {
                alternatives.append(Self.decimal(raw.integer + fraction, nil))
            }
            return ReferenceScannedNumber(
                value: Self.decimal(raw.integer, raw.fraction), alternatives: alternatives, clock: clock, end: raw.end,
                isPlainInteger: raw.fraction == nil)
        }
        return ReferenceScannedNumber(
            value: Self.decimal(raw.integer, raw.fraction), alternatives: [], clock: nil, end: raw.end,
            isPlainInteger: false)
    }

    /// A plain four-digit year (1000–2999) at `i`, not part of a larger number.
    func year(at i: Int) -> Int? {
        guard isDigits(i, length: 4...4), let y = integer(i), (1000...2999).contains(y) else { return nil }
        if isSymbol(i + 1, [".", ","], glued: true), isDigits(i + 2, glued: true) { return nil }
        return y
    }

    /// A plain one- or two-digit day of the month at `i`, not part of a larger number.
    func day(at i: Int) -> Int? {
        guard isDigits(i, length: 1...2), let d = integer(i), (1...31).contains(d) else { return nil }
        if isSymbol(i + 1, [".", ","], glued: true), isDigits(i + 2, glued: true) { return nil }
        return d
    }

    /// A date written with numbers only: `10/5/2024`, `10-5-2024`, `10.5.2024`, `10/5/24`
    /// (day first, unless only the month-first reading is valid) and ISO `2024-05-10`.
    /// With `ambiguous`, a date valid both ways also gets the month-first reading as an
    /// alternative. Returns the readings and the end index.
    func numericDate(at i: Int, ambiguous: Bool) -> (
        value: Quantity.CalendarDate, alternative: Quantity.CalendarDate?, end: Int
    )? {
        guard isDigits(i) else { return nil }
        // ISO
        if isDigits(i, length: 4...4), isSymbol(i + 1, "-", glued: true), isDigits(i + 2, glued: true, length: 1...2),
            isSymbol(i + 3, "-", glued: true), isDigits(i + 4, glued: true, length: 1...2),
            let y = integer(i), let m = integer(i + 2), let d = integer(i + 4), (1...12).contains(m),
            (1...31).contains(d)
        {
            return (Quantity.CalendarDate(year: y, month: m, day: d), nil, i + 5)
        }
        guard isDigits(i, length: 1...2), let separator = self[i + 1], separator.kind == .symbol,
            !separator.spaceBefore,
            ["/", "-", "."].contains(separator.text), isDigits(i + 2, glued: true, length: 1...2),
            isSymbol(i + 3, [separator.lower], glued: true), isDigits(i + 4, glued: true),
            let a = integer(i), let b = integer(i + 2), let yy = integer(i + 4)
        else { return nil }
        let yearLength = tokens[i + 4].text.count
        guard yearLength == 2 || yearLength == 4 else { return nil }
        if isSymbol(i + 5, [separator.lower, ".", ","], glued: true), isDigits(i + 6, glued: true) { return nil }
        let year = yearLength == 4 ? yy : (yy < 70 ? 2000 + yy : 1900 + yy)
        let dayFirst = (1...31).contains(a) && (1...12).contains(b)
        let monthFirst = (1...12).contains(a) && (1...31).contains(b)
        if dayFirst {
            let alternative =
                ambiguous && monthFirst && a != b ? Quantity.CalendarDate(year: year, month: a, day: b) : nil
            return (Quantity.CalendarDate(year: year, month: b, day: a), alternative, i + 5)
        }
        if monthFirst {
            return (Quantity.CalendarDate(year: year, month: a, day: b), nil, i + 5)
        }
        return nil
    }

    /// `13-14/5/2024`: a day, a dash and a numeric date (day first) give two dates of that month.
    func dayRangeNumericDate(at i: Int) -> (dates: [Quantity.CalendarDate], end: Int)? {
        guard let first = day(at: i), isSymbol(i + 1, "-", glued: true), isDigits(i + 2, glued: true, length: 1...2),
            isSymbol(i + 3, "/", glued: true), let second = numericDate(at: i + 2, ambiguous: false),
            let lastDay = second.value.day, first < lastDay, second.value.month == integer(i + 4)
        else { return nil }
        return (
            [Quantity.CalendarDate(year: second.value.year, month: second.value.month, day: first), second.value],
            second.end
        )
    }

    /// A currency written before an amount: `Rp`, `Rp.`, `IDR`, `US$`, `$`, `S$`, `€` …
    /// Returns the ISO code and the index after it.
    func currencyPrefix(at i: Int) -> (currency: String, end: Int)? {
        guard let t = self[i] else { return nil }
        var currency: String?
        var j = i + 1
        switch t.kind {
        case .word:
            if isSymbol(i + 1, "$", glued: true) {
                currency = Self.dollarPrefixes[String(t.text)]
                j = i + 2
            } else if let code = Self.prefixWords[String(t.text)] {
                currency = code
                if t.text == "Rp" || t.text == "RP", isSymbol(j, ".", glued: true) { j += 1 }
            }
        case .symbol:
            currency = Self.prefixSymbols[String(t.text)]
        case .digits:
            return nil
        }
        guard let currency, isDigits(j) else { return nil }
        return (currency, j)
    }

    static let prefixWords: [String: String] = [
        "Rp": "IDR", "RP": "IDR", "IDR": "IDR", "USD": "USD", "SGD": "SGD", "AUD": "AUD", "EUR": "EUR",
        "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "MYR": "MYR", "RM": "MYR", "HKD": "HKD",
        "KRW": "KRW", "CAD": "CAD",
    ]
    static let prefixSymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"]
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "S": "SGD", "A": "AUD", "HK": "HKD", "C": "CAD", "NZ": "NZD",
    ]
    /// Currency codes written after an amount (`5 juta USD`).
    static let suffixCodes: Set<String> = [
        "IDR", "USD", "SGD", "AUD", "EUR", "GBP", "JPY", "CNY", "MYR", "HKD", "KRW", "CAD",
    ]

    /// Time zones written after a time, with their offsets in minutes.
    static let zones: [String: Int] = ["WIB": 420, "WITA": 480, "WIT": 540, "GMT": 0, "UTC": 0]

    /// A time zone at `i` (`WIB`, `GMT`, `UTC+7`, `GMT-5`, optionally in parentheses).
    /// Returns the offset and the index after it.
    func zone(at i: Int) -> (offset: Int, end: Int)? {
        var j = i
        let parenthesized = isSymbol(j, "(")
        if parenthesized { j += 1 }
        guard let t = self[j], t.kind == .word, var offset = Self.zones[String(t.text)] else { return nil }
        j += 1
        if offset == 0, isSymbol(j, ["+", "-"], glued: true), isDigits(j + 1, glued: true, length: 1...2),
            let h = integer(j + 1), h <= 14
        {
            offset = (tokens[j].text == "-" ? -1 : 1) * h * 60
            j += 2
        }
        if parenthesized {
            guard isSymbol(j, ")", glued: true) else { return nil }
            j += 1
        }
        return (offset, j)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The quantities that a range written with its unit once (`5-6 juta`, `10 to 12 percent`,
/// `Rp5-6 miliar`) stands for: the unit and scale of the second end apply to the first, the
/// currency of the first to the second.
struct ReferenceAmountParts {
    var number: ReferenceScannedNumber
    var first: Int
    var end: Int
    var currencyPrefix: String?
    var currencySuffix: String?
    var scale: Decimal?
    var percent: Bool

    var hasUnit: Bool { scale != nil || percent || currencySuffix != nil }

    /// A plain integer that looks like a year (1900–2100).
    var isYearLike: Bool {
        number.isPlainInteger && scale == nil && number.value >= 1900 && number.value <= 2100
    }

    /// Completes the first end of a range from the second.
    mutating func adoptUnits(from other: ReferenceAmountParts) {
        if scale == nil, percent == false, currencySuffix == nil {
            scale = other.scale
            percent = other.percent
            currencySuffix = other.currencySuffix
        }
    }

    func quantity(
        in scanner: ReferenceQuantityScanner, from first: Int? = nil, to end: Int? = nil, timeFirst: Bool = false
    ) -> Quantity {
        let factor = scale ?? 1
        let amount = number.value * factor
        let alternatives = number.alternatives.map { $0 * factor }
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

/// What a parser found at a position: its quantities and the token index after them.
struct ReferenceQuantityMatch {
    var quantities: [Quantity]
    var end: Int

    init(_ quantities: [Quantity], _ end: Int) {
        self.quantities = quantities
        self.end = end
    }

    /// The amount `a`, or the range it starts: `5-6 juta` (the second end's scale, percent or
    /// currency suffix applies to the first, except to a year: `2023 dan 5 persen`), and a
    /// season or span of years `2023/24`, `1998-99`.
    static func range(
        _ a: ReferenceAmountParts, in s: ReferenceQuantityScanner, timeFirst: Bool, connector: (Int) -> Int?,
        parts: (Int) -> ReferenceAmountParts?
    ) -> ReferenceQuantityMatch {
        var a = a
        if a.isYearLike, !a.hasUnit, a.currencyPrefix == nil, s.isSymbol(a.end, ["/", "-"], glued: true),
            s.isDigits(a.end + 1, glued: true, length: 2...2),
            !(s.isSymbol(a.end + 2, [".", ",", "/", "-"], glued: true) && s.isDigits(a.end + 3, glued: true)),
            let y = Int("\(a.number.value)"), let yy = s.integer(a.end + 1)
        {
            var second = (y / 100) * 100 + yy
            if second <= y { second += 100 }
            if second - y <= 10 {
                return ReferenceQuantityMatch(
                    [a.quantity(in: s), s.quantity(.number(Decimal(second)), from: a.end + 1, to: a.end + 2)], a.end + 2
                )
            }
        }
        if !a.hasUnit, !a.isYearLike, let c = connector(a.end), let b = parts(c), b.hasUnit {
            a.adoptUnits(from: b)
            return ReferenceQuantityMatch(
                [
                    a.quantity(in: s, to: b.end, timeFirst: timeFirst),
                    b.quantity(in: s, from: a.first, timeFirst: timeFirst),
                ], b.end)
        }
        return ReferenceQuantityMatch([a.quantity(in: s, timeFirst: timeFirst)], a.end)
    }
}

/// A time being read: the clock time, the other half of the day when the hour alone was
/// written (`pukul 3`, `3 o'clock`), and how it was written.
struct ReferenceTimeParts {
    var time: Quantity.ClockTime
    var alternative: Quantity.ClockTime?
    /// `.` or `:` between hour and minutes, if minutes were written.
    var separator: String?
    var zoned: Bool
    /// Written with a.m./p.m. (English).
    var hasPeriod: Bool = false
    var start: Int
    var end: Int
    var spelledOut: Bool = false

    /// Unmistakably a time even without `pukul`/`at`: `15:00`, `15.00 WIB`, `3 p.m.`.
    var isConfident: Bool { separator == ":" || (separator != nil && zoned) || hasPeriod }

    func quantity(in s: ReferenceQuantityScanner) -> Quantity {
        s.quantity(
            .time(time), alternatives: alternative.map { [.time($0)] } ?? [], from: start, to: end,
            spelledOut: spelledOut)
    }
}
