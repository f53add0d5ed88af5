// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Never made fast; a change of what
// the checks find is made here too, written the plain way (number words, decades, times with
// their part of the day, suffixed amounts: issue 16).

import Foundation

@testable import AlihChecks

/// Finds numbers, percentages, money, dates and times in Indonesian text.
///
/// What it reads (a hand-written scanner over digit runs, words and symbols; no regular
/// expressions):
/// - numbers with `.` thousands and `,` decimals: `3.000` = 3000, `2,5` = 2.5,
///   `1.234.567,89`; English-style numbers from agency copy where the Indonesian reading is
///   impossible (`2.5`, `1,234,567`), and `1,234` as 1.234 with the alternative 1234;
/// - scale words: `ribu`/`rb`, `juta`/`jt`, `miliar`/`milyar`, `triliun`/`trilyun`, `ratus`
///   (`5,2 miliar` = 5200000000), and after a currency `M` (miliar) and `T` (triliun):
///   `Rp2,3 T`;
/// - percentages: `12 persen`, `12%`, `12 persen poin`, `2 poin persentase`;
/// - money: `Rp5,2 miliar`, `Rp 5.000`, `Rp.5.000`, `US$2 juta`, `S$`, `€`, ISO codes before or
///   after, and `rupiah`, `dolar` (`dolar AS`, `dolar Singapura` …), `euro`, `yen`, `yuan`,
///   `ringgit` … after the amount;
/// - ranges with the unit written once: `5-6 juta`, `10 hingga 12 persen`, `Rp5-6 miliar`,
///   `2023/24`;
/// - dates: `10/5/2024`, `10-5-2024`, `10.5.2024`, `10/5/24`, ISO `2024-05-10`, `10 Mei 2024`,
///   `10 Mei`, `Mei 2024`, `10-12 Mei 2024`, `13-14/5/2024`, month abbreviations (`Jan.`, `Agt`, `Des`), and
///   day/month without year only after a weekday or `tanggal`/`tgl.` (`Jumat (10/5)`); the
///   weekday is recorded;
/// - times: `pukul 15.00 WIB`, `pk. 09.30`, `jam 15.00`, `pukul 3 sore`, `15:00`, `15.00 WITA`,
///   `pukul 10.00-12.00 WIB`; `WIB`/`WITA`/`WIT` give the offset; `pagi`, `siang`, `sore`,
///   `petang`, `malam`, `dini hari` move the hour; a bare `15.00` is a time with the number 15
///   as alternative;
/// - number words, lightly: `nol` … `sembilan`, `sepuluh`, `sebelas`, `dua belas` … `sembilan
///   belas`, `dua puluh (lima)`, `seratus`, `seribu`, `sejuta`, with a scale (`tiga juta`), and
///   ordinal words (`pertama` … `kesepuluh`); all marked spelled out.
/// - since issue 16 (see `IndonesianQuantityParser`): decades, English month names, bare hours
///   with their part of the day, `-nya`/`-an` on scales, numbers in words with their ambiguity.
///
/// Digits glued to letters are names, not quantities: `G20`, `H5N1`, `COVID-19`, `MH370`
/// (but `ke-10`, the ordinal, is 10).
struct ReferenceIndonesianQuantityParser: QuantityParser, ReferenceQuantityGrammar {
    static let convention = ReferenceNumberConvention(groupSeparator: ".", decimalSeparator: ",", spaceGroups: false)
    static let readsAlternativeThousands = true
    static let readsClockFirst = true

    func quantities(in text: String) -> [Quantity] { scan(text) }

    /// Words digits may be glued to: currency prefixes and the ordinal `ke-`.
    static let allowedBeforeDigits: Set<String> = Set(ReferenceQuantityScanner.prefixWords.keys.map { $0.lowercased() })
        .union(["ke", "pasca", "pra"])

    // MARK: Dates

    static let months: [String: Int] = [
        "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3, "april": 4,
        "apr": 4,
        "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
        "agus": 8,
        "september": 9, "sep": 9, "sept": 9, "okt": 10, "oktober": 10, "november": 11, "nopember": 11, "nov": 11,
        "nop": 11,
        "desember": 12, "des": 12,
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "aug": 8,
        "october": 10, "oct": 10, "december": 12, "dec": 12,
    ]

