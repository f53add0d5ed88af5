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

    /// ber-, ter-, per-: the full prefix, its short form and its name.
    private static let berTerPer = [("ber", "be", "ber-"), ("ter", "te", "ter-"), ("per", "pe", "per-")]

    private static func strip<Letter: PrefixLetter>(
        _ w: [Letter], _ string: (ArraySlice<Letter>) -> String
    ) -> [(rest: String, prefix: String, reduced: Bool)] {
        var out: [(String, String, Bool)] = []
        func rest(_ n: Int) -> String { string(w.dropFirst(n)) }
        func starts(at start: Int = 0, _ prefix: String) -> Bool {
            guard w.count >= start + prefix.utf8.count else { return false }
            var i = start
            for byte in prefix.utf8 {
                if w[i] != Letter(ascii: byte) { return false }
                i += 1
            }
            return true
        }
        func at(_ i: Int) -> Letter? { i < w.count ? w[i] : nil }
        func isOneOf(_ letter: Letter, _ letters: String) -> Bool {
            letters.utf8.contains { Letter(ascii: $0) == letter }
        }
        func add(_ candidate: String, _ prefix: String, reduced: Bool = false) {
            out.append((candidate, prefix, reduced))
        }

        for (simple, name) in [("di", "di-"), ("ke", "ke-"), ("se", "se-")] where starts(simple) { add(rest(2), name) }
        if starts("kau") { add(rest(3), "kau-") } else if starts("ku") { add(rest(2), "ku-") }

        // ber-, ter-, per- (and be-/te-/pe- before r or a C+er syllable; bel-/pel- before ajar)
        for (full, short, name) in Self.berTerPer {
            if starts(full) { add(rest(3), name) }
            if starts(short), at(2) == Letter(ascii: UInt8(ascii: "r")) { add(rest(2), name, reduced: true) }
            if starts(short), let c = at(2), c.isConsonant, c != Letter(ascii: UInt8(ascii: "r")),
                at(3) == Letter(ascii: UInt8(ascii: "e")), at(4) == Letter(ascii: UInt8(ascii: "r"))
            {
                add(rest(2), name, reduced: true)
            }
            if starts(short), starts(at: 2, "lajar") { add(rest(3), name) }
        }

        // meN- and peN-
        for (base, name) in [("me", "meN-"), ("pe", "peN-")] where starts(base) {
            guard let first = at(2) else { continue }
            let r = rest(2)
            if isOneOf(first, "lrwy") { add(r, name) }
            let nasalM = first == Letter(ascii: UInt8(ascii: "m"))
            if nasalM {
                let after = rest(3)
                if let c = at(3) {
                    if isOneOf(c, "bfvp") { add(after, name) }
                    if c.isVowel {
                        add("p" + after, name)
                        add("m" + after, name)
                    }
                }
            }
            if starts(at: 2, "ny") {
                let after = rest(4)
                if let c = at(4), c.isVowel {
                    add("s" + after, name)
                    add("ny" + after, name)
                }
            } else if starts(at: 2, "nge") {
                add(rest(5), name)  // menge- + one-syllable root
                add(rest(4), name)  // meng- + e-root
                add("k" + rest(4), name)
            } else if starts(at: 2, "ng") {
                let after = rest(4)
                if let c = at(4) {
                    if c.isVowel {
                        add(after, name)
                        add("k" + after, name)
                        add("ng" + after, name)
                    }
                    if isOneOf(c, "ghk") { add(after, name) }
                }
            } else if first == Letter(ascii: UInt8(ascii: "n")) {
                let after = rest(3)
                if let c = at(3) {
                    if isOneOf(c, "cdjzts") { add(after, name) }
                    if c.isVowel {
                        add("t" + after, name)
                        add("n" + after, name)
                    }
                }
            }
            if nasalM, let c = at(3), c.isVowel == false { add(r, name) }
        }
        return out
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
