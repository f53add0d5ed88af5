import AlihCore
import Synchronization

/// Finds glossary terms in text through Indonesian morphology, in time linear in the text.
///
/// The glossary is compiled once: every entry's source is split into words, each word is
/// reduced to its lemma (`IndonesianLemmatizer`), lemmas get integer ids, and the entries
/// become paths in a trie over lemma ids. Matching walks the trie from each word of a
/// segment, so the cost per word is bounded by the longest term, not the glossary size. What
/// matching needs to know of a word form (its lemmas, derivation, case) is worked out once per
/// distinct form and kept (`WordProfile`), so a word's cost is a hash look-up of its bytes.
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
public final class GlossaryMatcher: Sendable {
    public let glossary: Glossary
    /// Entries whose source has no word at all (only punctuation), which never match.
    public let unmatchableEntries: [Int]
    let lemmatizer: IndonesianLemmatizer
    let locale: String
    private let lemmaIDs: [String: Int32]
    private let transitions: [UInt64: Int32]
    private let accepting: [Int32: [Term]]
    /// The derivations of the glossary's words; id 0 is the bare root's (no affix).
    private let derivationIDs: [[String]: Int32]
    /// Rules out, from its letters, most words that cannot have a glossary lemma, so that they
    /// are never analysed.
    private let lemmaFilter: LemmaTraceFilter
    /// Profiles of the word forms met so far, shared by every thread and article.
    private let profiles = Mutex<[String: WordProfile]>([:])
    /// Scanners not in use (`withScanner`).
    private let scanners = Mutex<[TermScanner]>([])
    /// Forms kept at most in `profiles` (an archive's vocabulary stays far below it).
    static let profileLimit = 1 << 20

    struct Term: Sendable {
        var entryIndex: Int
        var surfaces: [String]
        var folded: [String]
        /// Each word's derivation id (0 for a bare root, which matches every derivation).
        var derivations: [Int32]
        var caseSensitive: Bool
    }

    /// Compiles `glossary`.
    public init(glossary: Glossary, lemmatizer: IndonesianLemmatizer, locale: String = "id") throws {
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
        for (index, entry) in glossary.entries.enumerated() {
            let words = try tokenizer.words(in: entry.source[...]).map { String(entry.source[$0]) }
            guard !words.isEmpty else { unmatchable.append(index); continue }
            var node: Int32 = 0
            var derivations: [Int32] = []
            for word in words {
                let analysis = lemmatizer.analyze(word)
                let id: Int32
                if let known = lemmaIDs[analysis.lemma] { id = known } else {
                    id = Int32(lemmaIDs.count)
                    lemmaIDs[analysis.lemma] = id
                }
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                if let next = transitions[key] { node = next } else {
                    transitions[key] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                }
                let derivation = analysis.derivation
                if let known = derivationIDs[derivation] { derivations.append(known) } else {
                    let next = Int32(derivationIDs.count)
                    derivationIDs[derivation] = next
                    derivations.append(next)
                }
            }
            accepting[node, default: []].append(Term(
                entryIndex: index, surfaces: words, folded: words.map { $0.lowercased() },
                derivations: derivations, caseSensitive: entry.caseSensitive))
        }
        self.lemmaIDs = lemmaIDs
        self.derivationIDs = derivationIDs
        lemmaFilter = LemmaTraceFilter(lemmas: lemmaIDs.keys)
        self.transitions = transitions
        self.accepting = accepting
        self.unmatchableEntries = unmatchable
    }

    /// How many trie nodes the compiled glossary has (for reports and benchmarks).
    public var nodeCount: Int { transitions.count + 1 }

