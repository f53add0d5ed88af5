/// Indonesian derivational prefixes and the sound changes they cause, undone.
///
/// `strip("menarik")` gives every (rest, prefix) pair the rules allow — `("tarik", "meN-")`
/// and `("narik", "meN-")` among them — and the lexicon decides which root is real.
/// meN- and peN- assimilate to the root's first sound: *mem*- before b/f/v/p (p is dropped:
/// *memukul* ← *pukul*), *men*- before c/d/j/z/t (t is dropped: *menarik* ← *tarik*),
/// *meny*- for s (*menyetujui* ← *setujui*), *meng*- before vowels, g, h, k (k is dropped:
/// *mengatakan* ← *katakan*), *menge*- before one-syllable roots (*mengebom*), and plain *me*-
/// before l, m, n, ny, ng, r, w, y. ber-, ter- and per- lose their r before an r-root
/// (*berenang*, *terasa*) and become *bel*-/*pel*- before *ajar*.
package enum IndonesianPrefixes {
    package static func strip(_ word: String) -> [(rest: String, prefix: String, reduced: Bool)] {
        // An ASCII word (nearly every Indonesian word) is read as bytes; any other as
        // Characters. The rules are the same code for both.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return strip(Array(word.utf8)) { String(decoding: $0, as: UTF8.self) }
        }
        return strip(Array(word)) { String($0) }
    }

    private static func strip<Letter: PrefixLetter>(
        _ w: [Letter], _ string: ([Letter]) -> String
    ) -> [(rest: String, prefix: String, reduced: Bool)] {
        var out: [(String, String, Bool)] = []
        w.withUnsafeBufferPointer { letters in
            forEachStrip(of: WordLetters(letters: letters)) { strip in
                var rest: [Letter] = strip.restoredFirst.map { [$0] } ?? []
                rest += letters[strip.dropped...]
                out.append((string(rest), strip.prefix.name, strip.reduced))
            }
        }
        return out
    }

    /// A prefix this type strips.
    enum Prefix: UInt8, CaseIterable {
        case di, ke, se, kau, ku, ber, ter, per, meN, peN

        /// As the lemmatizer writes it in an analysis's affixes (`meN-`).
        var name: String {
            switch self {
            case .di: "di-"
            case .ke: "ke-"
            case .se: "se-"
            case .kau: "kau-"
            case .ku: "ku-"
            case .ber: "ber-"
            case .ter: "ter-"
            case .per: "per-"
            case .meN: "meN-"
            case .peN: "peN-"
            }
        }
    }

    /// One way to strip a prefix from a word: the rest is `restoredFirst` (a root's first
    /// sound a nasal replaced: p, s, k or t), if any, then the word's letters after `dropped`.
    struct Strip<Letter> {
        var restoredFirst: Letter?
        var dropped: Int
        var prefix: Prefix
        /// The prefix in a reduced form (be- for ber- before r …).
        var reduced: Bool
    }

    /// ber-, ter-, per-: the full prefix, its short form.
    private static let berTerPer: [(full: StaticString, short: StaticString, prefix: Prefix)] = [
        ("ber", "be", .ber), ("ter", "te", .ter), ("per", "pe", .per),
    ]

    /// meN- and peN-: how they start.
    private static let nasalPrefixes: [(start: StaticString, prefix: Prefix)] = [("me", .meN), ("pe", .peN)]

    /// Calls `body` with every way the rules allow to strip a prefix from `w`, in a fixed order.
    ///
    /// Where the rules put a nasal's own letters back (*m*+*ukul* for *memukul*, *ny*+*etujui*,
    /// *ng*+*atakan*, *n*+*arik*), the rest is the word from the nasal on.
    static func forEachStrip<Word: PrefixLetters>(of w: Word, _ body: (Strip<Word.Letter>) -> Void) {
        typealias Letter = Word.Letter
        let count = w.count
        func starts(at start: Int = 0, _ prefix: StaticString) -> Bool {
            guard count >= start + prefix.utf8CodeUnitCount else { return false }
            var i = start
            var same = true
            prefix.withUTF8Buffer { bytes in
                for byte in bytes where same {
                    same = w[i] == Letter(ascii: byte)
                    i += 1
                }
            }
            return same
        }
        func at(_ i: Int) -> Letter? { i < count ? w[i] : nil }
        func isOneOf(_ letter: Letter, _ letters: StaticString) -> Bool {
            letters.withUTF8Buffer { $0.contains { Letter(ascii: $0) == letter } }
        }
        func add(_ dropped: Int, _ prefix: Prefix, restoring first: UInt8? = nil, reduced: Bool = false) {
            body(
                Strip(restoredFirst: first.map(Letter.init(ascii:)), dropped: dropped, prefix: prefix, reduced: reduced)
            )
        }
        let r = Letter(ascii: UInt8(ascii: "r"))

        if starts("di") { add(2, .di) }
        if starts("ke") { add(2, .ke) }
        if starts("se") { add(2, .se) }
        if starts("kau") { add(3, .kau) } else if starts("ku") { add(2, .ku) }

        // ber-, ter-, per- (and be-/te-/pe- before r or a C+er syllable; bel-/pel- before ajar)
        for (full, short, prefix) in Self.berTerPer {
            if starts(full) { add(3, prefix) }
            guard starts(short) else { continue }
            if at(2) == r { add(2, prefix, reduced: true) }
            if let c = at(2), c.isConsonant, c != r, at(3) == Letter(ascii: UInt8(ascii: "e")), at(4) == r {
                add(2, prefix, reduced: true)
            }
            if starts(at: 2, "lajar") { add(3, prefix) }
        }

        // meN- and peN-
        for (base, prefix) in Self.nasalPrefixes where starts(base) {
            guard let first = at(2) else { continue }
            if isOneOf(first, "lrwy") { add(2, prefix) }
            let nasalM = first == Letter(ascii: UInt8(ascii: "m"))
            if nasalM, let c = at(3) {
                if isOneOf(c, "bfvp") { add(3, prefix) }
                if c.isVowel {
                    add(3, prefix, restoring: UInt8(ascii: "p"))
                    add(2, prefix)  // m + the rest
                }
            }
            if starts(at: 2, "ny") {
                if let c = at(4), c.isVowel {
                    add(4, prefix, restoring: UInt8(ascii: "s"))
                    add(2, prefix)  // ny + the rest
                }
            } else if starts(at: 2, "nge") {
                add(5, prefix)  // menge- + one-syllable root
                add(4, prefix)  // meng- + e-root
                add(4, prefix, restoring: UInt8(ascii: "k"))
            } else if starts(at: 2, "ng") {
                if let c = at(4) {
                    if c.isVowel {
                        add(4, prefix)
                        add(4, prefix, restoring: UInt8(ascii: "k"))
                        add(2, prefix)  // ng + the rest
                    }
                    if isOneOf(c, "ghk") { add(4, prefix) }
                }
            } else if first == Letter(ascii: UInt8(ascii: "n")) {
                if let c = at(3) {
                    if isOneOf(c, "cdjzts") { add(3, prefix) }
                    if c.isVowel {
                        add(3, prefix, restoring: UInt8(ascii: "t"))
                        add(2, prefix)  // n + the rest
                    }
                }
            }
            if nasalM, let c = at(3), c.isVowel == false { add(2, prefix) }
        }
    }
}

