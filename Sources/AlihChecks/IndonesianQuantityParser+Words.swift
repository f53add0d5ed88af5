import Foundation

/// Numbers written in Indonesian words.
///
/// - cardinals: `nol`, `satu` … `sembilan`, `sepuluh`, `sebelas`, `dua belas` … `sembilan
///   belas`, `dua puluh (lima)`, `seratus`, `dua ratus (lima puluh)`, `seribu`, `sejuta`,
///   `semiliar`, and groups with scales: `dua ratus lima puluh ribu`, `tiga juta`; `duapuluh`,
///   `duabelas` written as one word; `selusin` 12, `dua lusin` 24;
/// - plurals of scale words, an order of magnitude (`Quantity.Value.approximate`): `puluhan`
///   (tens, "dozens"), `belasan` (a dozen or so), `ratusan`, `ribuan`, `jutaan`, `miliaran`,
///   `triliunan`, `lusinan`, with a scale (`puluhan ribu`, `ratusan juta`); `beberapa ratus`
///   "several hundred" is `ratusan`;
/// - decades: `enam puluhan` "the sixties, sixty-odd";
/// - ordinals `pertama`, `kesatu` … `kesepuluh`, collectives `berdua` … `bersepuluh`,
///   `keduanya` … `kesepuluhnya`.
///
/// All are spelled out. Ambiguous (matched, never reported): `satu` and `nol` alone (`salah
/// satu`, `satu per satu`, `dari nol`), ordinals (`kedua` is also "both"), collectives, a
/// word followed by a hyphen and a word (`satu-satunya`, `dua-duanya`), and a capitalised word
/// inside a sentence or before another one (`Lima`, Peru's capital; a title-case headline).
extension IndonesianQuantityParser {
    static let units: [String: Int] = [
        "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
        "sembilan": 9,
    ]

    /// Tens and teens written as one word: `duapuluh`, `duabelas`.
    static let gluedTens: [String: Int] = Dictionary(
        uniqueKeysWithValues: units.filter { $0.value >= 2 }.flatMap { word, unit in
            [(word + "puluh", unit * 10), (word + "belas", 10 + unit)]
        })

    /// `seratus`, `seribu`, `sejuta`, `semiliar`, `setriliun`: one of a scale.
    static let oneOfScale: [String: Decimal] = [
        "seratus": 100, "seribu": 1_000, "sejuta": 1_000_000, "semiliar": 1_000_000_000, "semilyar": 1_000_000_000,
        "setriliun": 1_000_000_000_000,
    ]

    static let ordinals: [String: Int] = [
        "pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
        "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11, "keseratus": 100, "keseribu": 1_000,
    ]

    /// `berdua` "the two of them", `keduanya` "both of them, the two".
    static let collectives: [String: Int] = Dictionary(
        uniqueKeysWithValues: units.filter { $0.value >= 2 }.flatMap { word, unit in
            [("ber" + word, unit), ("ke" + word + "nya", unit)]
        } + [("bersepuluh", 10), ("kesepuluhnya", 10)])

    /// Plurals of scale words: an order of magnitude.
    static let approximatePlurals: [String: Decimal] = [
        "puluhan": 10, "belasan": 10, "lusinan": 10, "ratusan": 100, "ribuan": 1_000, "jutaan": 1_000_000,
        "miliaran": 1_000_000_000, "milyaran": 1_000_000_000, "triliunan": 1_000_000_000_000,
    ]

    /// What a word is to the grammar of numbers in words.
    enum NumberWord {
        /// `nol` … `sembilan`.
        case unit(Int)
        /// `sepuluh` 10, `sebelas` 11, and tens and teens written as one word (`duapuluh`).
        case tens(Int)
        /// `seratus`.
        case hundred
        /// `seribu`, `sejuta`, `semiliar`, `setriliun`.
        case oneOfScale(Decimal)
        /// `selusin`.
        case dozen
        /// An ordinal or a collective (`kedua`, `berdua`, `keduanya`).
        case ambiguous(Int)
        /// A plural of a scale word (`puluhan`, `ratusan`).
        case approximate(Decimal)
        /// `beberapa` "several", before a scale word.
        case several
    }

    /// Every word a number in words starts with, and what it is.
    static let numberWordTable: [String: NumberWord] = {
        var table: [String: NumberWord] = ["sepuluh": .tens(10), "sebelas": .tens(11), "seratus": .hundred]
        table["selusin"] = .dozen
        table["beberapa"] = .several
        for (word, unit) in units { table[word] = .unit(unit) }
        for (word, tens) in gluedTens { table[word] = .tens(tens) }
        for (word, scale) in oneOfScale where word != "seratus" { table[word] = .oneOfScale(scale) }
        for (word, n) in ordinals.merging(collectives, uniquingKeysWith: { a, _ in a }) { table[word] = .ambiguous(n) }
        for (word, magnitude) in approximatePlurals { table[word] = .approximate(magnitude) }
        return table
    }()

    /// The words a number in words starts with.
    static var numberWords: Set<String> { Set(numberWordTable.keys) }

    /// A word that every quantity written without digits and not ambiguous has: its first
    /// word, or the scale word after `satu`, `nol` or `beberapa` (`satu juta`, `beberapa ratus`).
    /// A text with none of them has nothing to report (see `NumbersCheck.mismatches`).
    static var reportableWords: Set<String> {
        numberWords.subtracting(["satu", "nol", "beberapa"]).subtracting(ordinals.keys)
            .subtracting(collectives.keys).union(scales.keys).union(["puluh", "lusin"])
    }
    static let reportableWordFinder = WordFinder(reportableWords)