    /// The terms in `text` (a segment), as ranges into its base string.
    ///
    /// For many segments, a `TermScanner` (`makeScanner()`) is faster: it keeps what it learnt
    /// of each word form from one segment to the next.
    public func matches(in text: Substring, tokenizer: inout WordTokenizer) throws -> [TermMatch] {
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
            TermMatch(range: base.utf8Index(at: start + $0.range.lowerBound)..<base.utf8Index(at: start + $0.range.upperBound),
                      entryIndex: $0.entryIndex, tier: $0.tier)
        }
    }

    /// A scanner for many segments on one thread.
    public func makeScanner() throws -> TermScanner { try TermScanner(matcher: self) }

    /// Runs `body` with a scanner from the matcher's pool (made when none is free) and puts it
    /// back afterwards, so that what it learnt of the text's words serves the next article or
    /// part of one.
    public func withScanner<R>(_ body: (TermScanner) throws -> R) throws -> R {
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

    /// What matching needs to know of the word form `surface`, from the shared table or
    /// worked out (and kept) now.
    func profile(of surface: String) -> WordProfile {
        if let known = profiles.withLock({ $0[surface] }) { return known }
        let profile = makeProfile(surface)
        profiles.withLock { table in
            if table.count < Self.profileLimit { table[surface] = profile }
        }
        return profile
    }

    private func makeProfile(_ surface: String) -> WordProfile {
        let folded = surface.lowercased()
        var caseKey = surface
        if let hyphen = surface.lastIndex(of: "-"),
           ["nya", "ku", "mu", "lah", "kah", "pun"].contains(surface[surface.index(after: hyphen)...].lowercased()) {
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
        var i = 0
        while i < words.count {
            if words[i].profile >= 0, let best = bestMatch(at: i, words, profiles, stack: &stack) {
                result.append((words[i].range.lowerBound..<words[i + best.length - 1].range.upperBound, best.term.entryIndex, best.tier))
                i += best.length
            } else {
                i += 1
            }
        }
        return result
    }

    private func bestMatch(
        at start: Int, _ words: [(range: Range<Int>, profile: Int32)], _ profiles: [WordProfile], stack: inout [(node: Int32, next: Int)]
    ) -> (term: Term, length: Int, tier: MatchTier)? {
        var best: (term: Term, length: Int, tier: MatchTier, closeness: Int)? = nil
        // Depth-first over the words' lemma alternatives (rarely more than one path).
        stack.removeAll(keepingCapacity: true)
        stack.append((0, start))
        while let (node, i) = stack.popLast() {
            guard i < words.count, words[i].profile >= 0 else { continue }
            for id in profiles[Int(words[i].profile)].lemmaIDs {
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                guard let child = transitions[key] else { continue }
                stack.append((child, i + 1))
                for term in accepting[child] ?? [] {
                    let span = words[start...i]
                    guard let tier = tier(of: term, span, profiles, first: start == 0) else { continue }
                    let length = i + 1 - start
                    let closeness = closeness(of: term, span, profiles)
                    if let current = best {
                        let candidate = (length, -tier.rank, closeness, -term.entryIndex)
                        let incumbent = (current.length, -current.tier.rank, current.closeness, -current.term.entryIndex)
                        if candidate <= incumbent { continue }
                    }
                    best = (term, length, tier, closeness)
                }
            }
        }
        return best.map { ($0.term, $0.length, $0.tier) }
    }

    /// How many words of the term are the text's words or their bare lemmas: among inflected
    /// matches, the root entry `tarik` is closer to *menarik* than the derived `penarikan`.
    private func closeness(of term: Term, _ words: ArraySlice<(range: Range<Int>, profile: Int32)>, _ profiles: [WordProfile]) -> Int {
        var score = 0
        for (offset, word) in words.enumerated() {
            let profile = profiles[Int(word.profile)]
            if term.folded[offset] == profile.folded { score += 2 } else if profile.lemmas.contains(term.folded[offset]) { score += 1 }
        }
        return score
    }

    /// The tier at which `term` matches `words`, or nil when its constraints rule it out.
    /// `first`: the words start the segment (a capital there is not a name's).
    private func tier(
        of term: Term, _ words: ArraySlice<(range: Range<Int>, profile: Int32)>, _ profiles: [WordProfile], first: Bool
    ) -> MatchTier? {
        var exact = true, sameCase = true
        for (offset, word) in words.enumerated() {
            let profile = profiles[Int(word.profile)]
            let surface = term.surfaces[offset]
            if term.caseSensitive {
                guard profile.surface == surface || profile.caseKey == surface else { return nil }
                if profile.surface != surface { exact = false; sameCase = false }
                continue
            }
            if profile.surface != surface { exact = false }
            if profile.folded != term.folded[offset] {
                sameCase = false
                let nameLike = profile.capitalised && !(first && offset == 0)
                if nameLike && profile.strippedPrefix { return nil }
                // Function words match only as themselves (*tersebut* is not *menyebut*).
                if profile.isFunctionWord { return nil }
                // A derived glossary word matches only the same derivation (`perbatasan` is not
                // *terbatas*, `Kementerian` is not *Menteri*, `penarikan` is not *menarik*);
                // a bare root matches all of its forms.
                let wanted = term.derivations[offset]
                if wanted != 0 && wanted != profile.derivation { return nil }
            }
        }
        return exact ? .exact : sameCase ? .case : .inflected
    }
}
