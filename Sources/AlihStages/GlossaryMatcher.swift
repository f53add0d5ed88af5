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
/// A text word matches an entry word when they share a lemma. Each match records its tier:
/// `exact` (same surface form), `case` (same but for letter case), `inflected` (same lemma).
/// Where several entries start at the same word, the longest wins, then the best tier (an
/// exact `penarikan` beats `tarik` matched through *penarikan*), then the entry closer to the
/// text's words (the root `tarik` for *menarik*, rather than `penarikan`), then the earlier entry;
/// matches do not overlap (leftmost-longest). Case-sensitive entries (acronyms: `MA`) match
/// only their exact letters, optionally with a hyphenated clitic (`KPK-nya`). A capitalised
/// word inside a sentence is a name: it matches inflected only when no prefix had to be
/// stripped (*Kediri* is not *ke-* + *diri*); a function word (`IndonesianStopWords`) matches
/// only as itself (*tersebut* is not an inflection of `menyebut`). A derived glossary word
/// matches only words of the same derivation, voice aside (`menyetujui` matches *disetujui* and
/// *menyetujuinya* but not *setuju*; `perbatasan` matches *perbatasannya* but not *terbatas*),
/// while a root matches every form (`setuju` matches all of them).
package final class GlossaryMatcher: Sendable {
    package let glossary: Glossary
    /// Entries whose source has no word at all (only punctuation), which never match.
    package let unmatchableEntries: [Int]
    let lemmatizer: IndonesianLemmatizer
    let locale: String
    private let lemmaIDs: [String: Int32]
    private let transitions: [UInt64: Int32]
    /// The terms ending at each trie node that has any: a range of `terms`.
    private let accepting: [Int32: Range<Int>]
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
        /// Each word's derivation id (0 for a bare root, which matches every derivation).
        var derivations: [Int32]
        var caseSensitive: Bool
    }

    /// Compiles `glossary`.
    package init(glossary: Glossary, lemmatizer: IndonesianLemmatizer, locale: String = "id") throws {
        self.glossary = glossary
        self.lemmatizer = lemmatizer
        self.locale = locale
        var tokenizer = try WordTokenizer(locale: locale)
        var lemmaIDs: [String: Int32] = [:]
        var derivationIDs: [[String]: Int32] = [[]: 0]
        var transitions: [UInt64: Int32] = [:]
        var accepting: [Int32: [Term]] = [:]
        var unmatchable: [Int] = []
        var nodeCount: Int32 = 1
        let entryWords = try glossary.entries.map { entry in
            try tokenizer.words(in: entry.source[...]).map { String(entry.source[$0]) }
        }
        // The distinct words are analysed on the cores first (the lemmatizer keeps each analysis).
        let distinct = Array(Set(entryWords.joined()))
        _ = ParallelChunks.map(count: distinct.count, minimumChunk: 256) { chunk in
            for i in chunk { _ = lemmatizer.analyze(distinct[i]) }
        }
        for (index, words) in entryWords.enumerated() {
            guard !words.isEmpty else {
                unmatchable.append(index)
                continue
            }
            var node: Int32 = 0
            var derivations: [Int32] = []
            for word in words {
                let analysis = lemmatizer.analyze(word)
                let id: Int32
                if let known = lemmaIDs[analysis.lemma] {
                    id = known
                } else {
                    id = Int32(lemmaIDs.count)
                    lemmaIDs[analysis.lemma] = id
                }
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                if let next = transitions[key] {
                    node = next
                } else {
                    transitions[key] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                }
                let derivation = analysis.derivation
                if let known = derivationIDs[derivation] {
                    derivations.append(known)
                } else {
                    let next = Int32(derivationIDs.count)
                    derivationIDs[derivation] = next
                    derivations.append(next)
                }
            }
            accepting[node, default: []].append(
                Term(
                    entryIndex: index, surfaces: words, folded: words.map { $0.lowercased() },
                    derivations: derivations, caseSensitive: glossary.entries[index].caseSensitive))
        }
        self.lemmaIDs = lemmaIDs
        self.derivationIDs = derivationIDs
        lemmaFilter = LemmaTraceFilter(lemmas: lemmaIDs.keys)
        self.transitions = transitions
        var terms: [Term] = []
        var ranges: [Int32: Range<Int>] = [:]
        for (node, ending) in accepting.sorted(by: { $0.key < $1.key }) {
            ranges[node] = terms.count..<(terms.count + ending.count)
            terms += ending
        }
        self.accepting = ranges
        self.terms = terms
        self.unmatchableEntries = unmatchable
    }

    /// How many trie nodes the compiled glossary has (for reports and benchmarks).
    package var nodeCount: Int { transitions.count + 1 }

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
            found = matches(words, profiles: known, stack: &stack)
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

    // MARK: - Word profiles

    /// What matching needs to know of a word form given as its UTF-8, or nil when the form
    /// cannot have a glossary lemma (and so never takes part in a match): that is told from
    /// its letters (`LemmaTraceFilter`), without analysing it or making a String of it.
    func profile(ofForm form: UnsafeBufferPointer<UInt8>) -> WordProfile? {
        if form.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lowercased as `String.lowercased()` would, in a buffer on the stack.
            let may = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: form.count) { folded in
                for (i, byte) in form.enumerated() { folded[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return lemmaFilter.mayHaveLemma(UnsafeBufferPointer(folded))
            }
            return may ? profile(of: String(decoding: form, as: UTF8.self)) : nil
        }
        let surface = String(decoding: form, as: UTF8.self)
        let folded = surface.lowercased()
        return folded.withContiguousUTF8(lemmaFilter.mayHaveLemma) ? profile(of: surface) : nil
    }

    /// What matching needs to know of the word form `surface` (its analysis is the
    /// lemmatizer's, which keeps it).
    func profile(of surface: String) -> WordProfile {
        let folded = surface.lowercased()
        var caseKey = surface
        if let hyphen = surface.lastIndex(of: "-"),
            ["nya", "ku", "mu", "lah", "kah", "pun"].contains(surface[surface.index(after: hyphen)...].lowercased())
        {
            caseKey = String(surface[..<hyphen])
        }
        var profile = WordProfile(
            surface: surface, folded: folded, caseKey: caseKey, lemmas: [], lemmaIDs: [],
            capitalised: surface.first.map { $0.isUppercase } ?? false, strippedPrefix: false, derivation: -1,
            isFunctionWord: IndonesianStopWords.words.contains(folded))
        let analysis = lemmatizer.analyze(folded)
        profile.lemmas = analysis.lemmas
        profile.lemmaIDs = analysis.lemmas.compactMap { lemmaIDs[$0] }
        profile.strippedPrefix = analysis.strippedPrefix
        profile.derivation = derivationIDs[analysis.derivation] ?? -1
        return profile
    }

    // MARK: - Matching

    /// The leftmost-longest matches among `words` (byte ranges and profile indices into
    /// `profiles`, -1 for a word with no glossary lemma), as byte ranges from the first word's
    /// start to the last word's end.
    func matches(
        _ words: [(range: Range<Int>, profile: Int32)], profiles: [WordProfile], stack: inout [(node: Int32, next: Int)]
    ) -> [(range: Range<Int>, entryIndex: Int, tier: MatchTier)] {
        var result: [(range: Range<Int>, entryIndex: Int, tier: MatchTier)] = []
        words.withUnsafeBufferPointer { words in
            profiles.withUnsafeBufferPointer { profiles in
                var i = 0
                while i < words.count {
                    if words[i].profile >= 0, let best = bestMatch(at: i, words, profiles, stack: &stack) {
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
        return result
    }

    private func bestMatch(
        at start: Int, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>,
        _ profiles: UnsafeBufferPointer<WordProfile>,
        stack: inout [(node: Int32, next: Int)]
    ) -> (term: Int, length: Int, tier: MatchTier)? {
        var best: (term: Int, length: Int, tier: MatchTier, closeness: Int)? = nil
        // Depth-first over the words' lemma alternatives (rarely more than one path).
        stack.removeAll(keepingCapacity: true)
        stack.append((0, start))
        while let (node, i) = stack.popLast() {
            guard i < words.count, words[i].profile >= 0 else { continue }
            for id in profiles[Int(words[i].profile)].lemmaIDs {
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                guard let child = transitions[key] else { continue }
                stack.append((child, i + 1))
                guard let ending = accepting[child] else { continue }
                for t in ending {
                    let span = start...i
                    guard let tier = tier(of: t, span, words, profiles) else { continue }
                    let length = i + 1 - start
                    let closeness = closeness(of: t, span, words, profiles)
                    if let current = best {
                        let candidate = (length, -tier.rank, closeness, -terms[t].entryIndex)
                        let incumbent = (
                            current.length, -current.tier.rank, current.closeness, -terms[current.term].entryIndex
                        )
                        if candidate <= incumbent { continue }
                    }
                    best = (t, length, tier, closeness)
                }
            }
        }
        return best.map { ($0.term, $0.length, $0.tier) }
    }

    /// How many words of the term are the text's words or their bare lemmas: among inflected
    /// matches, the root entry `tarik` is closer to *menarik* than the derived `penarikan`.
    private func closeness(
        of t: Int, _ span: ClosedRange<Int>, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>,
        _ profiles: UnsafeBufferPointer<WordProfile>
    ) -> Int {
        var score = 0
        for (offset, i) in span.enumerated() {
            let p = Int(words[i].profile)
            let wanted = terms[t].folded[offset]
            if wanted == profiles[p].folded { score += 2 } else if profiles[p].lemmas.contains(wanted) { score += 1 }
        }
        return score
    }

    /// The tier at which term `t` matches the words of `span`, or nil when its constraints rule
    /// it out. The words at `span` all have profiles (they have glossary lemmas).
    private func tier(
        of t: Int, _ span: ClosedRange<Int>, _ words: UnsafeBufferPointer<(range: Range<Int>, profile: Int32)>,
        _ profiles: UnsafeBufferPointer<WordProfile>
    ) -> MatchTier? {
        var exact = true
        var sameCase = true
        let caseSensitive = terms[t].caseSensitive
        for (offset, i) in span.enumerated() {
            let p = Int(words[i].profile)
            let surface = terms[t].surfaces[offset]
            if caseSensitive {
                guard profiles[p].surface == surface || profiles[p].caseKey == surface else { return nil }
                if profiles[p].surface != surface {
                    exact = false
                    sameCase = false
                }
                continue
            }
            if profiles[p].surface != surface { exact = false }
            if profiles[p].folded != terms[t].folded[offset] {
                sameCase = false
                // A capital inside a sentence is a name's (not at the segment's first word).
                let nameLike = profiles[p].capitalised && i != 0
                if nameLike && profiles[p].strippedPrefix { return nil }
                // Function words match only as themselves (*tersebut* is not *menyebut*).
                if profiles[p].isFunctionWord { return nil }
                // A derived glossary word matches only the same derivation (`perbatasan` is not
                // *terbatas*, `Kementerian` is not *Menteri*, `penarikan` is not *menarik*);
                // a bare root matches all of its forms.
                let wanted = terms[t].derivations[offset]
                if wanted != 0 && wanted != profiles[p].derivation { return nil }
            }
        }
        return exact ? .exact : sameCase ? .case : .inflected
    }
}