    /// The number word at `i`.
    func numberWord(_ s: QuantityScanner, _ i: Int) -> NumberWord? {
        guard let w = s.word(i) else { return nil }
        return Self.numberWordTable[w]
    }

    /// A number from 1 to 999 in words at `i`, whose number word is `word`: hundreds, then tens
    /// or teens, then units.
    func group(_ s: QuantityScanner, _ i: Int, _ word: NumberWord?) -> (value: Int, end: Int)? {
        var value = 0
        var j = i
        var word = word
        if case .hundred? = word {
            value = 100
            j += 1
            word = numberWord(s, j)
        } else if case .unit(let u)? = word, u >= 1, s.word(j + 1) == "ratus" {
            value = u * 100
            j += 2
            word = numberWord(s, j)
        }
        switch word {
        case .tens(let tens)?:
            value += tens
            j += 1
            if tens >= 20, tens % 10 == 0, case .unit(let u)? = numberWord(s, j), u >= 1 {
                value += u
                j += 1
            }
            return (value, j)
        case .unit(let u)? where u >= 1 || value == 0:
            if u >= 2 {
                let next = s.word(j + 1)
                if next == "belas" { return (value + 10 + u, j + 2) }
                if next == "puluh" {
                    value += u * 10
                    j += 2
                    if case .unit(let v)? = numberWord(s, j), v >= 1 {
                        value += v
                        j += 1
                    }
                    return (value, j)
                }
            }
            return (value + u, j + 1)
        default:
            return j > i ? (value, j) : nil
        }
    }

    /// A cardinal in words at `i`, whose number word is `first`: groups with falling scales
    /// (`dua juta tiga ratus ribu`), or dozens (`selusin`, `dua lusin`).
    func cardinal(_ s: QuantityScanner, _ i: Int, _ first: NumberWord) -> (value: Decimal, end: Int)? {
        if case .dozen = first { return (12, i + 1) }
        var total: Decimal = 0
        var j = i
        var word: NumberWord? = first
        var lastScale: Decimal?
        while true {
            if case .oneOfScale(let one)? = word, lastScale.map({ one < $0 }) ?? true {
                total += one
                lastScale = one
                j += 1
                word = numberWord(s, j)
                continue
            }
            guard let g = group(s, j, word) else { break }
            if lastScale == nil, s.word(g.end) == "lusin" {
                total += Decimal(g.value * 12)
                j = g.end + 1
                break
            }
            if let sc = scale(s, g.end), sc.scale >= 1_000, lastScale.map({ sc.scale < $0 }) ?? true {
                total += Decimal(g.value) * sc.scale
                lastScale = sc.scale
                j = sc.end
                word = numberWord(s, j)
                continue
            }
            total += Decimal(g.value)
            j = g.end
            break
        }
        return j > i ? (total, j) : nil
    }

    func words(_ s: QuantityScanner, _ i: Int) -> QuantityMatch? {
        guard let w = s.word(i), let kind = Self.numberWordTable[w] else { return nil }
        let name = s.mayBeName(i)
        var magnitude: Decimal?
        var j = i + 1
        switch kind {
        case .ambiguous(let n):
            return QuantityMatch(
                [s.quantity(.number(Decimal(n)), from: i, to: i + 1, spelledOut: true, ambiguous: true)], i + 1)
        case .approximate(let m):
            magnitude = m
        case .several:
            // `beberapa ratus` is `ratusan`.
            if s.word(j) == "puluh" {
                magnitude = 10
                j += 1
            } else if let sc = scale(s, j) {
                magnitude = sc.scale
                j = sc.end
            } else {
                return nil
            }
        case .unit(let u) where u >= 2 && s.word(i + 1) == "puluhan":
            // `enam puluhan`: the sixties, or sixty-odd.
            let tens = u * 10
            return QuantityMatch(
                [
                    s.quantity(
                        .decade(.init(century: nil, decade: tens)), alternatives: [.number(Decimal(tens))], from: i,
                        to: i + 2, spelledOut: true, ambiguous: name)
                ], i + 2)
        default:
            break
        }
        if var magnitude {
            // `puluhan ribu`
            if let sc = scale(s, j), sc.scale >= 1_000, sc.scale > magnitude {
                magnitude *= sc.scale
                j = sc.end
            }
            let alternatives: [Quantity.Value] = w == "belasan" ? [.number(10), .number(12)] : []
            return QuantityMatch(
                [
                    s.quantity(
                        .approximate(magnitude), alternatives: alternatives, from: i, to: j, spelledOut: true,
                        ambiguous: name)
                ], j)
        }
        guard var (value, end) = cardinal(s, i, kind) else { return nil }
        // `satu`, `nol` alone; `satu-satunya`, `dua-tiga`; a name.
        let ambiguous = name || s.isHyphenatedWord(end) || (end == i + 1 && (w == "satu" || w == "nol"))
        if end == i + 1, let sc = scale(s, end), sc.scale < 1_000 {
            // `tiga ratusan`
            value *= sc.scale
            end = sc.end
        }
        return spelledOutAmount(s, value, from: i, to: end, ambiguous: ambiguous)
    }
}
