import AlihCore
import AlihICU
import AlihStages
import Foundation

/// The glossary matcher as first written — every token analysed afresh from its String, no
/// caches, one segment at a time — kept as the definition `GlossaryMatcher` is checked against.
final class ReferenceGlossaryMatcher: Sendable {
    let glossary: Glossary
    /// Entries whose source has no word at all (only punctuation), which never match.
    let unmatchableEntries: [Int]
    private let lemmatizer: IndonesianLemmatizer
    private let lemmaIDs: [String: Int32]
    private let transitions: [UInt64: Int32]
    private let accepting: [Int32: [Term]]

    struct Term: Sendable {
        var entryIndex: Int
        var surfaces: [String]
        var folded: [String]
        /// Each word's derivational affixes (empty for a bare root).
        var derivations: [[String]]
        var caseSensitive: Bool
    }

    struct Token {
        var range: Range<String.Index>
        var surface: String
        var folded: String
        /// The surface without a hyphenated clitic (`KPK` for `KPK-nya`).
        var caseKey: String
        var lemmas: [String]
        /// Ids of the token's lemmas known to the glossary (usually one; two for a listed
        /// word that is also a derivation).
        var lemmaIDs: [Int32]
        var nameLike: Bool
        var strippedPrefix: Bool
        var derivation: [String]
    }

    /// Compiles `glossary`.
    init(glossary: Glossary, lemmatizer: IndonesianLemmatizer, locale: String = "id") throws {
        self.glossary = glossary
        self.lemmatizer = lemmatizer
        var tokenizer = try BreakIterator(.word, locale: locale)
        var lemmaIDs: [String: Int32] = [:]
        var transitions: [UInt64: Int32] = [:]
        var accepting: [Int32: [Term]] = [:]
        var unmatchable: [Int] = []
        var nodeCount: Int32 = 1
        for (index, entry) in glossary.entries.enumerated() {
            let words = try Self.words(in: entry.source[...], &tokenizer).map { String(entry.source[$0]) }
            guard !words.isEmpty else {
                unmatchable.append(index)
                continue
            }
            var node: Int32 = 0
            for word in words {
                let lemma = lemmatizer.lemma(word)
                let id: Int32
                if let known = lemmaIDs[lemma] {
                    id = known
                } else {
                    id = Int32(lemmaIDs.count)
                    lemmaIDs[lemma] = id
                }
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                if let next = transitions[key] {
                    node = next
                } else {
                    transitions[key] = nodeCount
                    node = nodeCount
                    nodeCount += 1
                }
            }
            accepting[node, default: []].append(
                Term(
                    entryIndex: index, surfaces: words, folded: words.map { $0.lowercased() },
                    derivations: words.map { lemmatizer.analyze($0).derivation }, caseSensitive: entry.caseSensitive))
        }
        self.lemmaIDs = lemmaIDs
        self.transitions = transitions
        self.accepting = accepting
        self.unmatchableEntries = unmatchable
    }

    /// How many trie nodes the compiled glossary has (for reports and benchmarks).
    var nodeCount: Int { transitions.count + 1 }

    /// The terms in `text` (a segment), as ranges into its base string.
    func matches(in text: Substring, tokenizer: inout BreakIterator) throws -> [TermMatch] {
        let tokens = try Self.words(in: text, &tokenizer).enumerated().map { index, range in
            token(range, in: text.base, first: index == 0)
        }
        var result: [TermMatch] = []
        var i = 0
        while i < tokens.count {
            if let best = bestMatch(at: i, tokens) {
                result.append(
                    TermMatch(
                        range: tokens[i].range.lowerBound..<tokens[i + best.length - 1].range.upperBound,
                        entryIndex: best.term.entryIndex, tier: best.tier))
                i += best.length
            } else {
                i += 1
            }
        }
        return result
    }

