import Foundation

/// Numbers written in English words.
///
/// - cardinals: `zero` … `nineteen`, `twenty` … `ninety` (`twenty-five`, `twenty five`),
///   `a`/`one`/`two … hundred (and fifty)`, `fifteen hundred`, groups with scales (`two hundred
///   fifty thousand`, `three million`, `a billion`), `a dozen`, `two dozen`;
/// - plurals of scale words, an order of magnitude (`Quantity.Value.approximate`): `dozens`,
///   `tens of`, `scores of`, `hundreds`, `thousands`, `millions`, `billions`, `trillions`, with
///   a larger one (`tens of thousands`, `hundreds of millions`); `several hundred`, `a few
///   thousand` are `hundreds`, `thousands`;
/// - decades: `twenties` … `nineties` (`the Sixties`, `in his sixties`);
/// - ordinals `first` … `twentieth`, `twenty-first`, `hundredth`, multiplicatives `twice`,
///   `double(d)`, `threefold`, and `both`, `couple`, `pair`, `decade`, `century`.
///
/// All are spelled out. Ambiguous (matched, never reported): `one` and `zero` alone (the pronoun,
/// `zero tolerance`), ordinals (`second` is also a unit of time), multiplicatives (`twice` is
/// `dua kali`), `both`, `couple`, `pair`, `decade(s)`, `century`/`centuries` (`seratus tahun`),
/// `scores of`, `teens`, and a capitalised word inside a sentence or before another one (`the
/// Group of Seven`, `Six Million Dollar Man`).
extension EnglishQuantityParser {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]
    static let teens: [String: Int] = [
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Ordinals and multiplicatives: a number that may stand for something else.
    static let ambiguousWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
        "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000, "twice": 2, "thrice": 3, "double": 2,
        "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4, "twofold": 2, "threefold": 3,
        "fourfold": 4, "fivefold": 5, "tenfold": 10, "both": 2, "couple": 2, "pair": 2, "decade": 10, "century": 100,
        "millennium": 1_000,
    ]

    /// Plurals of scale words: an order of magnitude.
    static let approximatePlurals: [String: Decimal] = [
        "tens": 10, "dozens": 10, "scores": 10, "teens": 10, "decades": 10, "hundreds": 100, "centuries": 100,
        "thousands": 1_000, "millennia": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
        "trillions": 1_000_000_000_000,
    ]

    /// `scores` (also "many"), `teens` (also "teenagers"), `decades`, `centuries` (of years).
    static let ambiguousPlurals: Set<String> = ["scores", "teens", "decades", "centuries", "millennia"]

    static let decadeWords: [String: Int] = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
        "nineties": 90,
    ]

    /// The words a number in words starts with.
    static let numberWords: Set<String> = Set(units.keys).union(teens.keys).union(tens.keys)
        .union(ambiguousWords.keys).union(approximatePlurals.keys).union(decadeWords.keys)
        .union(["a", "an", "several"])

    /// A word that every quantity written without digits and not ambiguous has: its first
    /// word, or the scale word after `a`, `one`, `zero`, `several` (`a hundred`, `one million`,
    /// `a dozen`). A text with none of them has nothing to report (see
    /// `NumbersCheck.mismatches`).
    static var reportableWords: Set<String> {
        numberWords.subtracting(["a", "an", "one", "zero", "several"])
            .subtracting(ambiguousWords.keys).subtracting(ambiguousPlurals).union(scales.keys).union(["dozen"])
    }
    static let reportableWordFinder = WordFinder(reportableWords)

    /// 1–99 in words at `i`: `seven`, `fifteen`, `forty`, `forty-two`, `forty two`.
    func belowHundred(_ s: QuantityScanner, _ i: Int) -> (value: Int, end: Int)? {
        guard let w = s.word(i) else { return nil }
        if let n = Self.teens[w] { return (n, i + 1) }
        if let n = Self.tens[w] {
            if s.isSymbol(i + 1, "-", glued: true), let t = s[i + 2], !t.spaceBefore, let u = s.word(i + 2),
                let unit = Self.units[u], unit >= 1
            {
                return (n + unit, i + 3)
            }
            if let u = s.word(i + 1), let unit = Self.units[u], unit >= 1 { return (n + unit, i + 2) }
            return (n, i + 1)
        }
        if let n = Self.units[w] { return (n, i + 1) }
        return nil
    }

    /// 1–999 in words at `i`: `a hundred`, `two hundred (and) fifty`, `fifteen hundred`, `forty`.
    func group(_ s: QuantityScanner, _ i: Int) -> (value: Int, end: Int)? {
        var multiplier: (value: Int, end: Int)?
        if s.isWord(i, ["a", "an"]) {
            multiplier = (1, i + 1)
        } else {
            multiplier = belowHundred(s, i)
        }
        guard let m = multiplier else { return nil }
        guard s.word(m.end) == "hundred" else { return s.isWord(i, ["a", "an"]) ? nil : m }
        var value = m.value * 100
        var j = m.end + 1
        if let rest = belowHundred(s, s.word(j) == "and" ? j + 1 : j), rest.value >= 1 {
            value += rest.value
            j = rest.end
        }
        return (value, j)
    }

    /// A cardinal in words at `i`: groups with falling scales (`two million three hundred
    /// thousand`, `a billion`), or dozens (`a dozen`, `two dozen`).
    func cardinal(_ s: QuantityScanner, _ i: Int) -> (value: Decimal, end: Int)? {
        var total: Decimal = 0
        var j = i
        var lastScale: Decimal?
        while true {
            let article = s.isWord(j, ["a", "an"])
            guard let g = group(s, j) ?? (article ? (1, j + 1) : nil) else { break }
            if s.word(g.end) == "dozen", lastScale == nil {
                total += Decimal(g.value * 12)
                j = g.end + 1
                break
            }
            if let sc = scale(s, g.end, afterCurrency: false), sc.scale >= 1_000,
                lastScale.map({ sc.scale < $0 }) ?? true
            {
                total += Decimal(g.value) * sc.scale
                lastScale = sc.scale
                j = sc.end
                continue
            }
            // `a` alone is no number.
            if article, g.end == j + 1 { break }
            total += Decimal(g.value)
            j = g.end
            break
        }
        return j > i ? (total, j) : nil
    }

    func words(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard let w = s.word(i) else { return nil }
        // `a`, `an` only before `hundred`, `dozen`, `few` or a scale word.
        if w == "a" || w == "an" {
            guard let next = s.word(i + 1),
                next == "hundred" || next == "dozen" || next == "few" || scale(s, i + 1, afterCurrency: false) != nil
            else { return nil }
        }
        let name = s.mayBeName(i)
        // `twenty-first`
        if let tens = Self.tens[w], s.isSymbol(i + 1, "-", glued: true), let t = s[i + 2], !t.spaceBefore,
            let o = s.word(i + 2), let ordinal = Self.ambiguousWords[o], ordinal <= 9
        {
            return QuantityMatch(
                [s.quantity(.number(Decimal(tens + ordinal)), from: i, to: i + 3, spelledOut: true, ambiguous: true)],
                i + 3)
        }
        if let n = Self.ambiguousWords[w] {
            return QuantityMatch(
                [s.quantity(.number(Decimal(n)), from: i, to: i + 1, spelledOut: true, ambiguous: true)], i + 1)
        }
        if let tens = Self.decadeWords[w] {
            return QuantityMatch(
                [
                    s.quantity(
                        .decade(.init(century: nil, decade: tens)), from: i, to: i + 1, spelledOut: true,
                        ambiguous: name)
                ], i + 1)
        }
        // `hundreds`, `tens of thousands`, `several hundred`, `a few thousand`.
        var magnitude = Self.approximatePlurals[w]
        var j = i + 1
        if magnitude != nil, w == "tens" || w == "scores", s.word(j) != "of" { return nil }
        let several = w == "several" ? j : (s.isWord(i, ["a"]) && s.word(j) == "few" ? j + 1 : nil)
        if let several {
            if let sc = scale(s, several, afterCurrency: false), sc.scale >= 100 {
                magnitude = sc.scale
                j = sc.end
            } else if s.word(several) == "dozen" {
                magnitude = 10
                j = several + 1
            } else {
                return nil
            }
        }
        if var magnitude {
            if s.word(j) == "of", let next = s.word(j + 1), let larger = Self.approximatePlurals[next],
                larger >= 1_000, larger > magnitude
            {
                magnitude *= larger
                j += 2
            } else if several != nil, let sc = scale(s, j, afterCurrency: false), sc.scale > magnitude {
                // `several hundred thousand`
                magnitude *= sc.scale
                j = sc.end
            }
            let ambiguous = name || Self.ambiguousPlurals.contains(w)
            return QuantityMatch(
                [s.quantity(.approximate(magnitude), from: i, to: j, spelledOut: true, ambiguous: ambiguous)], j)
        }
        guard let (value, end) = cardinal(s, i) else { return nil }
        let ambiguous = name || (end == i + 1 && (w == "one" || w == "zero"))
        return spelledOutAmount(s, value, from: i, to: end, ambiguous: ambiguous)
    }
}
