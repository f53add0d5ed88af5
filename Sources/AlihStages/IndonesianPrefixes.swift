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
public enum IndonesianPrefixes {
    public static func strip(_ word: String) -> [(rest: String, prefix: String, reduced: Bool)] {
        var out: [(String, String, Bool)] = []
        let w = Array(word)
        func rest(_ n: Int) -> String { String(w.dropFirst(n)) }
        func starts(_ prefix: String) -> Bool { word.hasPrefix(prefix) }
        func at(_ i: Int) -> Character? { i < w.count ? w[i] : nil }
        func add(_ candidate: String, _ prefix: String, reduced: Bool = false) { out.append((candidate, prefix, reduced)) }

        for simple in ["di", "ke", "se"] where starts(simple) { add(rest(2), simple + "-") }
        if starts("kau") { add(rest(3), "kau-") } else if starts("ku") { add(rest(2), "ku-") }

        // ber-, ter-, per- (and be-/te-/pe- before r or a C+er syllable; bel-/pel- before ajar)
        for (full, short) in [("ber", "be"), ("ter", "te"), ("per", "pe")] {
            let name = full + "-"
            if starts(full) { add(rest(3), name) }
            if starts(short + "r") { add(rest(2), name, reduced: true) }
            if starts(short), let c = at(2), isConsonant(c), c != "r", at(3) == "e", at(4) == "r" { add(rest(2), name, reduced: true) }
            if starts(short + "lajar") { add(rest(3), name) }
        }

        // meN- and peN-
        for (base, name) in [("me", "meN-"), ("pe", "peN-")] where starts(base) {
            let r = rest(2)
            guard let first = r.first else { continue }
            if "lrwy".contains(first) { add(r, name) }
            if starts(base + "m") {
                let after = rest(3)
                if let c = after.first {
                    if "bfvp".contains(c) { add(after, name) }
                    if isVowel(c) { add("p" + after, name); add("m" + after, name) }
                }
            }
            if starts(base + "ny") {
                let after = rest(4)
                if let c = after.first, isVowel(c) { add("s" + after, name); add("ny" + after, name) }
            } else if starts(base + "nge") {
                add(rest(5), name)  // menge- + one-syllable root
                add(rest(4), name)  // meng- + e-root
                add("k" + rest(4), name)
            } else if starts(base + "ng") {
                let after = rest(4)
                if let c = after.first {
                    if isVowel(c) { add(after, name); add("k" + after, name); add("ng" + after, name) }
                    if "ghk".contains(c) { add(after, name) }
                }
            } else if starts(base + "n") {
                let after = rest(3)
                if let c = after.first {
                    if "cdjzts".contains(c) { add(after, name) }
                    if isVowel(c) { add("t" + after, name); add("n" + after, name) }
                }
            }
            if starts(base + "m"), let c = at(3), isVowel(c) == false { add(r, name) }
        }
        return out
    }

    static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }
    static func isConsonant(_ c: Character) -> Bool { c.isLetter && !isVowel(c) }
}
