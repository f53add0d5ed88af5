import AlihCore
import Synchronization

/// Finds glossary terms in text through Indonesian morphology, in time linear in the text.
///
/// The glossary is compiled once: every entry's source is split into words, each word is
/// reduced to its lemma (`IndonesianLemmatizer`), lemmas get integer ids, and the entries
/// become paths in a trie over lemma ids. Matching walks the trie from each word of a
/// segment, so the cost per word is bounded by the longest term, not the glossary size. What
/// matching needs to know of a word form (its lemmas, derivation, case) is worked out once per
/// distinct form (`WordProfile`) and kept by each `TermScanner`, so a word's cost is a hash
/// look-up of its bytes.
///
/// A text word matches an entry word when they share a lemma and the word is a form the entry
/// word stands for. Each match records its tier: `exact` (same surface form), `case` (same but
/// for letter case), `inflected` (through morphology). A derived glossary word matches its own
/// inflections and voices: clitics, reduplication, meN-/di-/ter-, ku-/kau- and the bare object
/// voice (`memerlukan` matches *diperlukan*, `mengakui` *yang ia akui*, `membunuh`
/// *terbunuh*; `perbatasan` matches *perbatasannya* but not *terbatas*). A bare root matches
/// its inflections and the derivations its entry's part of speech makes forms of it
/// (`TermWordClass`: a verb its voices and applicatives, a noun not *merokok* or
/// *kedokteran*). A reduplicated glossary word (`mata-mata` "spy") matches only
/// reduplications. Where several entries start at the same word, the longest wins, then the
/// best tier (an exact `penarikan` beats `tarik` matched through *penarikan*), then the entry
/// closer to the text's word — the word itself, then the entry it is an inflection of
/// (*alasannya* is `alasan`, not `alas`; *mata-matanya* is `mata-mata`), then a root it is
/// derived from (`tarik` for *menarik*) — then the earlier entry; matches do not overlap
/// (leftmost-longest). Case-sensitive entries (acronyms: `MA`) match only their exact
/// letters, optionally with a hyphenated clitic (`KPK-nya`). A capitalised word inside a
/// sentence is a name: it matches inflected only when no derivational affix had to be stripped
/// (*Kediri* is not *ke-* + *diri*, *Julian* not *Juli* + *-an*), unless the segment is in
/// title case (a headline). A function word (`IndonesianStopWords`) matches a root only as
/// itself (*tersebut* is not *sebut*) and a derived entry only in the same voice
/// (*dinyatakan* is `menyatakan`, *tersebut* is not `menyebut`); a word the lexicon lists
/// (*tertarik* "interested") is no form of another derived word (`menarik`).
package final class GlossaryMatcher: Sendable {
    package let glossary: Glossary
    /// Entries whose source has no word at all (only punctuation), which never match.
    package let unmatchableEntries: [Int]
    let lemmatizer: IndonesianLemmatizer
    let locale: String
    private let lemmaIDs: [String: Int32]
    /// The trie's edges by node: those from node `n` are at `edgeStarts[n]..<edgeStarts[n + 1]`
    /// of `edgeLemmas` (in ascending order) and `edgeTargets` — a node's few edges side by side,
    /// where a hash table of all edges spread them over memory.
    private let edgeStarts: [Int32]
    private let edgeLemmas: [Int32]
    private let edgeTargets: [Int32]
    /// The terms ending at node `n` are `terms[termStarts[n]..<termStarts[n + 1]]`.
    private let termStarts: [Int32]
    /// The root's child for each lemma id (every lemma starts some term's path), -1 for none.
    private let rootChildren: [Int32]
    /// Every matchable entry's term, grouped by the node it ends at.
    private let terms: [Term]
    /// The derivations of the glossary's words; id 0 is the bare root's (no affix).
    private let derivationIDs: [[String]: Int32]
    /// Rules out, from its letters, most words that cannot have a glossary lemma, so that they
    /// are never analysed.
    private let lemmaFilter: LemmaTraceFilter
    /// Scanners not in use (`withScanner`).
    private let scanners = Mutex<[TermScanner]>([])

    struct Term: Sendable {
        var entryIndex: Int
        var surfaces: [String]
        var folded: [String]
        /// Each word's lemma id.
        var lemmas: [Int32]
        /// Each word's derivation id (0 for a bare root, which matches the derivations its
        /// class accepts).
        var derivations: [Int32]
        /// Whether each word is a reduplication (`mata-mata`), which matches only reduplications.
        var reduplicated: [Bool]
        /// Each word's class (`TermWordClass`): the entry's for its first word, `fixed` after it.
        var classes: [TermWordClass]
        var caseSensitive: Bool
    }

    /// Compiles `glossary`.
    package init(glossary: Glossary, lemmatizer: IndonesianLemmatizer, locale: String = "id") throws {
        self.glossary = glossary
        self.lemmatizer = lemmatizer
        self.locale = locale
        var tokenizer = try WordTokenizer(locale: locale)
        // Each distinct word of the entries once; an entry's words are indices into `distinct`.
        var distinctIndex: [String: Int32] = [:]
        var distinct: [String] = []
        var entryWords: [Int32] = []
        var entryWordStarts = [0]
        entryWordStarts.reserveCapacity(glossary.entries.count + 1)
        for entry in glossary.entries {
            try entry.source.withContiguousUTF8 { bytes in
                try tokenizer.forEachWord(utf8: bytes) { range in
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    if let known = distinctIndex[word] {
                        entryWords.append(known)
                    } else {
                        let index = Int32(distinct.count)
                        distinctIndex[word] = index
                        distinct.append(word)
                        entryWords.append(index)
                    }
                }
            }
            entryWordStarts.append(entryWords.count)
        }
        // The distinct words are analysed on the cores (the lemmatizer keeps each analysis).
        let words = distinct
        let analysed = ParallelChunks.map(count: words.count, minimumChunk: 256) { chunk in
            chunk.map { i in
                let analysis = lemmatizer.analyze(words[i])
                return (
                    lemma: analysis.lemma, derivation: analysis.derivation, reduplicated: analysis.isReduplicated,
                    folded: words[i].lowercased()
                )
            }
        }.flatMap { $0 }
        // Ids in the order the entries first use them.
        var lemmaIDs: [String: Int32] = [:]
        var derivationIDs: [[String]: Int32] = [[]: 0]
        var wordLemmas = [Int32](repeating: -1, count: distinct.count)
        var wordDerivations = [Int32](repeating: -1, count: distinct.count)
        var transitions: [Int64: Int32] = [:]
        var pending: [(node: Int32, term: Term)] = []
        var unmatchable: [Int] = []
        var nodeCount: Int32 = 1
        for (index, entry) in glossary.entries.enumerated() {
            let words = entryWords[entryWordStarts[index]..<entryWordStarts[index + 1]].map(Int.init)
            guard !words.isEmpty else {
                unmatchable.append(index)
                continue
            }
            var node: Int32 = 0
            for word in words {
                if wordLemmas[word] < 0 {
                    let (lemma, derivation, _, _) = analysed[word]
                    if let known = lemmaIDs[lemma] {
                        wordLemmas[word] = known
                    } else {
                        wordLemmas[word] = Int32(lemmaIDs.count)
                        lemmaIDs[lemma] = wordLemmas[word]
                    }
                    if let known = derivationIDs[derivation] {
                        wordDerivations[word] = known
                    } else {
                        wordDerivations[word] = Int32(derivationIDs.count)
                        derivationIDs[derivation] = wordDerivations[word]
                    }
                }
                let key = Int64(node) << 32 | Int64(wordLemmas[word])
                if let next = transitions[key] {
                    node = next
                } else {
                    transitions[key] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                }
            }
            let entryClass = TermWordClass(partOfSpeech: entry.partOfSpeech)
            pending.append(
                (
                    node,
                    Term(
                        entryIndex: index, surfaces: words.map { distinct[$0] },
                        folded: words.map { analysed[$0].folded }, lemmas: words.map { wordLemmas[$0] },
                        derivations: words.map { wordDerivations[$0] },
                        reduplicated: words.map { analysed[$0].reduplicated },
                        classes: words.indices.map { $0 == 0 ? entryClass : .fixed }, caseSensitive: entry.caseSensitive
                    )
                ))
        }
        self.lemmaIDs = lemmaIDs
        self.derivationIDs = derivationIDs
        lemmaFilter = LemmaTraceFilter(lemmas: lemmaIDs.keys)
        // The edges grouped by node, each node's in ascending lemma order.
        var edgeStarts = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        for key in transitions.keys { edgeStarts[Int(key >> 32) + 1] += 1 }
        for node in 0..<Int(nodeCount) { edgeStarts[node + 1] += edgeStarts[node] }
        var edgeLemmas = [Int32](repeating: 0, count: transitions.count)
        var edgeTargets = [Int32](repeating: 0, count: transitions.count)
        var filled = edgeStarts
        for (key, target) in transitions {
            let node = Int(key >> 32)
            let at = Int(filled[node])
            edgeLemmas[at] = Int32(truncatingIfNeeded: key)
            edgeTargets[at] = target
            filled[node] += 1
        }
        for node in 0..<Int(nodeCount) where edgeStarts[node + 1] - edgeStarts[node] > 1 {
            let range = Int(edgeStarts[node])..<Int(edgeStarts[node + 1])
            let sorted = range.map { (edgeLemmas[$0], edgeTargets[$0]) }.sorted { $0.0 < $1.0 }
            for (offset, edge) in sorted.enumerated() {
                edgeLemmas[range.lowerBound + offset] = edge.0
                edgeTargets[range.lowerBound + offset] = edge.1
            }
        }
        self.edgeStarts = edgeStarts
        self.edgeLemmas = edgeLemmas
        self.edgeTargets = edgeTargets
        // The terms grouped by the node they end at, each node's in entry order.
        var termStarts = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        for (node, _) in pending { termStarts[Int(node) + 1] += 1 }
        for node in 0..<Int(nodeCount) { termStarts[node + 1] += termStarts[node] }
        var placed = termStarts
        var terms = [Term?](repeating: nil, count: pending.count)
        for (node, term) in pending {
            terms[Int(placed[Int(node)])] = term
            placed[Int(node)] += 1
        }
        self.termStarts = termStarts
        self.terms = terms.map { $0! }
        var rootChildren = [Int32](repeating: -1, count: lemmaIDs.count)
        for edge in Int(edgeStarts[0])..<Int(edgeStarts[1]) { rootChildren[Int(edgeLemmas[edge])] = edgeTargets[edge] }
        self.rootChildren = rootChildren
        self.unmatchableEntries = unmatchable
    }

    /// How many trie nodes the compiled glossary has (for reports and benchmarks).
    package var nodeCount: Int { edgeLemmas.count + 1 }

    /// Whether any edge leaves `node` (a longer term goes on from it).
    private func hasEdges(_ node: Int32) -> Bool { edgeStarts[Int(node) + 1] > edgeStarts[Int(node)] }

    /// The node the edge for `lemma` leads to from `node`, or -1.
    private func child(of node: Int32, lemma: Int32) -> Int32 {
        if node == 0 { return rootChildren[Int(lemma)] }
        var low = Int(edgeStarts[Int(node)])
        var high = Int(edgeStarts[Int(node) + 1])
        while low < high {
            let middle = (low + high) >> 1
            let found = edgeLemmas[middle]
            if found == lemma { return edgeTargets[middle] }
            if found < lemma { low = middle + 1 } else { high = middle }
        }
        return -1
    }

    /// The terms in `text` (a segment), as ranges into its base string.
    ///
    /// For many segments, a `TermScanner` (`makeScanner()`) is faster: it keeps what it learnt
    /// of each word form from one segment to the next.
    package func matches(in text: Substring, tokenizer: inout WordTokenizer) throws -> [TermMatch] {
        var words: [(range: Range<Int>, profile: Int32)] = []
        var known: [WordProfile] = []
        let base = text.base
        let start = base.utf8Offsets(of: text.startIndex..<text.endIndex).lowerBound
        var found: [(range: Range<Int>, entryIndex: Int, tier: MatchTier)] = []
        try base.withContiguousUTF8 { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<(start + text.utf8.count)])
            try tokenizer.forEachWord(utf8: slice) { range in
                if let profile = profile(ofForm: UnsafeBufferPointer(rebasing: slice[range])) {
                    known.append(profile)
                    words.append((range, Int32(known.count - 1)))
                } else {
                    words.append((range, -1))
                }
            }
            var stack: [(node: Int32, next: Int)] = []
            words.withUnsafeBufferPointer { words in
                matches(
                    words, segment: slice, profiles: known, summaries: known.map(\.summary),
                    continuations: known.map(\.continuation), stack: &stack, into: &found)
            }
        }
        return found.map {
            TermMatch(
                range: base.utf8Index(
                    at: start + $0.range.lowerBound)..<base.utf8Index(at: start + $0.range.upperBound),
                entryIndex: $0.entryIndex, tier: $0.tier)
        }
    }

    /// A scanner for many segments on one thread.
    package func makeScanner() throws -> TermScanner { try TermScanner(matcher: self) }

    /// Runs `body` with a scanner from the matcher's pool (made when none is free) and puts it
    /// back afterwards, so that what it learnt of the text's words serves the next article or
    /// part of one.
    package func withScanner<R>(_ body: (TermScanner) throws -> R) throws -> R {
        let scanner = try scanners.withLock { $0.popLast() } ?? makeScanner()
        defer { scanners.withLock { $0.append(scanner) } }
        return try body(scanner)
    }

    /// Lets the pooled scanners go, and what they learnt of the words they met: for when no
    /// more text is to be matched soon (a scanner is made again when one is wanted).
    package func releaseScanners() { scanners.withLock { $0 = [] } }

    /// Lets its lemmatizer's kept analyses go (`IndonesianLemmatizer.forgetAnalyses`).
    package func forgetAnalyses() { lemmatizer.forgetAnalyses() }

    // MARK: - Word profiles

    /// What matching needs to know of a word form given as its UTF-8, or nil when the form
    /// cannot have a glossary lemma (and so never takes part in a match): that is told from
    /// its letters (`LemmaTraceFilter`), without analysing it or making a String of it.
    func profile(ofForm form: UnsafeBufferPointer<UInt8>) -> WordProfile? {
        if form.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lowercased as `String.lowercased()` would, in a buffer on the stack.
            var lowercase = true
            let folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: form.count) { folded -> String? in
                for (i, byte) in form.enumerated() {
                    let upper = byte &- 0x41 < 26
                    lowercase = lowercase && !upper
                    folded[i] = upper ? byte | 0x20 : byte
                }
                let bytes = UnsafeBufferPointer(folded)
                return lemmaFilter.mayHaveLemma(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
            }
            // Most forms are lowercase already: their folded String is theirs.
            return folded.map { profile(of: lowercase ? $0 : String(decoding: form, as: UTF8.self), folded: $0) }
        }
        let surface = String(decoding: form, as: UTF8.self)
        let folded = surface.lowercased()
        return folded.withContiguousUTF8(lemmaFilter.mayHaveLemma) ? profile(of: surface, folded: folded) : nil
    }

    /// What matching needs to know of the word form `surface` (its analysis is the
    /// lemmatizer's, which keeps it); `folded`: the form lowercased.
    func profile(of surface: String, folded: String) -> WordProfile {
        var caseKey = surface
        let ascii = surface.utf8.allSatisfy { $0 < 0x80 }
        // In ASCII every byte is a Character: the hyphen is found on the bytes.
        if let hyphen = ascii ? surface.utf8.lastIndex(of: UInt8(ascii: "-")) : surface.lastIndex(of: "-"),
            Self.hyphenatedClitics.contains(surface[surface.index(after: hyphen)...].lowercased())
        {
            caseKey = String(surface[..<hyphen])
        }
        let capitalised =
            ascii ? surface.utf8.first.map { (0x41...0x5A).contains($0) } ?? false : surface.first?.isUppercase ?? false
        let analysis = lemmatizer.analyze(lowercased: folded)
        var profile = WordProfile(
            surface: surface, folded: folded, caseKey: caseKey, reading: reading(of: analysis, alternative: false),
            alternativeReading: analysis.alternative == nil ? nil : reading(of: analysis, alternative: true),
            capitalised: capitalised, reduplicated: analysis.isReduplicated,
            isFunctionWord: IndonesianStopWords.words.contains(folded))
        profile.continuation.lemmaIDs = LemmaIDPair(analysis.lemmas.compactMap { lemmaIDs[$0] })
        // The best one-word term as a segment's first word and after it (the same unless the
        // word is capitalised: `wordMatch`).
        var bestFirst: (term: Int, tier: MatchTier, closeness: Int)? = nil
        var bestLater: (term: Int, tier: MatchTier, closeness: Int)? = nil
        func consider(
            _ t: Int, _ match: (exact: Bool, sameCase: Bool, closeness: Int),
            _ best: inout (term: Int, tier: MatchTier, closeness: Int)?
        ) {
            let tier = Self.tier((match.exact, match.sameCase))
            if let current = best {
                let ranked = (-Self.rank(tier), match.closeness, -terms[t].entryIndex)
                if ranked <= (-Self.rank(current.tier), current.closeness, -terms[current.term].entryIndex) { return }
            }
            best = (t, tier, match.closeness)
        }
        for id in profile.lemmaIDs {
            let child = rootChildren[Int(id)]
            guard child >= 0 else { continue }
            if hasEdges(child) {
                profile.summary.startsLongerTerms = true
                for edge in Int(edgeStarts[Int(child)])..<Int(edgeStarts[Int(child) + 1]) {
                    profile.continuation.continuations.insert(edgeLemmas[edge])
                }
            }
            for t in Int(termStarts[Int(child)])..<Int(termStarts[Int(child) + 1]) {
                guard let first = wordMatch(t, 0, profile, first: true) else { continue }
                consider(t, first, &bestFirst)
                if !capitalised {
                    consider(t, first, &bestLater)
                } else if let later = wordMatch(t, 0, profile, first: false) {
                    consider(t, later, &bestLater)
                }
            }
        }
        profile.summary.set(
            first: Int32(bestFirst?.term ?? -1), bestFirst?.tier ?? .exact, later: Int32(bestLater?.term ?? -1),
            bestLater?.tier ?? .exact)
        return profile
    }

    /// A reading of a word (its lemma, or its alternative, with the derivation that leads to
    /// it) as matching needs it; only the lemma, when no glossary word has it.
    private func reading(of analysis: LemmaAnalysis, alternative: Bool) -> LemmaReading {
        let lemma = alternative ? analysis.alternative ?? "" : analysis.lemma
        guard let id = lemmaIDs[lemma] else {
            return LemmaReading(lemmaID: -1, lemma: lemma, derivation: -1, voiced: -1, rootClasses: 0)
        }
        let affixes = alternative ? analysis.alternativeAffixes : analysis.affixes
        let derivation = alternative ? analysis.alternativeDerivation : analysis.derivation
        // di- or ke- and a root, a word the dictionary does not know: the preposition (*ditahun*).
        let glued =
            !alternative
            && TermWordClass.gluedPreposition(affixes, derivation: derivation).map {
                lemmatizer.dictionaryKnows($0 + lemma) == false
            } == true
        let derivationID = derivationIDs[derivation] ?? -1
        let voiced = TermWordClass.voiced(derivation, affixes: affixes)
        return LemmaReading(
            lemmaID: id, lemma: lemma, derivation: derivationID,
            voiced: voiced == derivation ? derivationID : derivationIDs[voiced] ?? -1,
            rootClasses: TermWordClass.mask(
                accepting: derivation, reduplicated: analysis.isReduplicated, gluedPreposition: glued))
    }

    /// Clitics written after a hyphen (`KPK-nya`), which a case-sensitive term lets through.
    private static let hyphenatedClitics = ["nya", "ku", "mu", "lah", "kah", "pun"]

    // MARK: - Matching

    /// Whether the segment `segment` with words `words` is written in title case (a headline:
    /// *DPR Setujui Anggaran Rp5,2 Miliar*), where a capital is no sign of a name: two thirds or
    /// more of its words that start with a letter, and four at least, start with a capital.
    @inline(never)
    static func isTitleCase(
        _ segment: UnsafeBufferPointer<UInt8>, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>
    ) -> Bool {
        var letters = 0
        var capitals = 0
        for word in words {
            let byte = segment[word.range.lowerBound]
            if byte < 0x80 {
                guard (0x61...0x7A).contains(byte | 0x20) else { continue }
                letters += 1
                if byte <= 0x5A { capitals += 1 }
            } else {
                let end = min(word.range.upperBound, word.range.lowerBound + 4)
                guard
                    let first = String(
                        decoding: UnsafeBufferPointer(rebasing: segment[word.range.lowerBound..<end]), as: UTF8.self
                    )
                    .first, first.isLetter
                else { continue }
                letters += 1
                if first.isUppercase { capitals += 1 }
            }
        }
        return letters >= 4 && capitals * 3 >= letters * 2
    }

    /// The best one-word term of a word with `summary`, at a segment's first word or after it;
    /// the segment's title case is worked out only where the word's capital matters.
    @inline(__always)
    static func oneWordTerm(
        _ summary: WordMatchSummary, first: Bool, _ segment: UnsafeBufferPointer<UInt8>,
        _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>, titleCase: inout Int8
    ) -> (term: Int, tier: MatchTier)? {
        if let term = summary.oneWordTerm(first: first) { return term }
        guard !first && summary.dependsOnCase else { return nil }
        return summary.oneWordTerm(titleCase: isTitleCase(segment, words, known: &titleCase))
    }

    /// `isTitleCase(_:_:)`, worked out once per segment: `known` is -1 until then, then 1 or 0.
    @inline(__always)
    static func isTitleCase(
        _ segment: UnsafeBufferPointer<UInt8>, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>,
        known: inout Int8
    ) -> Bool {
        if known < 0 { known = isTitleCase(segment, words) ? 1 : 0 }
        return known == 1
    }

    /// Appends to `result` the leftmost-longest matches among `words` (byte ranges and profile indices into
    /// `profiles`, -1 for a word with no glossary lemma), as byte ranges from the first word's
    /// start to the last word's end (`segment`: the words' UTF-8). In a segment in title case
    /// (`isTitleCase`, worked out only where a capital matters), every word is read as a
    /// segment's first word is: its capital is no sign of a name.
    func matches(
        _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>, segment: UnsafeBufferPointer<UInt8>,
        profiles: [WordProfile], summaries: [WordMatchSummary], continuations: [WordContinuation],
        stack: inout [(node: Int32, next: Int)],
        into result: inout [(range: Range<Int>, entryIndex: Int, tier: MatchTier)]
    ) {
        profiles.withUnsafeBufferPointer { profiles in
            summaries.withUnsafeBufferPointer { summaries in
                continuations.withUnsafeBufferPointer { continuations in
                    // Whether the segment is in title case: -1 until it matters.
                    var titleCase: Int8 = -1
                    var i = 0
                    while i < words.count {
                        let p = Int(words[i].profile)
                        guard p >= 0 else {
                            i += 1
                            continue
                        }
                        // A longer term needs a next word with a lemma that one of the terms
                        // starting with this word goes on with.
                        let next = i + 1 < words.count ? Int(words[i + 1].profile) : -1
                        let best =
                            summaries[p].startsLongerTerms && next >= 0
                                && continuations[p].mayContinue(with: continuations[next])
                            ? bestMatch(
                                at: i, words, segment, titleCase: &titleCase, profiles, summaries, continuations,
                                stack: &stack)
                            : Self.oneWordTerm(
                                summaries[p], first: i == 0, segment, words, titleCase: &titleCase
                            ).map { ($0.term, 1, $0.tier) }
                        if let best {
                            result.append(
                                (
                                    words[i].range.lowerBound..<words[i + best.length - 1].range.upperBound,
                                    terms[best.term].entryIndex, best.tier
                                ))
                            i += best.length
                        } else {
                            i += 1
                        }
                    }
                }
            }
        }
    }

    /// The best match starting at word `start`: the longest, then the best tier, then the
    /// closest to the text's words, then the earliest entry.
    private func bestMatch(
        at start: Int, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>,
        _ segment: UnsafeBufferPointer<UInt8>, titleCase: inout Int8,
        _ profiles: UnsafeBufferPointer<WordProfile>, _ summaries: UnsafeBufferPointer<WordMatchSummary>,
        _ continuations: UnsafeBufferPointer<WordContinuation>, stack: inout [(node: Int32, next: Int)]
    ) -> (term: Int, length: Int, tier: MatchTier)? {
        let first = Int(words[start].profile)
        let oneWord = Self.oneWordTerm(summaries[first], first: start == 0, segment, words, titleCase: &titleCase)
        // Terms of two words or more, depth first over the words' lemma alternatives (rarely
        // more than one path); any of them beats a one-word match.
        var best: (term: Int, length: Int, tier: MatchTier, closeness: Int)? = nil
        // The stack is empty: each walk pops it to the end.
        for id in continuations[first].lemmaIDs {
            let child = rootChildren[Int(id)]
            if child >= 0 && hasEdges(child) { stack.append((child, start + 1)) }
        }
        while let (node, i) = stack.popLast() {
            guard i < words.count, words[i].profile >= 0 else { continue }
            for id in continuations[Int(words[i].profile)].lemmaIDs {
                let child = child(of: node, lemma: id)
                guard child >= 0 else { continue }
                if hasEdges(child) { stack.append((child, i + 1)) }
                for t in Int(termStarts[Int(child)])..<Int(termStarts[Int(child) + 1]) {
                    guard
                        let (tier, closeness) = tier(
                            of: t, start...i, words, segment, titleCase: &titleCase, profiles)
                    else {
                        continue
                    }
                    let length = i + 1 - start
                    if let current = best {
                        let candidate = (length, -Self.rank(tier), closeness, -terms[t].entryIndex)
                        let incumbent = (
                            current.length, -Self.rank(current.tier), current.closeness,
                            -terms[current.term].entryIndex
                        )
                        if candidate <= incumbent { continue }
                    }
                    best = (t, length, tier, closeness)
                }
            }
        }
        if let best { return (best.term, best.length, best.tier) }
        return oneWord.map { ($0.term, 1, $0.tier) }
    }

    /// `MatchTier.rank`, without making `allCases`.
    private static func rank(_ tier: MatchTier) -> Int {
        switch tier {
        case .exact: 0
        case .case: 1
        case .inflected: 2
        }
    }

    /// The tier at which term `t` matches the words of `span`, and how close its words are to
    /// them (see `wordMatch`), or nil when its constraints rule it out. The words at `span` all
    /// have profiles (they have glossary lemmas).
    private func tier(
        of t: Int, _ span: ClosedRange<Int>, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>,
        _ segment: UnsafeBufferPointer<UInt8>, titleCase: inout Int8, _ profiles: UnsafeBufferPointer<WordProfile>
    ) -> (MatchTier, closeness: Int)? {
        var exact = true
        var sameCase = true
        var closeness = 0
        for (offset, i) in span.enumerated() {
            // Only a capitalised word with a derivation depends on being read as a segment's first.
            let first =
                i == 0
                || (profiles[Int(words[i].profile)].isNameSensitive
                    && Self.isTitleCase(segment, words, known: &titleCase))
            guard let match = wordMatch(t, offset, profiles[Int(words[i].profile)], first: first) else { return nil }
            exact = exact && match.exact
            sameCase = sameCase && match.sameCase
            closeness += match.closeness
        }
        return (Self.tier((exact, sameCase)), closeness)
    }

    private static func tier(_ match: (exact: Bool, sameCase: Bool)) -> MatchTier {
        match.exact ? .exact : match.sameCase ? .case : .inflected
    }

    /// How word `offset` of term `t` matches a word of the text (`first`: the segment's first
    /// word): letter for letter, the same but for case, or through its lemma; nil when the
    /// term's constraints rule it out. `closeness` ranks entries that match the same words: 4
    /// for the word itself (but for case), 2 for an inflection of it (*alasannya* of `alasan`,
    /// *diperlukan* of `memerlukan`) and 3 when both are reduplications (*mata-matanya* of
    /// `mata-mata` rather than `mata`), 1 for a derivation of a root (*menarik* of `tarik`).
    private func wordMatch(_ t: Int, _ offset: Int, _ profile: WordProfile, first: Bool) -> (
        exact: Bool, sameCase: Bool, closeness: Int
    )? {
        let surface = terms[t].surfaces[offset]
        if terms[t].caseSensitive {
            guard profile.surface == surface || profile.caseKey == surface else { return nil }
            let same = profile.surface == surface
            return (same, same, same ? 4 : 2)
        }
        let exact = profile.surface == surface
        guard profile.folded != terms[t].folded[offset] else { return (exact, true, 4) }
        let lemma = terms[t].lemmas[offset]
        let primary = lemma == profile.reading.lemmaID
        guard let reading = primary ? profile.reading : profile.alternativeReading, reading.lemmaID == lemma else {
            return nil
        }
        // A reduplicated glossary word (`mata-mata` "spy") is not its single word (*mata*).
        let reduplicated = terms[t].reduplicated[offset]
        if reduplicated && !profile.reduplicated { return nil }
        let inflection = reduplicated ? 3 : 2
        // A capital inside a sentence (not at the segment's first word) is a name's: it matches
        // inflections only (*Kediri* is not *ke-* + *diri*, *Julian* not *Juli* + *-an*).
        if profile.capitalised && !first && reading.derivation != 0 { return nil }
        let wanted = terms[t].derivations[offset]
        if wanted != 0 {
            // A word the lexicon lists (*tertarik*) is no inflection of another derived word
            // (`menarik`): only a root reaches it through its regular analysis.
            guard primary else { return nil }
            // A derived glossary word matches its own inflections and voices only (`menyetujui`
            // matches *disetujui* but not *setuju*; `perbatasan` is not *terbatas*); a function
            // word, only in the same voice (*dinyatakan* is `menyatakan`, *tersebut* is not
            // `menyebut`).
            if reading.derivation == wanted || (!profile.isFunctionWord && reading.voiced == wanted) {
                return (exact, false, inflection)
            }
            return nil
        }
        // Function words match a root only as themselves (*tersebut* is not *sebut*).
        if profile.isFunctionWord { return nil }
        if reading.derivation == 0 { return (exact, false, inflection) }
        // A root matches the derivations its class accepts (`TermWordClass`).
        guard reading.rootClasses & (1 << terms[t].classes[offset].rawValue) != 0 else { return nil }
        return (exact, false, 1)
    }
}
