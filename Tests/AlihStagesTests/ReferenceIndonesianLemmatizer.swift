import AlihHunspell
import Foundation

@testable import AlihStages

// The lemmatizer as it was before its analysis worked on a word's bytes (decompositions as
// Strings, the lexicon as a Set of Strings), kept as the definition `IndonesianLemmatizer` is
// checked against.

final class ReferenceIndonesianLemmatizer: @unchecked Sendable {
    private let lexicon: Set<String>
    /// Lexicon words the dictionary writes with a capital (names of places, peoples, …).
    private let properNouns: Set<String>
    /// How many affix classes the dictionary builds each listed word's forms with.
    private let affixClasses: [String: Int]
    /// Words added as lexicalised (`IndonesianLexicon`).
    private let lexicalized: Set<String>
    private let dictionary: HunspellDictionary?
    private var cache: [String: LemmaAnalysis] = [:]
    private let lock = NSLock()

    /// A lemmatizer over `dictionary`'s listed words plus `extraRoots`.
    init(dictionary: HunspellDictionary, extraRoots: Set<String> = IndonesianLexicon.lexicalizedWords) {
        self.dictionary = dictionary
        (lexicon, properNouns, affixClasses) = Self.lexicon(of: dictionary.forEachListedEntry, adding: extraRoots)
        lexicalized = extraRoots
    }

