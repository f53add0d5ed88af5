import AlihHunspell
import Foundation
import Synchronization

/// Recovers the root (lemma) of an Indonesian word by affix stripping checked against a root
/// lexicon: *menyetujuinya* → *setuju*, *perbatasannya* → *batas*, *berbulan-bulan* → *bulan*.
///
/// The lexicon is Hunspell's Indonesian dictionary (the stems its `.dic` lists) plus
/// `IndonesianLexicon.lexicalizedWords`, derived-looking words that are lemmas in their own
/// right (*pasukan*, *penduduk*). A word the lexicon lists is its own lemma (*menteri* is not
/// *men-* + *teri*). Otherwise every decomposition into
/// `prefix* root (-kan|-an|-i)? (-ku|-mu|-nya)? (-lah|-kah|-tah|-pun)?` is generated, with the
/// morphophonemic changes of meN-/peN- undone (*mem*+*ukul* → *pukul*, *meny*+*etujui* →
/// *setujui*, *meng*+*atakan* → *katakan*), confixes Indonesian does not have ruled out
/// (*di-…-an*, *ke-…-i*, *me-…-an* …), and the decompositions whose root the lexicon confirms
/// are ranked (see `rank`). Reduplications are reduced when both halves share a lemma
/// (*negara-negara*, *tolong-menolong*) or the second echoes the first (*sayur-mayur*).
/// When no root is confirmed, Hunspell's own stemmer is asked, and failing that only
/// clitics are stripped.
///
/// Results are cached per word form; the type is safe to share between threads.
package final class IndonesianLemmatizer: @unchecked Sendable {
    /// The roots, and which of them the dictionary writes with a capital (names of places,
    /// peoples, …).
    let lexicon: RootLexicon
    let dictionary: HunspellDictionary?
    private var cache: [String: LemmaAnalysis] = [:]
    private let lock = NSLock()

    /// A lemmatizer over `dictionary`'s listed words plus `extraRoots`.
    package init(dictionary: HunspellDictionary, extraRoots: Set<String> = IndonesianLexicon.lexicalizedWords) {
        self.dictionary = dictionary
        var lexicon = RootLexicon()
        for word in extraRoots { lexicon.insert(word, lexicalized: true) }
        dictionary.forEachListedEntryUTF8 { word, affixClasses in
            lexicon.insert(listed: word, affixClasses: affixClasses)
        }
        self.lexicon = lexicon
    }

    /// A lemmatizer over a given root list only (for tests and tools without Hunspell).
    package init(roots: Set<String>) {
        dictionary = nil
        lexicon = Self.lexicon(
            of: { body in
                for root in roots { body(root, 0) }
            }, adding: [])
    }

    /// The lowercase lexicon of the words `listed` gives (with their affix class counts) plus
    /// `extra`; the listed words written with a capital are its proper nouns.
    static func lexicon(of listed: ((String, Int) -> Void) -> Void, adding extra: Set<String>)
        -> RootLexicon
    {
        var lexicon = RootLexicon()
        for word in extra { lexicon.insert(word, lexicalized: true) }
        listed { word, affixClasses in
            // Most listed words are lowercase ASCII, which `lowercased()` would only copy.
            let folded =
                word.utf8.contains(where: { $0 >= 0x80 || (0x41...0x5A).contains($0) }) ? word.lowercased() : word
            let capitalised = word.utf8.first.map { $0 < 0x80 ? (0x41...0x5A).contains($0) : word.first!.isUppercase }
            lexicon.insert(folded, properNoun: capitalised ?? false, affixClasses: affixClasses)
        }
        return lexicon
    }

    /// The installed Indonesian Hunspell dictionary's lemmatizer, opened once per process and
    /// shared (its analyses are cached, so every user of it profits from the others' words).
    package static func installed() throws -> IndonesianLemmatizer {
        try sharedInstalled.withLock { shared in
            if let shared { return shared }
            let opened = IndonesianLemmatizer(dictionary: try HunspellDictionary.installed("id_ID"))
            shared = opened
            return opened
        }
    }

    private static let sharedInstalled = Mutex<IndonesianLemmatizer?>(nil)

    /// Throws what `installed()` throws when the dictionary is not installed, without loading it.
    package static func checkInstalled() throws(HunspellError) {
        _ = try HunspellDictionary.installedFiles("id_ID")
    }

    /// Starts opening the installed lemmatizer on a thread of its own, so that it is ready (or
    /// nearer ready) when `installed()` is called: a command that reads a glossary first reads
    /// it meanwhile.
    package static func preload() {
        guard
            preloading.withLock({ started in
                defer { started = true }
                return !started
            })
        else { return }
        Thread.detachNewThread { _ = try? installed() }
    }

    private static let preloading = Mutex(false)

    /// The lemma of `word` (lowercase).
    package func lemma(_ word: String) -> String { analyze(word).lemma }

    /// The lemma of `word` with how it was found.
    package func analyze(_ word: String) -> LemmaAnalysis { analyze(lowercased: word.lowercased()) }

    /// `analyze(_:)` of a word already lowercase.
    package func analyze(lowercased key: String) -> LemmaAnalysis {
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

    /// `analyze(lowercased:)` without keeping the analysis: for a caller that keeps what it
    /// needs of each word itself (the coverage candidates keep a lemma's id), so that the
    /// analyses of a large text's vocabulary are not held twice.
    package func uncachedAnalysis(lowercased key: String) -> LemmaAnalysis {
        lock.lock()
        let known = cache[key]
        lock.unlock()
        return known ?? compute(key)
    }

    /// Lets the kept analyses go: for when the words met so far will not be met again soon
    /// (the end of a large text's matching).
    package func forgetAnalyses() {
        lock.lock()
        cache = [:]
        lock.unlock()
    }

    /// How many analyses are kept (for tests).
    package var cachedAnalyses: Int {
        lock.lock()
        defer { lock.unlock() }
        return cache.count
    }

    /// Whether the lexicon lists `word` as a root.
    package func isRoot(_ word: String) -> Bool { lexicon.contains(word.lowercased()) }

    /// Whether the dictionary knows `word` as it is written, nil without a dictionary.
    package func dictionaryKnows(_ word: String) -> Bool? { dictionary?.spell(word) }

    /// Whether the lexicon lists `word` as a proper noun (capitalised: *Armenia*, *Jawa*).
    package func isProperNoun(_ word: String) -> Bool { lexicon.isProperNoun(word.lowercased()) }

    /// Whether `word` is an ordinary word of the language: a root, or a derivation of one, that
    /// is not a proper noun. A capitalised sentence opener that is ordinary is not a name.
    package func isOrdinaryWord(_ word: String) -> Bool {
        let folded = word.lowercased()
        guard !isProperNoun(folded) else { return false }
        let analysis = analyze(folded)
        return analysis.confirmed && !isProperNoun(analysis.lemma)
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
        guard word.characterCount >= 3, Self.isAlphabeticOrHyphen(word) else {
            return LemmaAnalysis(lemma: word, affixes: [], source: .unchanged)
        }
        // Hyphenated words first: the dictionary lists some reduplications (`aba-aba`) whole.
        let ascii = word.utf8.allSatisfy { $0 < 0x80 }
        if ascii ? word.utf8.contains(UInt8(ascii: "-")) : word.contains("-") { return reduplication(word) }
        if lexicon.contains(word) {
            // A listed word that is also a regular derivation (*menarik* "interesting" and
            // meN- + *tarik*) keeps the derivation's root as an alternative for matching.
            var analysis = LemmaAnalysis(lemma: word, affixes: [], source: .lexicon)
            if let derived = bestDecomposition(of: word), derived.strippedPrefix {
                analysis.alternative = derived.lemma
                analysis.alternativeAffixes = derived.affixes
            }
            return analysis
        }
        if let best = bestDecomposition(of: word) { return best }
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
}

/// How a lemma was found.
package struct LemmaAnalysis: Sendable, Equatable {
    package enum Source: String, Sendable {
        /// The word is listed in the lexicon as it is.
        case lexicon
        /// Affixes stripped and the root confirmed by the lexicon.
        case rules
        /// Hunspell's stemmer (no rule confirmed a root).
        case hunspell
        /// Only a clitic stripped; the rest is not confirmed.
        case clitics
        /// Left as it is (unknown, too short, or not a word).
        case unchanged
    }

    package var lemma: String
    /// What was stripped, outermost prefix first (`meN-`, `per-`, `-kan`, `-nya`).
    package var affixes: [String]
    package var source: Source
    /// For a word the lexicon lists that is also a regular derivation (*belajar*, *bekerja*),
    /// the root of that derivation (*ajar*, *kerja*).
    package var alternative: String?
    /// The affixes of the derivation the alternative is the root of (`ber-` for *belajar*).
    package var alternativeAffixes: [String]

    package init(
        lemma: String, affixes: [String], source: Source, alternative: String? = nil, alternativeAffixes: [String] = []
    ) {
        self.lemma = lemma
        self.affixes = affixes
        self.source = source
        self.alternative = alternative
        self.alternativeAffixes = alternativeAffixes
    }

    /// The lemma, then the alternative if any.
    package var lemmas: [String] { [lemma] + (alternative.map { [$0] } ?? []) }

    /// Whether the lexicon confirms the lemma.
    package var confirmed: Bool { source == .lexicon || source == .rules || source == .hunspell }

    /// Whether a prefix was stripped (a derivation, not just an inflection or clitic).
    package var strippedPrefix: Bool { affixes.contains { $0.hasSuffix("-") } }

    /// The derivational affixes, without clitics, particles, proclitics and reduplication, and
    /// with the verbal voice prefixes meN- and di- as one (`V-`): *menyetujuinya* and
    /// *disetujui* are both `V- -i`; *perbatasannya* is `-an per-`; *terbatas* is `ter-`. A
    /// word Hunspell's stemmer reduced is derived in a way not known: `?` (*pedagang*).
    package var derivation: [String] {
        source == .hunspell ? ["?"] : Self.derivation(of: affixes)
    }

    /// The derivation of the alternative's reading (see `derivation`), empty without one.
    package var alternativeDerivation: [String] { Self.derivation(of: alternativeAffixes) }

    /// Whether the word is a reduplication (*negara-negara*, *mata-mata*, *sayur-mayur*).
    package var isReduplicated: Bool { Self.isReduplicated(affixes) }

    /// `derivation` of a list of affixes.
    package static func derivation(of affixes: [String]) -> [String] {
        var derivation: [String] = []
        for affix in affixes where !isInflectional(affix) {
            let voiced = affix == "meN-" || affix == "di-" ? "V-" : affix
            if !derivation.contains(voiced) { derivation.append(voiced) }
        }
        return derivation.sorted()
    }

    /// Whether `affixes` hold a reduplication.
    package static func isReduplicated(_ affixes: [String]) -> Bool {
        affixes.contains { $0.utf8.count >= 13 && ($0 == "reduplication" || $0 == "echo reduplication") }
    }

    /// Whether `affix` only inflects a word: a clitic, particle, proclitic or reduplication.
    package static func isInflectional(_ affix: String) -> Bool {
        // A suffix is a clitic unless it is -kan, -an or -i; a prefix, unless ku- or kau-.
        if affix.utf8.first == UInt8(ascii: "-") { return !(affix == "-kan" || affix == "-an" || affix == "-i") }
        return affix == "ku-" || affix == "kau-" || affix == "reduplication" || affix == "echo reduplication"
    }

    /// `meN- -kan -nya (lexicon)` — for `alih lemma`.
    package var explanation: String {
        (affixes.isEmpty ? "" : affixes.joined(separator: " ") + " ") + "(\(source.rawValue))"
            + (alternative.map { "; also \($0)" } ?? "")
    }
}

extension IndonesianLemmatizer {
    /// Whether every scalar of `word` is alphabetic or a hyphen (ASCII decided on its bytes).
    static func isAlphabeticOrHyphen(_ word: String) -> Bool {
        for byte in word.utf8 {
            if byte >= 0x80 { return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" } }
            if !((0x61...0x7A).contains(byte | 0x20) || byte == UInt8(ascii: "-")) { return false }
        }
        return true
    }
}

extension String {
    /// The number of Characters, counted from the UTF-8 length when every byte is ASCII.
    var characterCount: Int {
        utf8.allSatisfy { $0 < 0x80 } ? utf8.count : count
    }
}
