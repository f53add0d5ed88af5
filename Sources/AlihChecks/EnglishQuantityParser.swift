import Foundation

/// Finds numbers, percentages, money, dates and times in English text (a translation of
/// Indonesian news).
///
/// What it reads (a hand-written scanner, like `IndonesianQuantityParser`):
/// - numbers with `,` thousands and `.` decimals: `3,000`, `3000`, `3 000`, `2.5`,
///   `1,234,567.89`; where the English reading is impossible the Indonesian one is taken
///   (`2,5` = 2.5, `1.234.567` = 1234567), but `3.000` is 3, as an English reader reads it;
/// - scale words: `thousand`, `million`/`mln`/`mn`, `billion`/`bln`/`bn`, `trillion`/`tn`/`trn`,
///   `hundred`, and after a currency `k`, `m`, `b` (`$5m`); `5.2bn` is 5200000000;
/// - percentages: `12%`, `12 percent`, `12 per cent`, `12 pct`, `2 percentage points`;
/// - money: `Rp5.2 billion`, `Rp 5,000`, `IDR 5.2 billion`, `US$2 million`, `$2 million`,
///   `S$`, `€`, `£`, codes before or after, and `rupiah`, `(US/Singapore/…) dollars`, `euros`,
///   `yen`, `yuan`, `ringgit`, `pounds` … after the amount;
/// - decades: `1970s`, `1970's`, `the '60s`, `’60s`, `in his 60s`, `the Sixties`; a qualifier
///   before a year or decade is not a number (`mid-1962`, `early 1990s`, `late 2019`);
/// - ranges with the unit written once: `5-6 million`, `10 to 12 percent`, `2023/24`;
/// - dates: `May 10, 2024`, `May 10 2024`, `10 May 2024`, `May 10th`, `the 10th of May`,
///   `May 2024`, `May 10-12, 2024`, `10-12 May`, ISO `2024-05-10`, `Friday (May 10, 2024)`
///   (weekday recorded), and slashed dates `10/5/2024`: read day first, as the Indonesian
///   source writes them, with the month-first (US) reading as an alternative when both are valid
///   — a translator who keeps `10/5/2024` and one who writes `5/10/2024` are both understood;
///   `(10/5)` without a year only after a weekday. Month names must be capitalised (`may` is a
///   verb);
/// - times: `3 p.m.`, `3pm`, `3 PM`, `3:30 p.m.`, `15:00`, `15.00 WIB`, `0800 GMT`, `1500 hours`,
///   `3 o'clock` (3:00 or 15:00), `3 in the afternoon`, `noon`, `midnight`, `3-5 p.m.`, with
///   `WIB`/`WITA`/`WIT`/`GMT`/`UTC(+7)`/`Jakarta time`/`local time`; a bare `15.00` is the
///   number 15 with the time 15:00 as alternative;
/// - numbers in words (see `words`): `three`, `twenty-five`, `a hundred`, `three million`,
///   `hundreds`, `tens of thousands`, `the sixties`; all marked spelled out, some ambiguous.
///
/// Digits glued to letters are names (`G20`, `H5N1`, `COVID-19`, `Q1`), except after `mid-`,
/// `pre-`, `post-`; ordinals (`10th`, `21st`) and units glued after digits (`10km`, `5G`) are
/// numbers.
package struct EnglishQuantityParser: QuantityParser, QuantityGrammar {
    package init() {}

    static let convention = NumberConvention(groupSeparator: ",", decimalSeparator: ".", spaceGroups: true)
    static let readsAlternativeThousands = false
    static let readsClockFirst = false

    package func quantities(in text: String) -> [Quantity] { scan(text) }

    /// Words digits may be glued to: currency prefixes, and `mid-`, `pre-`, `post-` before a year
    /// or decade (`mid-1962`, `pre-2020`).
    static let allowedBeforeDigits: Set<String> = Set(QuantityScanner.prefixWords.keys.map { $0.lowercased() }).union([
        "mid", "pre", "post",
    ])

    // MARK: Dates

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    static let monthShapes = WordShapeFilter(months.keys)

    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    func month(_ s: QuantityScanner, _ i: Int) -> (month: Int, end: Int)? {
        guard s.isCapitalized(i), s.mayBeWord(i, Self.monthShapes), let w = s.word(i), let m = Self.months[w] else {
            return nil
        }
        return (m, Self.monthAbbreviations.contains(w) && s.isSymbol(i + 1, ".", glued: true) ? i + 2 : i + 1)
    }

    static let ordinalSuffixes = ["st", "nd", "rd", "th"]

    /// A day of the month with an optional ordinal suffix (`10`, `10th`, `1st`).
    func dayNumber(_ s: QuantityScanner, _ i: Int) -> (day: Int, end: Int)? {
        guard let d = s.day(at: i) else { return nil }
        if let t = s[i + 1], t.kind == .word, !t.spaceBefore {
            return Self.ordinalSuffixes.contains(s.lower(of: t)) ? (d, i + 2) : nil
        }
        return (d, i + 1)
    }

    /// `Friday (May 10, 2024)`, `Friday, May 10`, `Friday (10/5)`.
    func weekdayDate(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard s.isCapitalized(i), let w = s.word(i), let weekday = Self.weekdays[w] else { return nil }
        var j = i + 1
        if s.isSymbol(j, "(,") { j += 1 }
        guard var match = date(s, j, allowDayMonth: true) else { return nil }
        for k in match.quantities.indices { match.quantities[k].weekday = weekday }
        return match
    }

    func date(_ s: QuantityScanner, _ i: Int, allowDayMonth: Bool) -> QuantityMatch? {
        if s.isDigits(i) {
            if s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) { return nil }
            if let decade = decade(s, i) { return decade }
            if let range = s.dayRangeNumericDate(at: i) {
                return QuantityMatch(range.dates.map { s.quantity(.date($0), from: i, to: range.end) }, range.end)
            }
            if let numeric = s.numericDate(at: i, ambiguous: true) {
                return QuantityMatch(
                    [
                        s.quantity(
                            .date(numeric.value), alternatives: numeric.alternative.map { [.date($0)] } ?? [], from: i,
                            to: numeric.end)
                    ],
                    numeric.end)
            }
            if allowDayMonth, s.isDigits(i, length: 1...2), s.isSymbol(i + 1, "/", glued: true),
                s.isDigits(i + 2, glued: true, length: 1...2),
                !s.isSymbol(i + 3, "/-.", glued: true) || !s.isDigits(i + 4, glued: true),
                let a = s.integer(i), let b = s.integer(i + 2)
            {
                var readings: [Quantity.Value] = []
                if (1...31).contains(a), (1...12).contains(b) {
                    readings.append(.date(.init(year: nil, month: b, day: a)))
                }
                if (1...12).contains(a), (1...31).contains(b), a != b {
                    readings.append(.date(.init(year: nil, month: a, day: b)))
                }
                if let first = readings.first {
                    return QuantityMatch(
                        [s.quantity(first, alternatives: Array(readings.dropFirst()), from: i, to: i + 3)], i + 3)
                }
            }
            // Day first: `10 May 2024`, `10th of May`, `10-12 May`.
            guard let first = dayNumber(s, i) else { return nil }
            var j = first.end
            var second: Int?
            if month(s, j) == nil, s.word(j) != "of", let c = connector(s, j), let d = dayNumber(s, c),
                month(s, d.end) != nil || (s.word(d.end) == "of" && month(s, d.end + 1) != nil)
            {
                second = d.day
                j = d.end
            }
            if s.word(j) == "of" { j += 1 }
            guard let (m, afterMonth) = month(s, j) else { return nil }
            return datesWithYear(s, from: i, month: m, days: [first.day] + (second.map { [$0] } ?? []), end: afterMonth)
        }
        // Month first: `May 10, 2024`, `May 10-12`, `May 2024`.
        guard let (m, afterMonth) = month(s, i) else { return nil }
        if let first = dayNumber(s, afterMonth) {
            var end = first.end
            var second: Int?
            if let c = connector(s, end), let d = dayNumber(s, c) {
                // `May 10 and 2,000 people`: the second day must end the date or be followed by its year.
                let next = s.isSymbol(d.end, ",", glued: true) ? d.end + 1 : d.end
                if s[d.end] == nil || s.year(at: next) != nil || !s.isDigits(d.end) {
                    second = d.day
                    end = d.end
                }
            }
            return datesWithYear(s, from: i, month: m, days: [first.day] + (second.map { [$0] } ?? []), end: end)
        }
        var k = afterMonth
        if s.isSymbol(k, ",", glued: true) { k += 1 }
        if s.word(k) == "of" { k += 1 }
        if let year = s.year(at: k) {
            return QuantityMatch([s.quantity(.date(.init(year: year, month: m, day: nil)), from: i, to: k + 1)], k + 1)
        }
        return nil
    }

    /// `1970s`, `1970's`, `the '60s`, `60s` at `i`: a decade (also `1970-an`: see
    /// `QuantityScanner.endOfDecade`).
    func decade(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard s.isDigits(i, length: 2...4), let n = s.integer(i), n % 10 == 0, let end = s.endOfDecade(after: i)
        else { return nil }
        let decade: Quantity.Decade
        switch s.tokens[i].utf8Count {
        case 2 where n >= 10: decade = .init(century: nil, decade: n)
        case 4 where (1000...2990).contains(n): decade = .init(year: n)
        default: return nil
        }
        return QuantityMatch([s.quantity(.decade(decade), from: i, to: end)], end)
    }

    // MARK: Times

    /// `a.m.`, `am`, `AM`, `p.m.`, `pm`: true for p.m., and the index after it.
    func period(_ s: QuantityScanner, _ i: Int) -> (pm: Bool, end: Int)? {
        guard let w = s.word(i) else { return nil }
        if w == "am" || w == "pm" { return (w == "pm", i + 1) }
        if w == "a" || w == "p", s.isSymbol(i + 1, ".", glued: true), s.word(i + 2) == "m", !s[i + 2]!.spaceBefore {
            return (w == "p", s.isSymbol(i + 3, ".", glued: true) ? i + 4 : i + 3)
        }
        return nil
    }

    /// `WIB`, `GMT`, `UTC+7`, `(GMT)`, `Jakarta time` (+7), `local time` (no offset).
    func zone(_ s: QuantityScanner, _ i: Int) -> (offset: Int?, end: Int)? {
        if let zone = s.zone(at: i) { return (zone.offset, zone.end) }
        if s.word(i) == "jakarta", s.word(i + 1) == "time" { return (420, i + 2) }
        if s.word(i) == "local", s.word(i + 1) == "time" { return (nil, i + 2) }
        return nil
    }

    /// `in the morning` (a.m.), `in the afternoon`, `in the evening`, `at night` (p.m.).
    func daypart(_ s: QuantityScanner, _ i: Int) -> (pm: Bool, end: Int)? {
        if s.word(i) == "in", s.word(i + 1) == "the", let w = s.word(i + 2) {
            switch w {
            case "morning": return (false, i + 3)
            case "afternoon", "evening": return (true, i + 3)
            default: return nil
            }
        }
        if s.word(i) == "at", s.word(i + 1) == "night" { return (true, i + 2) }
        return nil
    }

    /// The dates of `days` in `month` from token `i`, with the year that follows `end` (after an
    /// optional comma) when there is one.
    func datesWithYear(_ s: QuantityScanner, from i: Int, month m: Int, days: [Int], end: Int) -> QuantityMatch {
        var end = end
        var k = end
        if s.isSymbol(k, ",", glued: true) { k += 1 }
        let year = s.year(at: k)
        if year != nil { end = k + 1 }
        return QuantityMatch(
            days.map { s.quantity(.date(.init(year: year, month: m, day: $0)), from: i, to: end) }, end)
    }

    /// One time at `i`, or nil when it does not look like one.
    func timeParts(_ s: QuantityScanner, _ i: Int) -> TimeParts? {
        // 24-hour military style: `0800 GMT`, `1500 hours`.
        if s.isDigits(i, length: 4...4), let hhmm = s.integer(i), hhmm / 100 <= 23, hhmm % 100 <= 59 {
            if let z = zone(s, i + 1), z.offset != nil {
                return TimeParts(
                    time: .init(hour: hhmm / 100, minute: hhmm % 100, utcOffset: z.offset), separator: ":", zoned: true,
                    start: i, end: z.end)
            }
            if s.isWord(i + 1, ["hours", "hrs"]) {
                let end = s.isSymbol(i + 2, ".", glued: true) && s.word(i + 1) == "hrs" ? i + 3 : i + 2
                return TimeParts(
                    time: .init(hour: hhmm / 100, minute: hhmm % 100), separator: ":", zoned: false, start: i, end: end)
            }
            return nil
        }
        guard let c = clock(s, i) else { return nil }
        var j = c.end
        var hour = c.hour
        var hasPeriod = false
        var alternative: Quantity.ClockTime?
        if let p = period(s, j), (1...12).contains(hour) {
            hour = p.pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            hasPeriod = true
            j = p.end
        } else if c.separator == nil, (1...12).contains(hour) {
            var known = false
            if s.word(j) == "o'clock" || s.word(j) == "o\u{2019}clock" {
                j += 1
                known = true
            }
            if let part = daypart(s, j) {
                hour = part.pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
                hasPeriod = true
                j = part.end
            } else if known {
                hasPeriod = true
                if hour < 12 { alternative = .init(hour: hour + 12, minute: 0) }
            }
        }
        var offset: Int?
        var zoned = false
        if let z = zone(s, j) {
            offset = z.offset
            zoned = true
            j = z.end
        } else if c.separator == ".", s.isWord(j, ["hours", "hrs"]) {
            zoned = true
            j += 1
        }
        alternative?.utcOffset = offset
        return TimeParts(
            time: .init(hour: hour, minute: c.minute, utcOffset: offset), alternative: alternative,
            separator: c.separator,
            zoned: zoned, hasPeriod: hasPeriod, start: i, end: j)
    }

    func time(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        // `noon` alone is ambiguous: `tengah hari`, `siang`, which are not read, may be it.
        if let w = s.word(i), w == "noon" || w == "midday" || w == "midnight" {
            let time = Quantity.ClockTime(hour: w == "midnight" ? 0 : 12, minute: 0)
            return QuantityMatch(
                [s.quantity(.time(time), from: i, to: i + 1, spelledOut: true, ambiguous: true)], i + 1)
        }
        guard s.isDigits(i), !s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits),
            var first = timeParts(s, i)
        else { return nil }
        var second: TimeParts?
        if !first.zoned, let c = connector(s, first.end) {
            if let w = s.word(c), w == "noon" || w == "midnight" {
                second = TimeParts(
                    time: .init(hour: w == "midnight" ? 0 : 12, minute: 0), separator: nil, zoned: false,
                    hasPeriod: true,
                    start: c, end: c + 1, spelledOut: true)
            } else if let t = timeParts(s, c), t.isConfident {
                second = t
            }
        }
        if !first.isConfident {
            // `3-5 p.m.`: the first end takes the second's half of the day.
            guard let second, second.hasPeriod, first.separator == nil else { return nil }
            if second.time.hour >= 12, first.time.hour < 12, first.time.hour + 12 <= second.time.hour {
                first.time.hour += 12
            }
            first.hasPeriod = true
        }
        if let second, second.zoned, !first.zoned {
            first.time.utcOffset = second.time.utcOffset
            first.alternative?.utcOffset = second.time.utcOffset
        }
        var quantities = [first.quantity(in: s)]
        if let second { quantities.append(second.quantity(in: s)) }
        return QuantityMatch(quantities, second?.end ?? first.end)
    }

    // MARK: Amounts

    static let scales: [String: Decimal] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "mln": 1_000_000, "mn": 1_000_000,
        "billion": 1_000_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000,
        "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "tln": 1_000_000_000_000,
    ]
    /// Only right after a currency amount (`$5m`, `Rp2k`): elsewhere `5m` is five metres.
    static let currencyScales: [String: Decimal] = ["k": 1_000, "m": 1_000_000, "b": 1_000_000_000]

    static let scaleShapes = WordShapeFilter(scales.keys.map { $0 } + currencyScales.keys)

    func scale(_ s: QuantityScanner, _ i: Int, afterCurrency: Bool) -> (scale: Decimal, end: Int)? {
        guard s.mayBeWord(i, Self.scaleShapes), let t = s[i], t.kind == .word else { return nil }
        let lower = s.lower(of: t)
        if let factor = Self.scales[lower] { return (factor, i + 1) }
        if afterCurrency, !t.spaceBefore, let factor = Self.currencyScales[lower] { return (factor, i + 1) }
        return nil
    }

    /// The words `percent` starts at.
    static let percentWords = ["percent", "pct", "per", "percentage"]
    static let percentShapes = WordShapeFilter(percentWords)

    /// `%`, `percent`, `per cent`, `pct`, `percentage point(s)`.
    func percent(_ s: QuantityScanner, _ i: Int) -> Int? {
        if s.isSymbol(i, "%") { return i + 1 }
        guard s.mayBeWord(i, Self.percentShapes) else { return nil }
        if s.isWord(i, ["percent", "pct"]) { return s.isWord(i + 1, ["point", "points"]) ? i + 2 : i + 1 }
        if s.word(i) == "per", s.word(i + 1) == "cent" { return i + 2 }
        if s.word(i) == "percentage", s.isWord(i + 1, ["point", "points"]) { return i + 2 }
        return nil
    }

    static let currencyWords: [String: String] = [
        "rupiah": "IDR", "rupiahs": "IDR", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY",
        "ringgit": "MYR", "pound": "GBP", "pounds": "GBP", "rupee": "INR", "rupees": "INR", "riyal": "SAR",
        "riyals": "SAR",
        "baht": "THB", "peso": "PHP", "pesos": "PHP",
    ]
    static let dollarQualifiers: [String: String] = [
        "us": "USD", "american": "USD", "singapore": "SGD", "singaporean": "SGD", "australian": "AUD",
        "canadian": "CAD",
        "hongkong": "HKD",
    ]

    /// A currency after the amount: `rupiah`, `dollars`, `US dollars`, `Singapore dollars`, `USD` …
    static let currencySuffixWords =
        QuantityScanner.suffixCodes.map { $0 } + ["dollar", "dollars", "hong", "new", "u"] + dollarQualifiers.keys
        + currencyWords.keys
    static let currencySuffixShapes = WordShapeFilter(currencySuffixWords)

    func currencySuffix(_ s: QuantityScanner, _ i: Int) -> (currency: String, end: Int)? {
        guard s.mayBeWord(i, Self.currencySuffixShapes), let t = s[i], t.kind == .word else { return nil }
        let text = s.text(of: t)
        if QuantityScanner.suffixCodes.contains(text) { return (text, i + 1) }
        let lower = s.lower(of: t)
        if lower == "dollar" || lower == "dollars" { return ("USD", i + 1) }
        // A qualifier before `dollars`.
        var j = i
        var code: String?
        if let q = Self.dollarQualifiers[lower] {
            code = q
            j = i + 1
        } else if lower == "hong", s.word(i + 1) == "kong" {
            code = "HKD"
            j = i + 2
        } else if lower == "new", s.word(i + 1) == "zealand" {
            code = "NZD"
            j = i + 2
        } else if text == "U", s.isSymbol(i + 1, ".", glued: true), s.word(i + 2) == "s",
            s.isSymbol(i + 3, ".", glued: true)
        {
            code = "USD"
            j = i + 4
        }
        if let code, s.isWord(j, ["dollar", "dollars"]) { return (code, j + 1) }
        if let code = Self.currencyWords[lower] {
            return (code, (lower == "pound" || lower == "pounds") && s.word(i + 1) == "sterling" ? i + 2 : i + 1)
        }
        return nil
    }

    static let connectorWords = ["to", "through", "and", "or"]
    static let connectorShapes = WordShapeFilter(connectorWords)

    /// `-`, `–`, `to`, `through`, `and`, `or` between the two ends of a range.
    func connector(_ s: QuantityScanner, _ i: Int) -> Int? {
        if s.isSymbol(i, "-\u{2013}\u{2014}") { return i + 1 }
        if s.mayBeWord(i, Self.connectorShapes), s.isWord(i, Self.connectorWords) { return i + 1 }
        return nil
    }

    // MARK: Words

    static let wordsStartingDatesAndTimes: Set<String> = Set(weekdays.keys).union(months.keys).union([
        "noon", "midday", "midnight",
    ])
    static let wordsStartingQuantities: Set<String> = wordsStartingDatesAndTimes.union(numberWords)
    static let wordsStartingQuantitiesShapes = WordShapeFilter(
        wordsStartingQuantities.union(QuantityScanner.wordsBeforeAmounts))

    // MARK: Plain numbers

    /// The words the readers of dates and times look at right after a digit run: a decade's
    /// `s`/`an`, an ordinal suffix, a month (`10 May`, `10th of May`), a range's connector,
    /// `a.m.`/`pm`, `o'clock`, `in the morning`/`at night`, a time zone or `hours` after a
    /// 24-hour time.
    static let wordsReadAfterDigitsByDatesAndTimes = WordShapeFilter(
        ["s", "an", "of"] + ordinalSuffixes + months.keys + connectorWords
            + ["am", "pm", "a", "p", "o'clock", "in", "at", "jakarta", "local", "hours", "hrs"]
            + QuantityScanner.zones.keys)
    /// A scale, a percent or a currency after a number.
    static let wordsReadAfterDigitsByAmounts = WordShapeFilter(
        scales.keys.map { $0 } + currencyScales.keys + percentWords + currencySuffixWords)
    /// `-` (a range, a date, a decade's `-an`), `'` (`1970's`) and `(` (a zone in parentheses
    /// after a 24-hour time); `%` is read by amounts alone.
    static let symbolsReadAfterDigits: [UInt8] = Array("-'(".utf8)
}