    /// The lowercase lexicon of the words `listed` gives plus `extra`, the listed words
    /// written with a capital, and the words' affix class counts.
    private static func lexicon(of listed: ((String, Int) -> Void) -> Void, adding extra: Set<String>) -> (
        Set<String>, Set<String>, [String: Int]
    ) {
        var lexicon = extra
        lexicon.reserveCapacity(40_000)
        var properNouns = Set<String>()
        var affixClasses: [String: Int] = [:]
        listed { word, classes in
            // Most listed words are lowercase ASCII, which `lowercased()` would only copy.
            let folded =
                word.utf8.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) ? word.lowercased() : word
            lexicon.insert(folded)
            if word.first?.isUppercase == true { properNouns.insert(folded) }
            affixClasses[folded] = max(affixClasses[folded] ?? 0, classes)
        }
        return (lexicon, properNouns, affixClasses)
    }

    /// Whether the lexicon lists `word` as a root.
    func isRoot(_ word: String) -> Bool { lexicon.contains(word.lowercased()) }

    /// Whether the lexicon lists `word` as a proper noun.
    func isProperNoun(_ word: String) -> Bool { properNouns.contains(word.lowercased()) }

    /// The lemma of `word` (lowercase).
    func lemma(_ word: String) -> String { analyze(word).lemma }

    /// The lemma of `word` with how it was found.
    func analyze(_ word: String) -> LemmaAnalysis {
        let key = word.lowercased()
        lock.lock()
        if let known = cache[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let analysis = compute(key)
        lock.lock()
        cache[key] = analysis
        lock.unlock()
        return analysis
    }

    // MARK: - Analysis

    private func compute(_ word: String) -> LemmaAnalysis {
        var word = word
        while word.hasPrefix("-") { word.removeFirst() }
        while word.hasSuffix("-") { word.removeLast() }
        // Old spelling of reduplication: `kira2` is `kira-kira`.
        if word.hasSuffix("2"), word.dropLast().allSatisfy(\.isLetter), word.count >= 4 {
            var base = analyze(String(word.dropLast()))
            base.affixes.insert("reduplication", at: 0)
            return base
        }
        guard word.count >= 3, IndonesianLemmatizer.isAlphabeticOrHyphen(word) else {
            return LemmaAnalysis(lemma: word, affixes: [], source: .unchanged)
        }
        // Hyphenated words first: the dictionary lists some reduplications (`aba-aba`) whole.
        if word.contains("-") { return reduplication(word) }
        if lexicon.contains(word) {
            // A listed word that is also a regular derivation (*menarik* "interesting" and
            // meN- + *tarik*) keeps the derivation's root as an alternative for matching.
            var analysis = LemmaAnalysis(lemma: word, affixes: [], source: .lexicon)
            if let derived = rank(decompositions(of: word, confirmedOnly: true), of: word), derived.strippedPrefix {
                analysis.alternative = derived.lemma
                analysis.alternativeAffixes = derived.affixes
            }
            return analysis
        }
        if let best = rank(decompositions(of: word, confirmedOnly: true), of: word) { return best }
        if let stem = dictionary?.stems(word).first(where: { $0.count >= 3 && $0 != word }) {
            return LemmaAnalysis(lemma: stem.lowercased(), affixes: [], source: .hunspell)
        }
        return cliticsOnly(word)
    }

    /// `negara-negara`, `berbulan-bulan`, `tolong-menolong`, `sayur-mayur`, `anak-anaknya`.
    private func reduplication(_ word: String) -> LemmaAnalysis {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else {
            return LemmaAnalysis(lemma: word, affixes: [], source: lexicon.contains(word) ? .lexicon : .unchanged)
        }
        // A clitic after a hyphen (`KPK-nya`, `Jakarta-lah`): the word before it.
        if ["nya", "ku", "mu", "lah", "kah", "pun"].contains(parts[1]) {
            var base = analyze(parts[0])
            base.affixes.append("-" + parts[1])
            return base
        }
        let first = analyze(parts[0])
        let second = analyze(parts[1])
        if first.lemma == second.lemma || parts[0] == second.lemma || first.lemma == parts[1] {
            let lemma = first.source == .unchanged || first.source == .clitics ? second.lemma : first.lemma
            return LemmaAnalysis(
                lemma: lemma, affixes: ["reduplication"] + first.affixes + second.affixes, source: .rules)
        }
        // Echo reduplication: the second half repeats the first with another first consonant.
        if lexicon.contains(parts[0]),
            parts[1].dropFirst() == parts[0].dropFirst() || parts[1].hasSuffix(parts[0].dropFirst(2))
        {
            return LemmaAnalysis(lemma: parts[0], affixes: ["echo reduplication"], source: .rules)
        }
        return LemmaAnalysis(lemma: word, affixes: [], source: lexicon.contains(word) ? .lexicon : .unchanged)
    }

    /// A word with a clitic or particle removed, when nothing confirms a root.
    private func cliticsOnly(_ word: String) -> LemmaAnalysis {
        for ending in ["nya", "lah", "kah"] where word.hasSuffix(ending) && word.count - ending.count >= 4 {
            return LemmaAnalysis(lemma: String(word.dropLast(ending.count)), affixes: ["-" + ending], source: .clitics)
        }
        return LemmaAnalysis(lemma: word, affixes: [], source: .unchanged)
    }

    // MARK: - Decompositions

    struct Decomposition {
        var root: String
        var prefixes: [String]
        var suffix: String?
        var enclitics: [String]
        /// How many prefixes were taken in a reduced form (be- for ber- before r …).
        var reduced: Int

        /// Every affix stripped, clitics and particles included; memper- and diper- count as one.
        var depth: Int {
            let memper = prefixes.count >= 2 && prefixes[1] == "per-" && ["meN-", "di-"].contains(prefixes[0])
            return prefixes.count - (memper ? 1 : 0) + (suffix == nil ? 0 : 1) + enclitics.count
        }
    }

    static let particles = ["lah", "kah", "tah", "pun"]
    static let possessives = ["nya", "ku", "mu"]
    static let derivational = ["kan", "an", "i"]
    /// First prefix and suffix pairs Indonesian does not combine.
    static let forbiddenConfixes: [(prefix: String, suffix: String)] = [
        ("ber-", "i"), ("di-", "an"), ("ke-", "i"), ("ke-", "kan"), ("meN-", "an"), ("se-", "i"), ("se-", "kan"),
        ("ter-", "an"),
    ]

    /// Every decomposition of `word`; with `confirmedOnly`, only those `rank` considers (a
    /// root of three or more letters the lexicon lists, at least one affix), in the same order.
    func decompositions(of word: String, confirmedOnly: Bool = false) -> [Decomposition] {
        var results: [Decomposition] = []
        var endings: [(String, [String])] = [(word, [])]
        for particle in Self.particles where word.hasSuffix(particle) && word.count - particle.count >= 3 {
            endings.append((String(word.dropLast(particle.count)), ["-" + particle]))
        }
        for (form, enclitics) in endings {
            for possessive in Self.possessives
            where form.hasSuffix(possessive) && form.count - possessive.count >= 3 {
                endings.append((String(form.dropLast(possessive.count)), ["-" + possessive] + enclitics))
            }
        }
        for (form, enclitics) in endings {
            var bases: [(String, String?)] = [(form, nil)]
            for suffix in Self.derivational where form.hasSuffix(suffix) && form.count - suffix.count >= 3 {
                bases.append((String(form.dropLast(suffix.count)), suffix))
            }
            for (base, suffix) in bases {
                var used: [String] = []
                forEachPrefixChain(of: base, depth: 0, used: &used, reduced: 0) { root, prefixes, reduced in
                    if confirmedOnly {
                        guard root.count >= 3, lexicon.contains(root),
                            !(prefixes.isEmpty && suffix == nil && enclitics.isEmpty)
                        else { return }
                    }
                    if let suffix, let first = prefixes.first,
                        Self.forbiddenConfixes.contains(where: { $0.prefix == first && $0.suffix == suffix })
                    {
                        return
                    }
                    results.append(
                        Decomposition(
                            root: root, prefixes: prefixes, suffix: suffix, enclitics: enclitics, reduced: reduced))
                }
            }
        }
        return results
    }

    /// Calls `body` with `base` itself and every way to strip up to three prefixes from it (the
    /// root, the prefixes stripped, how many in a reduced form), depth first. di-, ku- and kau-
    /// only stand first; ke- and se- may follow ber-, ter-, per- (*berkebangsaan*).
    func forEachPrefixChain(
        of base: String, depth: Int, used: inout [String], reduced: Int, _ body: (String, [String], Int) -> Void
    ) {
        body(base, used, reduced)
        guard depth < 3 else { return }
        for (rest, prefix, isReduced) in ReferenceIndonesianPrefixes.strip(base)
        where rest.count >= 3 && !used.contains(prefix) {
            if depth > 0 && (prefix == "di-" || prefix == "ku-" || prefix == "kau-") { continue }
            used.append(prefix)
            forEachPrefixChain(of: rest, depth: depth + 1, used: &used, reduced: reduced + (isReduced ? 1 : 0), body)
            used.removeLast()
        }
    }

    /// The best decomposition whose root the lexicon confirms.
    ///
    /// The decompositions with the fewest affixes win (*pelajaran* → *pelajar*, *memberikan* →
    /// *beri*, *mengalami* → *alami*). Among those, roots Hunspell also derives
    /// for the word (its affix flags know which affixes each root takes: *memohon* ← *mohon*,
    /// not *pohon*), then fewer reduced prefixes (*berada* is *ber-ada*, not *be-rada*), then
    /// the longer root.
    func rank(_ candidates: [Decomposition], of word: String) -> LemmaAnalysis? {
        var confirmed = candidates.filter {
            $0.root.count >= 3 && lexicon.contains($0.root)
                && !($0.prefixes.isEmpty && $0.suffix == nil && $0.enclitics.isEmpty)
        }
        // A listed root in -kan whose base is listed too is that base with -kan once a prefix is
        // stripped, where the word is also read so — unless it is a lexicalised word.
        confirmed = confirmed.filter { d in
            guard d.suffix == nil, !d.prefixes.isEmpty, d.root.count >= 6, d.root.hasSuffix("kan"),
                !lexicalized.contains(d.root)
            else { return true }
            return !confirmed.contains {
                $0.suffix == "kan" && $0.root == String(d.root.dropLast(3)) && $0.prefixes == d.prefixes
                    && $0.enclitics == d.enclitics
            }
        }
        guard !confirmed.isEmpty else { return nil }
        let shallowest = confirmed.map(\.depth).min()!
        confirmed = confirmed.filter { $0.depth == shallowest }
        if let dictionary, Set(confirmed.map(\.root)).count > 1 {
            let stems = Set(dictionary.stems(word).map { $0.lowercased() })
            let agreed = confirmed.filter { stems.contains($0.root) }
            if !agreed.isEmpty { confirmed = agreed }
        }
        let best = confirmed.min { a, b in
            if a.reduced != b.reduced { return a.reduced < b.reduced }
            let (aClasses, bClasses) = (affixClasses[a.root] ?? 0, affixClasses[b.root] ?? 0)
            if aClasses != bClasses { return aClasses > bClasses }
            let (aCount, bCount) = (a.root.count, b.root.count)
            if aCount != bCount { return aCount > bCount }
            return a.root < b.root
        }!
        var affixes = best.prefixes
        if let suffix = best.suffix { affixes.append("-" + suffix) }
        affixes += best.enclitics
        return LemmaAnalysis(lemma: best.root, affixes: affixes, source: .rules)
    }
}