/// A letter of a word as `IndonesianPrefixes` reads it: a byte of an ASCII word, or a
/// Character of any other.
protocol PrefixLetter: Equatable {
    init(ascii: UInt8)
    var isVowel: Bool { get }
    var isConsonant: Bool { get }
}

extension UInt8: PrefixLetter {
    init(ascii: UInt8) { self = ascii }
    var isVowel: Bool { self == 0x61 || self == 0x65 || self == 0x69 || self == 0x6F || self == 0x75 }
    /// An ASCII letter that is not a (lowercase) vowel, as `Character.isLetter` judges ASCII.
    var isConsonant: Bool { (0x61...0x7A).contains(self | 0x20) && !isVowel }
}

extension Character: PrefixLetter {
    init(ascii: UInt8) { self = Character(Unicode.Scalar(ascii)) }
    var isVowel: Bool { "aeiou".contains(self) }
    var isConsonant: Bool { isLetter && !isVowel }
}

/// The letters of a word or candidate root as `IndonesianPrefixes` reads them.
protocol PrefixLetters {
    associatedtype Letter: PrefixLetter
    var count: Int { get }
    subscript(_ i: Int) -> Letter { get }
}

/// A word's letters, as they are.
struct WordLetters<Letter: PrefixLetter>: PrefixLetters {
    let letters: UnsafeBufferPointer<Letter>
    var count: Int { letters.count }
    subscript(_ i: Int) -> Letter { letters[i] }
}