    static let monthAbbreviations: Set<String> = [
        "jan", "feb", "peb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agust", "agus", "sep", "sept", "okt",
        "nov", "nop", "des", "aug", "oct", "dec",
    ]

    static let weekdays: [String: Int] = [
        "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jum\u{2019}at": 5, "sabtu": 6,
        "minggu": 7, "ahad": 7,
    ]

    /// A capitalised month name at `i` (with the dot of an abbreviation).
    func month(_ s: ReferenceQuantityScanner, _ i: Int) -> (month: Int, end: Int)? {
        guard s.isCapitalized(i), let w = s.word(i), let m = Self.months[w] else { return nil }
        return (m, Self.monthAbbreviations.contains(w) && s.isSymbol(i + 1, ".", glued: true) ? i + 2 : i + 1)
    }

    /// `Jumat (10/5/2024)`, `Jumat, 10 Mei`, `tanggal 10/5`: a date that may be day/month only.
    func weekdayDate(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceQuantityMatch? {
        guard let w = s.word(i) else { return nil }
        var weekday: Int?
        if s.isCapitalized(i), let day = Self.weekdays[w] {
            weekday = day
        } else if !(w == "tanggal" || w == "tgl") {
            return nil
        }
        var j = i + 1
        if w == "tgl", s.isSymbol(j, ".", glued: true) { j += 1 }
        if s.isSymbol(j, ["(", ","]) { j += 1 }
        guard var match = date(s, j, allowDayMonth: true) else { return nil }
        for k in match.quantities.indices { match.quantities[k].weekday = weekday }
        return match
    }

    func date(_ s: ReferenceQuantityScanner, _ i: Int, allowDayMonth: Bool) -> ReferenceQuantityMatch? {
        if s.isDigits(i) {
            if s.isIdentifierDigits(i, allowedBefore: Self.allowedBeforeDigits) { return nil }
            // `1970-an`, `1970an`, `60-an`, `1970s`, `1970's`
            if let n = s.integer(i), n % 10 == 0, let t = s[i], [2, 4].contains(t.text.count) {
                let apostrophe = s.isSymbol(i + 1, ["'", "\u{2019}"], glued: true)
                let hyphen = s.isSymbol(i + 1, "-", glued: true)
                let suffix = apostrophe || hyphen ? i + 2 : i + 1
                let word = s.word(suffix)
                if word == "s" && !hyphen || word == "an" && !apostrophe, s[suffix]!.spaceBefore == false {
                    if t.text.count == 2, n >= 10 {
                        return ReferenceQuantityMatch(
                            [
                                s.quantity(
                                    .decade(.init(century: nil, decade: n)), alternatives: [.number(Decimal(n))],
                                    from: i, to: suffix + 1)
                            ], suffix + 1)
                    }
                    if t.text.count == 4, n >= 1000, n <= 2990 {
                        return ReferenceQuantityMatch(
                            [s.quantity(.decade(.init(year: n)), from: i, to: suffix + 1)], suffix + 1)
                    }
                }
            }
            if let range = s.dayRangeNumericDate(at: i) {
                return ReferenceQuantityMatch(
                    range.dates.map { s.quantity(.date($0), from: i, to: range.end) }, range.end)
            }
            if let numeric = s.numericDate(at: i, ambiguous: false) {
                return ReferenceQuantityMatch([s.quantity(.date(numeric.value), from: i, to: numeric.end)], numeric.end)
            }
            if allowDayMonth, s.isDigits(i, length: 1...2), s.isSymbol(i + 1, "/", glued: true),
                s.isDigits(i + 2, glued: true, length: 1...2),
                !s.isSymbol(i + 3, ["/", "-", "."], glued: true) || !s.isDigits(i + 4, glued: true),
                let d = s.integer(i), let m = s.integer(i + 2), (1...31).contains(d), (1...12).contains(m)
            {
                return ReferenceQuantityMatch(
                    [s.quantity(.date(.init(year: nil, month: m, day: d)), from: i, to: i + 3)], i + 3)
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
            return ReferenceQuantityMatch(quantities, end)
        }
        if let (m, afterMonth) = month(s, i), let year = s.year(at: afterMonth) {
            return ReferenceQuantityMatch(
                [s.quantity(.date(.init(year: year, month: m, day: nil)), from: i, to: afterMonth + 1)], afterMonth + 1)
        }
        if let (m, afterMonth) = month(s, i), let d = s.day(at: afterMonth),
            s.isSymbol(afterMonth + 1, ",", glued: true),
            let year = s.year(at: afterMonth + 2)
        {
            return ReferenceQuantityMatch(
                [s.quantity(.date(.init(year: year, month: m, day: d)), from: i, to: afterMonth + 3)], afterMonth + 3)
        }
        return nil
    }

    // MARK: Times

    /// `pukul`, `pk.`, `jam` before a time.
    static let timeTriggers: Set<String> = ["pukul", "pk", "jam"]

    /// `pagi` … `malam`: how the part of the day moves a 12-hour clock hour.
    func daypart(_ s: ReferenceQuantityScanner, _ i: Int) -> (adjust: (Int) -> Int, end: Int)? {
        guard let w = s.word(i) else { return nil }
        switch w {
        case "pagi": return ({ $0 == 12 ? 0 : $0 }, i + 1)
        case "siang": return ({ $0 <= 6 ? $0 + 12 : $0 }, i + 1)
        case "sore", "petang": return ({ $0 < 12 ? $0 + 12 : $0 }, i + 1)
        case "malam": return ({ $0 == 12 ? 0 : ((6...11).contains($0) ? $0 + 12 : $0) }, i + 1)
        case "dini" where s.word(i + 1) == "hari": return ({ $0 == 12 ? 0 : $0 }, i + 2)
        default: return nil
        }
    }

    /// `WIB`, `WITA`, `WIT`, `GMT`, `UTC`, `waktu setempat` (local: no offset).
    func zone(_ s: ReferenceQuantityScanner, _ i: Int) -> (offset: Int?, end: Int)? {
        if let zone = s.zone(at: i) { return (zone.offset, zone.end) }
        if s.word(i) == "waktu", s.word(i + 1) == "setempat" { return (nil, i + 2) }
        return nil
    }

    /// One time from `i`: clock, part of the day, zone.
    func timeParts(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceTimeParts? {
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
        return ReferenceTimeParts(
            time: Quantity.ClockTime(hour: hour, minute: c.minute, utcOffset: offset), alternative: alternative,
            separator: c.separator, zoned: zoned, hasPeriod: hadDaypart, start: i, end: j)
    }

    func time(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceQuantityMatch? {
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
        var second: ReferenceTimeParts?
        if !first.zoned, let c = connector(s, first.end) {
            var k = c
            if let w = s.word(k), Self.timeTriggers.contains(w) { k += 1 }
            if let t = timeParts(s, k), triggered || t.separator != nil || t.hasPeriod { second = t }
        }
        if !triggered {
            // A bare time must look like one: `15:00`, `15.00` with a zone, `10 pagi`.
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
        var quantities = [first.quantity(in: s)]
        if let second { quantities.append(second.quantity(in: s)) }
        if !triggered {
            // `3 malam` may be "three nights".
            for (k, part) in ([first] + (second.map { [$0] } ?? [])).enumerated() where part.separator == nil {
                quantities[k].alternatives.append(.number(Decimal(s.integer(part.start)!)))
            }
        }
        return ReferenceQuantityMatch(quantities, second?.end ?? first.end)
    }

    // MARK: Amounts

    static let plainScales: [String: Decimal] = [
        "ratus": 100, "ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000, "miliar": 1_000_000_000,
        "milyar": 1_000_000_000, "miliard": 1_000_000_000, "milyard": 1_000_000_000, "triliun": 1_000_000_000_000,
        "trilyun": 1_000_000_000_000, "trilliun": 1_000_000_000_000,
    ]

    /// A scale word, or one with `-nya` or `-an` (not `rb`, `jt`).
    static func scaleFactor(_ word: String) -> Decimal? {
        if let factor = plainScales[word] { return factor }
        for suffix in ["nya", "an"] where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count))
            if stem != "rb", stem != "jt", let factor = plainScales[stem] { return factor }
        }
        return nil
    }

    /// Only after a currency amount, with these capitals: `Rp5 M` is 5 miliar, `Rp2,3 T` 2,3 triliun.
    static let currencyScales: [String: Decimal] = ["M": 1_000_000_000, "T": 1_000_000_000_000]

    func scale(_ s: ReferenceQuantityScanner, _ i: Int, afterCurrency: Bool = false) -> (scale: Decimal, end: Int)? {
        guard let t = s[i], t.kind == .word else { return nil }
        if afterCurrency, let factor = Self.currencyScales[String(t.text)] {
            return (factor, i + 1)
        }
        guard let factor = Self.scaleFactor(t.lower) else { return nil }
        return (factor, (t.lower == "rb" || t.lower == "jt") && s.isSymbol(i + 1, ".", glued: true) ? i + 2 : i + 1)
    }

    /// `%`, `persen` (`persen poin`), `poin persentase`.
    func percent(_ s: ReferenceQuantityScanner, _ i: Int) -> Int? {
        if s.isSymbol(i, "%") { return i + 1 }
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
    func currencySuffix(_ s: ReferenceQuantityScanner, _ i: Int) -> (currency: String, end: Int)? {
        guard let t = s[i], t.kind == .word else { return nil }
        if ReferenceQuantityScanner.suffixCodes.contains(String(t.text)) { return (String(t.text), i + 1) }
        if t.lower == "dolar" || t.lower == "dollar" {
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
        if let code = Self.currencyWords[t.lower] {
            return (code, t.lower == "pound" && s.word(i + 1) == "sterling" ? i + 2 : i + 1)
        }
        return nil
    }

    /// Words and symbols between the two ends of a range: `-`, `–`, `hingga`, `sampai
    /// (dengan)`, `s.d.`, `s/d`, `dan`, `atau`. Returns the index after it.
    func connector(_ s: ReferenceQuantityScanner, _ i: Int) -> Int? {
        if s.isSymbol(i, ["-", "\u{2013}", "\u{2014}"]) { return i + 1 }
        guard let w = s.word(i) else { return nil }
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

    static let units: [String: Int] = [
        "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
        "sembilan": 9,
    ]
    static let ordinals: [String: Int] = [
        "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
        "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11, "keseratus": 100, "keseribu": 1_000,
    ]
    static let approximatePlurals: [String: Decimal] = [
        "puluhan": 10, "belasan": 10, "lusinan": 10, "ratusan": 100, "ribuan": 1_000, "jutaan": 1_000_000,
        "miliaran": 1_000_000_000, "milyaran": 1_000_000_000, "triliunan": 1_000_000_000_000,
    ]
    static let oneOfScale: [String: Decimal] = [
        "seribu": 1_000, "sejuta": 1_000_000, "semiliar": 1_000_000_000, "semilyar": 1_000_000_000,
        "setriliun": 1_000_000_000_000,
    ]

    /// `berdua`, `keduanya` … `bersepuluh`, `kesepuluhnya`.
    static func collective(_ w: String) -> Int? {
        if w == "bersepuluh" || w == "kesepuluhnya" { return 10 }
        if w.hasPrefix("ber"), let u = units[String(w.dropFirst(3))], u >= 2 { return u }
        if w.hasPrefix("ke"), w.hasSuffix("nya"), let u = units[String(w.dropFirst(2).dropLast(3))], u >= 2 {
            return u
        }
        return nil
    }

    /// `duapuluh` 20, `tigabelas` 13.
    static func gluedTens(_ w: String) -> Int? {
        for (suffix, tens) in [("puluh", true), ("belas", false)] where w.hasSuffix(suffix) {
            if let u = units[String(w.dropLast(suffix.count))], u >= 2 { return tens ? u * 10 : 10 + u }
        }
        return nil
    }

    /// 1–99 after an optional hundred, at `j`: its value and end.
    func tensAndUnits(_ s: ReferenceQuantityScanner, _ j: Int, alone: Bool) -> (Int, Int)? {
        guard let w = s.word(j) else { return nil }
        if w == "sepuluh" { return (10, j + 1) }
        if w == "sebelas" { return (11, j + 1) }
        if let g = Self.gluedTens(w) {
            if g % 10 == 0, g >= 20, let v = s.word(j + 1).flatMap({ Self.units[$0] }), v >= 1 { return (g + v, j + 2) }
            return (g, j + 1)
        }
        guard let u = Self.units[w], u >= 1 || alone else { return nil }
        if u >= 2, s.word(j + 1) == "belas" { return (10 + u, j + 2) }
        if u >= 2, s.word(j + 1) == "puluh" {
            if let v = s.word(j + 2).flatMap({ Self.units[$0] }), v >= 1 { return (u * 10 + v, j + 3) }
            return (u * 10, j + 2)
        }
        return (u, j + 1)
    }

    /// 1–999 (or `nol`) at `i`.
    func group(_ s: ReferenceQuantityScanner, _ i: Int) -> (Int, Int)? {
        var hundreds = 0
        var j = i
        if s.word(i) == "seratus" {
            hundreds = 100
            j = i + 1
        } else if let u = s.word(i).flatMap({ Self.units[$0] }), u >= 1, s.word(i + 1) == "ratus" {
            hundreds = u * 100
            j = i + 2
        }
        if let (v, end) = tensAndUnits(s, j, alone: hundreds == 0) { return (hundreds + v, end) }
        return hundreds > 0 ? (hundreds, j) : nil
    }

    func words(_ s: ReferenceQuantityScanner, _ i: Int) -> ReferenceQuantityMatch? {
        guard let w = s.word(i) else { return nil }
        let name = s.mayBeName(i)
        if let n = Self.ordinals[w] ?? Self.collective(w) {
            return ReferenceQuantityMatch(
                [s.quantity(.number(Decimal(n)), from: i, to: i + 1, spelledOut: true, ambiguous: true)], i + 1)
        }
        var magnitude: Decimal? = Self.approximatePlurals[w]
        var j = i + 1
        if w == "beberapa" {
            if s.word(j) == "puluh" {
                magnitude = 10
                j += 1
            } else if let sc = scale(s, j) {
                magnitude = sc.scale
                j = sc.end
            } else {
                return nil
            }
        }
        if var magnitude {
            if let sc = scale(s, j), sc.scale >= 1_000, sc.scale > magnitude {
                magnitude *= sc.scale
                j = sc.end
            }
            return ReferenceQuantityMatch(
                [
                    s.quantity(
                        .approximate(magnitude), alternatives: w == "belasan" ? [.number(10), .number(12)] : [],
                        from: i, to: j, spelledOut: true, ambiguous: name)
                ], j)
        }
        if let u = Self.units[w], u >= 2, s.word(i + 1) == "puluhan" {
            return ReferenceQuantityMatch(
                [
                    s.quantity(
                        .decade(.init(century: nil, decade: u * 10)), alternatives: [.number(Decimal(u * 10))],
                        from: i, to: i + 2, spelledOut: true, ambiguous: name)
                ], i + 2)
        }
        // Groups with falling scales, or dozens.
        var total: Decimal = 0
        var end = i
        var lastScale: Decimal = 1e18
        if w == "selusin" {
            total = 12
            end = i + 1
            lastScale = 0
        }
        while lastScale > 0 {
            if let word = s.word(end), let one = Self.oneOfScale[word], one < lastScale {
                total += one
                lastScale = one
                end += 1
                continue
            }
            guard let (g, groupEnd) = group(s, end) else { break }
            if s.word(groupEnd) == "lusin", lastScale == 1e18 {
                total += Decimal(g * 12)
                end = groupEnd + 1
                break
            }
            if let sc = scale(s, groupEnd), sc.scale >= 1_000, sc.scale < lastScale {
                total += Decimal(g) * sc.scale
                lastScale = sc.scale
                end = sc.end
                continue
            }
            total += Decimal(g)
            end = groupEnd
            break
        }
        guard end > i else { return nil }
        let ambiguous = name || s.isHyphenatedWord(end) || (end == i + 1 && (w == "satu" || w == "nol"))
        if end == i + 1, let sc = scale(s, end), sc.scale < 1_000 {
            total *= sc.scale
            end = sc.end
        }
        let quantity: Quantity
        if let e = percent(s, end) {
            quantity = s.quantity(.percent(total), from: i, to: e, spelledOut: true, ambiguous: ambiguous)
            end = e
        } else if let c = currencySuffix(s, end) {
            quantity = s.quantity(
                .money(total, currency: c.currency), alternatives: [.number(total)], from: i, to: c.end,
                spelledOut: true, ambiguous: ambiguous)
            end = c.end
        } else {
            quantity = s.quantity(.number(total), from: i, to: end, spelledOut: true, ambiguous: ambiguous)
        }
        return ReferenceQuantityMatch([quantity], end)
    }
}