enum ReferenceIndonesianPrefixes {
    static func strip(_ word: String) -> [(rest: String, prefix: String, reduced: Bool)] {
        // An ASCII word (nearly every Indonesian word) is read as bytes; any other as
        // Characters. The rules are the same code for both.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return strip(Array(word.utf8)) { String(decoding: $0, as: UTF8.self) }
        }
        return strip(Array(word)) { String($0) }
    }

    /// ber-, ter-, per-: the full prefix, its short form and its name.
    private static let berTerPer = [("ber", "be", "ber-"), ("ter", "te", "ter-"), ("per", "pe", "per-")]

    private static func strip<Letter: ReferencePrefixLetter>(
        _ w: [Letter], _ string: (ArraySlice<Letter>) -> String
    ) -> [(rest: String, prefix: String, reduced: Bool)] {
        var out: [(String, String, Bool)] = []
        func rest(_ n: Int) -> String { string(w.dropFirst(n)) }
        func starts(at start: Int = 0, _ prefix: String) -> Bool {
            guard w.count >= start + prefix.utf8.count else { return false }
            var i = start
            for byte in prefix.utf8 {
                if w[i] != Letter(referenceASCII: byte) { return false }
                i += 1
            }
            return true
        }
        func at(_ i: Int) -> Letter? { i < w.count ? w[i] : nil }
        func isOneOf(_ letter: Letter, _ letters: String) -> Bool {
            letters.utf8.contains { Letter(referenceASCII: $0) == letter }
        }
        func add(_ candidate: String, _ prefix: String, reduced: Bool = false) {
            out.append((candidate, prefix, reduced))
        }

        for (simple, name) in [("di", "di-"), ("ke", "ke-"), ("se", "se-")] where starts(simple) { add(rest(2), name) }
        if starts("kau") { add(rest(3), "kau-") } else if starts("ku") { add(rest(2), "ku-") }

        // ber-, ter-, per- (and be-/te-/pe- before r or a C+er syllable; bel-/pel- before ajar)
        for (full, short, name) in Self.berTerPer {
            if starts(full) { add(rest(3), name) }
            if starts(short), at(2) == Letter(referenceASCII: UInt8(ascii: "r")) { add(rest(2), name, reduced: true) }
            if starts(short), let c = at(2), c.referenceIsConsonant, c != Letter(referenceASCII: UInt8(ascii: "r")),
                at(3) == Letter(referenceASCII: UInt8(ascii: "e")), at(4) == Letter(referenceASCII: UInt8(ascii: "r"))
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
            let nasalM = first == Letter(referenceASCII: UInt8(ascii: "m"))
            if nasalM {
                let after = rest(3)
                if let c = at(3) {
                    if isOneOf(c, "bfvp") { add(after, name) }
                    if c.referenceIsVowel {
                        add("p" + after, name)
                        add("m" + after, name)
                    }
                }
            }
            if starts(at: 2, "ny") {
                let after = rest(4)
                if let c = at(4), c.referenceIsVowel {
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
                    if c.referenceIsVowel {
                        add(after, name)
                        add("k" + after, name)
                        add("ng" + after, name)
                    }
                    if isOneOf(c, "ghk") { add(after, name) }
                }
            } else if first == Letter(referenceASCII: UInt8(ascii: "n")) {
                let after = rest(3)
                if let c = at(3) {
                    if isOneOf(c, "cdjzts") { add(after, name) }
                    if c.referenceIsVowel {
                        add("t" + after, name)
                        add("n" + after, name)
                    }
                }
            }
            if nasalM, let c = at(3), c.referenceIsVowel == false { add(r, name) }
        }
        return out
    }
}

/// A letter of a word as `ReferenceIndonesianPrefixes` reads it: a byte of an ASCII word, or a
/// Character of any other.
protocol ReferencePrefixLetter: Equatable {
    init(referenceASCII: UInt8)
    var referenceIsVowel: Bool { get }
    var referenceIsConsonant: Bool { get }
}

extension UInt8: ReferencePrefixLetter {
    init(referenceASCII ascii: UInt8) { self = ascii }
    var referenceIsVowel: Bool { self == 0x61 || self == 0x65 || self == 0x69 || self == 0x6F || self == 0x75 }
    /// An ASCII letter that is not a (lowercase) vowel, as `Character.isLetter` judges ASCII.
    var referenceIsConsonant: Bool { (0x61...0x7A).contains(self | 0x20) && !referenceIsVowel }
}

extension Character: ReferencePrefixLetter {
    init(referenceASCII ascii: UInt8) { self = Character(Unicode.Scalar(ascii)) }
    var referenceIsVowel: Bool { "aeiou".contains(self) }
    var referenceIsConsonant: Bool { isLetter && !referenceIsVowel }
}