    private func token(_ range: Range<String.Index>, in base: String, first: Bool) -> Token {
        let surface = String(base[range])
        let folded = surface.lowercased()
        let analysis = lemmatizer.analyze(folded)
        var caseKey = surface
        if let hyphen = surface.lastIndex(of: "-"),
            ["nya", "ku", "mu", "lah", "kah", "pun"].contains(surface[surface.index(after: hyphen)...].lowercased())
        {
            caseKey = String(surface[..<hyphen])
        }
        let capitalised = surface.first.map { $0.isUppercase } ?? false
        return Token(
            range: range, surface: surface, folded: folded, caseKey: caseKey, lemmas: analysis.lemmas,
            lemmaIDs: analysis.lemmas.compactMap { lemmaIDs[$0] },
            nameLike: capitalised && !first, strippedPrefix: analysis.strippedPrefix, derivation: analysis.derivation)
    }

    private func bestMatch(at start: Int, _ tokens: [Token]) -> (term: Term, length: Int, tier: MatchTier)? {
        var best: (term: Term, length: Int, tier: MatchTier, closeness: Int)? = nil
        // Depth-first over the token's lemma alternatives (rarely more than one path).
        var stack: [(node: Int32, next: Int)] = [(0, start)]
        while let (node, i) = stack.popLast() {
            guard i < tokens.count else { continue }
            for id in tokens[i].lemmaIDs {
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                guard let child = transitions[key] else { continue }
                stack.append((child, i + 1))
                for term in accepting[child] ?? [] {
                    let span = tokens[start...i]
                    guard let tier = tier(of: term, span) else { continue }
                    let length = i + 1 - start
                    let closeness = closeness(of: term, span)
                    if let current = best {
                        let candidate = (length, -tier.rank, closeness, -term.entryIndex)
                        let incumbent = (
                            current.length, -current.tier.rank, current.closeness, -current.term.entryIndex
                        )
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
    private func closeness(of term: Term, _ tokens: ArraySlice<Token>) -> Int {
        var score = 0
        for (offset, token) in tokens.enumerated() {
            if term.folded[offset] == token.folded {
                score += 2
            } else if token.lemmas.contains(term.folded[offset]) {
                score += 1
            }
        }
        return score
    }

    /// The tier at which `term` matches `tokens`, or nil when its constraints rule it out.
    private func tier(of term: Term, _ tokens: ArraySlice<Token>) -> MatchTier? {
        var exact = true
        var sameCase = true
        for (offset, token) in tokens.enumerated() {
            let surface = term.surfaces[offset]
            if term.caseSensitive {
                guard token.surface == surface || token.caseKey == surface else { return nil }
                if token.surface != surface {
                    exact = false
                    sameCase = false
                }
                continue
            }
            if token.surface != surface { exact = false }
            if token.folded != term.folded[offset] {
                sameCase = false
                if token.nameLike && token.strippedPrefix { return nil }
                // Function words match only as themselves (*tersebut* is not *menyebut*).
                if IndonesianStopWords.words.contains(token.folded) { return nil }
                // A derived glossary word matches only the same derivation (`perbatasan` is not
                // *terbatas*, `Kementerian` is not *Menteri*, `penarikan` is not *menarik*);
                // a bare root matches all of its forms.
                let wanted = term.derivations[offset]
                if !wanted.isEmpty && wanted != token.derivation { return nil }
            }
        }
        return exact ? .exact : sameCase ? .case : .inflected
    }

    /// ICU's words of `text`, hyphenated words merged, as `WordTokenizer` first did it.
    static func words(in text: Substring, _ iterator: inout BreakIterator) throws -> [Range<String.Index>] {
        var pieces: [(range: Range<String.Index>, isWord: Bool)] = []
        var start = text.startIndex
        for boundary in try iterator.boundaries(in: text) {
            pieces.append((start..<boundary.index, WordKind(status: boundary.status) != .none))
            start = boundary.index
        }
        var words: [Range<String.Index>] = []
        var i = 0
        while i < pieces.count {
            guard pieces[i].isWord else {
                i += 1
                continue
            }
            var range = pieces[i].range
            while i + 2 < pieces.count, pieces[i + 2].isWord, text.base[pieces[i + 1].range] == "-" {
                range = range.lowerBound..<pieces[i + 2].range.upperBound
                i += 2
            }
            words.append(range)
            i += 1
        }
        return words
    }
}
