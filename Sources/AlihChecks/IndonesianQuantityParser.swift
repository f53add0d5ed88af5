import Foundation

/// Finds numbers, percentages, money, dates and times in Indonesian text.
///
/// What it reads (a hand-written scanner over digit runs, words and symbols; no regular
/// expressions):
/// - numbers with `.` thousands and `,` decimals: `3.000` = 3000, `2,5` = 2.5,
///   `1.234.567,89`; English-style numbers from agency copy where the Indonesian reading is
///   impossible (`2.5`, `1,234,567`), and `1,234` as 1.234 with the alternative 1234;
/// - scale words: `ribu`/`rb`, `juta`/`jt`, `miliar`/`milyar`, `triliun`/`trilyun`, `ratus`
///   (`5,2 miliar` = 5200000000), with `-nya` (`15,5 jutanya`) or `-an` (`5 jutaan` "5 million
///   or so", `Rp2 triliunan`), and after a currency `M` (miliar) and `T` (triliun): `Rp2,3 T`;
/// - percentages: `12 persen`, `12 persennya`, `12%`, `12 persen poin`, `2 poin persentase`;
/// - money: `Rp5,2 miliar`, `Rp 5.000`, `Rp.5.000`, `US$2 juta`, `S$`, `€`, ISO codes before or
///   after, and `rupiah`, `dolar` (`dolar AS`, `dolar Singapura` …), `euro`, `yen`, `yuan`,
///   `ringgit` … after the amount;
/// - ranges with the unit written once: `5-6 juta`, `10 hingga 12 persen`, `Rp5-6 miliar`,
///   `2023/24`;
/// - dates: `10/5/2024`, `10-5-2024`, `10.5.2024`, `10/5/24`, ISO `2024-05-10`, `10 Mei 2024`,
///   `10 Mei`, `Mei 2024`, `10-12 Mei 2024`, `13-14/5/2024`, month abbreviations (`Jan.`, `Agt`, `Des`),
///   English month names as agency copy has them (`5 March 2020`, `March 2020`, `March 5,
///   2020`), and day/month without year only after a weekday or `tanggal`/`tgl.` (`Jumat
///   (10/5)`); the weekday is recorded;
/// - decades: `1970-an`, `1970an`, `60-an`, and `1970s` as agency copy writes it (a two-digit
///   one is also a count: `60-an orang` "some sixty people"); the qualifier before a year (`pertengahan 1962`, `awal 1990-an`) is
///   not a number, and `pasca-1998`, `pra-2020` are years;
/// - times: `pukul 15.00 WIB`, `pk. 09.30`, `jam 15.00`, `pukul 3 sore`, `15:00`, `15.00 WITA`,
///   `pukul 10.00-12.00 WIB`; `WIB`/`WITA`/`WIT` give the offset; `pagi`, `siang`, `sore`,
///   `petang`, `malam`, `dini hari` move the hour (`pukul 12 siang` is noon); a bare `15.00` is
///   a time with the number 15 as alternative, a bare hour with its part of the day (`10
///   pagi`, `7 malam`) a time with the hour as alternative (`3 malam` may be "three nights");
/// - numbers in words (see `words`): `tiga`, `dua ratus lima puluh ribu`, `ratusan`,
///   `puluhan ribu`, `enam puluhan`; all marked spelled out, some ambiguous.
///
/// Digits glued to letters are names, not quantities: `G20`, `H5N1`, `COVID-19`, `MH370`
/// (but `ke-10`, the ordinal, is 10).
package struct IndonesianQuantityParser: QuantityParser, QuantityGrammar {
    package init() {}

    static let convention = NumberConvention(groupSeparator: ".", decimalSeparator: ",", spaceGroups: false)
    static let readsAlternativeThousands = true
    static let readsClockFirst = true

    package func quantities(in text: String) -> [Quantity] { scan(text) }

    /// Words digits may be glued to: currency prefixes, the ordinal `ke-`, and `pasca-`, `pra-`
    /// before a year.
    static let allowedBeforeDigits: Set<String> = Set(QuantityScanner.prefixWords.keys.map { $0.lowercased() }).union([
        "ke", "pasca", "pra",
    ])

    // MARK: Dates

    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3, "april": 4,
        "apr": 4,
        "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
        "agus": 8,
        "september": 9, "sep": 9, "sept": 9, "okt": 10, "oktober": 10, "november": 11, "nopember": 11, "nov": 11,
        "nop": 11,
        "desember": 12, "des": 12,
        // English, as agency copy writes them.
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "aug": 8,
        "october": 10, "oct": 10, "december": 12, "dec": 12,
    ]

    static let monthShapes = WordShapeFilter(months.keys)

    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "peb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agust", "agus", "sep", "sept", "okt",
        "nov", "nop", "des", "aug", "oct", "dec",
    ]

    static let weekdays: [String: Int] = [
        "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jum\u{2019}at": 5, "sabtu": 6,
        "minggu": 7, "ahad": 7,
    ]

    /// A capitalised month name at `i` (with the dot of an abbreviation).
    func month(_ s: QuantityScanner, _ i: Int) -> (month: Int, end: Int)? {
        guard s.isCapitalized(i), s.mayBeWord(i, Self.monthShapes), let w = s.word(i), let m = Self.months[w] else {
            return nil
        }
        return (m, Self.monthAbbreviations.contains(w) && s.isSymbol(i + 1, ".", glued: true) ? i + 2 : i + 1)
    }

    /// `Jumat (10/5/2024)`, `Jumat, 10 Mei`, `tanggal 10/5`: a date that may be day/month only.
    func weekdayDate(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard let w = s.word(i) else { return nil }
        var weekday: Int?
        if s.isCapitalized(i), let day = Self.weekdays[w] {
            weekday = day
        } else if !(w == "tanggal" || w == "tgl") {
            return nil
        }
        var j = i + 1
        if w == "tgl", s.isSymbol(j, ".", glued: true) { j += 1 }
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
            if let numeric = s.numericDate(at: i, ambiguous: false) {
                return QuantityMatch([s.quantity(.date(numeric.value), from: i, to: numeric.end)], numeric.end)
            }
            if allowDayMonth, s.isDigits(i, length: 1...2), s.isSymbol(i + 1, "/", glued: true),
                s.isDigits(i + 2, glued: true, length: 1...2),
                !s.isSymbol(i + 3, "/-.", glued: true) || !s.isDigits(i + 4, glued: true),
                let d = s.integer(i), let m = s.integer(i + 2), (1...31).contains(d), (1...12).contains(m)
            {
                return QuantityMatch([s.quantity(.date(.init(year: nil, month: m, day: d)), from: i, to: i + 3)], i + 3)
            }
            guard let first = s.day(at: i) else { return nil }
            var j = i + 1
            var second: Int?
            if month(s, j) == nil, let c = connector(s, j), let d = s.day(at: c), month(s, c + 1) != nil {
                second = d
                j = c + 1
            }
            guard let (m, afterMonth) = month(s, j) else { return nil }
            var end = afterMonth
            let year = s.year(at: end)
            if year != nil { end += 1 }
            var quantities = [s.quantity(.date(.init(year: year, month: m, day: first)), from: i, to: end)]
            if let second {
                quantities.append(s.quantity(.date(.init(year: year, month: m, day: second)), from: i, to: end))
            }
            return QuantityMatch(quantities, end)
        }
        guard let (m, afterMonth) = month(s, i) else { return nil }
        if let year = s.year(at: afterMonth) {
            return QuantityMatch(
                [s.quantity(.date(.init(year: year, month: m, day: nil)), from: i, to: afterMonth + 1)], afterMonth + 1)
        }
        // `March 5, 2020`, written the English way.
        if let d = s.day(at: afterMonth), s.isSymbol(afterMonth + 1, ",", glued: true),
            let year = s.year(at: afterMonth + 2)
        {
            return QuantityMatch(
                [s.quantity(.date(.init(year: year, month: m, day: d)), from: i, to: afterMonth + 3)], afterMonth + 3)
        }
        return nil
    }

    /// `1970-an`, `1970an`, `60-an` at `i` (also `1970s`: see `QuantityScanner.endOfDecade`): a
    /// decade. A two-digit one may also be a count (`60-an orang` "some sixty people"), its
    /// alternative.
    func decade(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard s.isDigits(i, length: 2...4), let n = s.integer(i), n % 10 == 0, let end = s.endOfDecade(after: i)
        else { return nil }
        let decade: Quantity.Decade
        var alternatives: [Quantity.Value] = []
        switch s.tokens[i].utf8Count {
        case 2 where n >= 10:
            decade = .init(century: nil, decade: n)
            alternatives = [.number(Decimal(n))]
        case 4 where (1000...2990).contains(n):
            decade = .init(year: n)
        default:
            return nil
        }
        return QuantityMatch([s.quantity(.decade(decade), alternatives: alternatives, from: i, to: end)], end)
    }

    // MARK: Times

    /// `pukul`, `pk.`, `jam` before a time.
    static let timeTriggers: Set<String> = ["pukul", "pk", "jam"]

    /// `pagi` … `malam`: how the part of the day moves a 12-hour clock hour.
    func daypart(_ s: QuantityScanner, _ i: Int) -> (adjust: (Int) -> Int, end: Int)? {
        guard s.mayBeWord(i, Self.daypartShapes), let w = s.word(i) else { return nil }
        switch w {
        case "pagi": return ({ $0 == 12 ? 0 : $0 }, i + 1)
        case "siang": return ({ $0 <= 6 ? $0 + 12 : $0 }, i + 1)
        case "sore", "petang": return ({ $0 < 12 ? $0 + 12 : $0 }, i + 1)
        case "malam": return ({ $0 == 12 ? 0 : ((6...11).contains($0) ? $0 + 12 : $0) }, i + 1)
        case "dini" where s.word(i + 1) == "hari": return ({ $0 == 12 ? 0 : $0 }, i + 2)
        default: return nil
        }
    }

    /// The words `daypart` reads.
    static let daypartWords = ["pagi", "siang", "sore", "petang", "malam", "dini"]
    static let daypartShapes = WordShapeFilter(daypartWords)

    /// `WIB`, `WITA`, `WIT`, `GMT`, `UTC`, `waktu setempat` (local: no offset).
    func zone(_ s: QuantityScanner, _ i: Int) -> (offset: Int?, end: Int)? {
        if let zone = s.zone(at: i) { return (zone.offset, zone.end) }
        if s.word(i) == "waktu", s.word(i + 1) == "setempat" { return (nil, i + 2) }
        return nil
    }

    /// One time from `i`: clock, part of the day, zone.
    func timeParts(_ s: QuantityScanner, _ i: Int) -> TimeParts? {
        guard let c = clock(s, i) else { return nil }
        var j = c.end
        var hour = c.hour
        var hadDaypart = false
        if let part = daypart(s, j), hour <= 12 {
            hour = part.adjust(hour)
            hadDaypart = true
            j = part.end
        }
        var offset: Int?
        var zoned = false
        if let z = zone(s, j) {
            offset = z.offset
            zoned = true
            j = z.end
        }
        var alternative: Quantity.ClockTime?
        if c.separator == nil, !hadDaypart, (1...11).contains(hour) {
            alternative = Quantity.ClockTime(hour: hour + 12, minute: 0, utcOffset: offset)
        }
        return TimeParts(
            time: Quantity.ClockTime(hour: hour, minute: c.minute, utcOffset: offset), alternative: alternative,
            separator: c.separator, zoned: zoned, hasPeriod: hadDaypart, start: i, end: j)
    }

    func time(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        var j = i
        var triggered = false
        if let w = s.word(i), Self.timeTriggers.contains(w) {
            j = i + 1
            if w == "pk", s.isSymbol(j, ".", glued: true) { j += 1 }
            triggered = true
            guard let c = clock(s, j) else { return nil }
            // `jam` is also "hour(s)": `2 jam 30 menit`. Only `jam 15.00`, `jam 3 sore`, `jam 9 WIB`.
            if w == "jam", c.separator == nil, daypart(s, c.end) == nil, zone(s, c.end) == nil { return nil }
        } else if !s.isDigits(i) || s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) {
            return nil
        }
        guard var first = timeParts(s, j) else { return nil }
        var second: TimeParts?
        if !first.zoned, let c = connector(s, first.end) {
            var k = c
            if let w = s.word(k), Self.timeTriggers.contains(w) { k += 1 }
            if let t = timeParts(s, k), triggered || t.separator != nil || t.hasPeriod { second = t }
        }
        if !triggered {
            // A bare time must look like one: `15:00`, `15.00` with a zone (`15.00-17.00 WIB`), an
            // hour with its part of the day (`10 pagi`).
            guard first.separator != nil || first.hasPeriod, first.isConfident || (second?.isConfident ?? false)
            else { return nil }
            // A unit after it makes it an amount (`2.50 juta`).
            if scale(s, first.end) != nil || percent(s, first.end) != nil || currencySuffix(s, first.end) != nil {
                return nil
            }
        }
        if let second, second.zoned, !first.zoned {
            first.time.utcOffset = second.time.utcOffset
            first.alternative?.utcOffset = second.time.utcOffset
        }
        /// Without `pukul`, an hour without minutes may be a count: `3 malam` "three nights".
        func quantity(_ part: TimeParts) -> Quantity {
            var quantity = part.quantity(in: s)
            if !triggered, part.separator == nil, let hour = s.integer(part.start) {
                quantity.alternatives.append(.number(Decimal(hour)))
            }
            return quantity
        }
        var quantities = [quantity(first)]
        if let second { quantities.append(quantity(second)) }
        return QuantityMatch(quantities, second?.end ?? first.end)
    }

    // MARK: Amounts

    /// Scale words, also with `-nya` (`15,5 jutanya`) and `-an` (`5 jutaan` "5 million or so").
    static let scales: [String: Decimal] = {
        let plain: [String: Decimal] = [
            "ratus": 100, "ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000, "miliar": 1_000_000_000,
            "milyar": 1_000_000_000, "miliard": 1_000_000_000, "milyard": 1_000_000_000, "triliun": 1_000_000_000_000,
            "trilyun": 1_000_000_000_000, "trilliun": 1_000_000_000_000,
        ]
        var all = plain
        for (word, factor) in plain where word != "rb" && word != "jt" {
            all[word + "nya"] = factor
            all[word + "an"] = factor
        }
        return all
    }()

    /// Only after a currency amount, with these capitals: `Rp5 M` is 5 miliar, `Rp2,3 T` 2,3 triliun.
    static let currencyScales: [String: Decimal] = ["M": 1_000_000_000, "T": 1_000_000_000_000]

    static let scaleShapes = WordShapeFilter(scales.keys.map { $0 } + currencyScales.keys)

    func scale(_ s: QuantityScanner, _ i: Int, afterCurrency: Bool = false) -> (scale: Decimal, end: Int)? {
        guard s.mayBeWord(i, Self.scaleShapes), let t = s[i], t.kind == .word else { return nil }
        if afterCurrency, let factor = Self.currencyScales[s.text(of: t)] {
            return (factor, i + 1)
        }
        let lower = s.lower(of: t)
        guard let factor = Self.scales[lower] else { return nil }
        return (factor, (lower == "rb" || lower == "jt") && s.isSymbol(i + 1, ".", glued: true) ? i + 2 : i + 1)
    }

    /// The words `percent` starts at.
    static let percentWords = ["persen", "prosen", "persennya", "poin"]
    static let percentShapes = WordShapeFilter(percentWords)

    /// `%`, `persen` (`persen poin`), `persennya`, `poin persentase`.
    func percent(_ s: QuantityScanner, _ i: Int) -> Int? {
        if s.isSymbol(i, "%") { return i + 1 }
        guard s.mayBeWord(i, Self.percentShapes) else { return nil }
        if s.word(i) == "persennya" { return i + 1 }
        if s.isWord(i, ["persen", "prosen"]) { return s.word(i + 1) == "poin" ? i + 2 : i + 1 }
        if s.word(i) == "poin", s.word(i + 1) == "persentase" { return i + 2 }
        return nil
    }

    static let currencyWords: [String: String] = [
        "rupiah": "IDR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR", "won": "KRW",
        "pound": "GBP", "poundsterling": "GBP", "rupee": "INR", "rupe": "INR", "riyal": "SAR", "baht": "THB",
        "peso": "PHP",
    ]

    /// A currency after the amount: `rupiah`, `dolar AS`, `dolar Singapura`, `USD` …
    static let currencySuffixWords = QuantityScanner.suffixCodes.map { $0 } + ["dolar", "dollar"] + currencyWords.keys
    static let currencySuffixShapes = WordShapeFilter(currencySuffixWords)

    func currencySuffix(_ s: QuantityScanner, _ i: Int) -> (currency: String, end: Int)? {
        guard s.mayBeWord(i, Self.currencySuffixShapes), let t = s[i], t.kind == .word else { return nil }
        let text = s.text(of: t)
        if QuantityScanner.suffixCodes.contains(text) { return (text, i + 1) }
        let lower = s.lower(of: t)
        if lower == "dolar" || lower == "dollar" {
            if s.isExactWord(i + 1, ["AS"]) { return ("USD", i + 2) }
            switch s.word(i + 1) {
            case "amerika": return ("USD", s.word(i + 2) == "serikat" ? i + 3 : i + 2)
            case "singapura": return ("SGD", i + 2)
            case "australia": return ("AUD", i + 2)
            case "kanada": return ("CAD", i + 2)
            case "hongkong": return ("HKD", i + 2)
            case "hong" where s.word(i + 2) == "kong": return ("HKD", i + 3)
            case "selandia" where s.word(i + 2) == "baru": return ("NZD", i + 3)
            default: return ("USD", i + 1)
            }
        }
        if let code = Self.currencyWords[lower] {
            return (code, lower == "pound" && s.word(i + 1) == "sterling" ? i + 2 : i + 1)
        }
        return nil
    }

    /// The words `connector` reads first.
    static let connectorWords = ["hingga", "dan", "atau", "sd", "sampai", "s"]
    static let connectorShapes = WordShapeFilter(connectorWords)

    /// Words and symbols between the two ends of a range: `-`, `–`, `hingga`, `sampai
    /// (dengan)`, `s.d.`, `s/d`, `dan`, `atau`. Returns the index after it.
    func connector(_ s: QuantityScanner, _ i: Int) -> Int? {
        if s.isSymbol(i, "-\u{2013}\u{2014}") { return i + 1 }
        guard s.mayBeWord(i, Self.connectorShapes), let w = s.word(i) else { return nil }
        switch w {
        case "hingga", "dan", "atau", "sd": return i + 1
        case "sampai": return s.word(i + 1) == "dengan" ? i + 2 : i + 1
        case "s":
            if s.isSymbol(i + 1, ".", glued: true), s.word(i + 2) == "d" {
                return s.isSymbol(i + 3, ".", glued: true) ? i + 4 : i + 3
            }
            if s.isSymbol(i + 1, "/", glued: true), s.word(i + 2) == "d" { return i + 3 }
            return nil
        default: return nil
        }
    }

    // MARK: Words

    static let wordsStartingDatesAndTimes: Set<String> = Set(weekdays.keys).union(["tanggal", "tgl"]).union(
        months.keys
    )
    .union(timeTriggers)
    static let wordsStartingQuantities: Set<String> = wordsStartingDatesAndTimes.union(numberWords)
    static let wordsStartingQuantitiesShapes = WordShapeFilter(
        wordsStartingQuantities.union(QuantityScanner.wordsBeforeAmounts))

    // MARK: Plain numbers

    /// The words the readers of dates and times look at right after a digit run: a decade's
    /// `an`/`s`, a month, a range's connector (`10 hingga 12 Mei`), a part of the day. (A time
    /// zone is read after an hour only with minutes or a part of the day, which come first.)
    static let wordsReadAfterDigitsByDatesAndTimes = WordShapeFilter(
        ["s", "an"] + months.keys + connectorWords + daypartWords)
    /// A scale, a percent or a currency after a number.
    static let wordsReadAfterDigitsByAmounts = WordShapeFilter(
        scales.keys.map { $0 } + currencyScales.keys + percentWords + currencySuffixWords)
    /// `-` (a range, a date, a decade's `-an`) and `'` (`1970's`); `%` is read by amounts alone.
    static let symbolsReadAfterDigits: [UInt8] = Array("-'".utf8)
}
