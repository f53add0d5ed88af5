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
        var lemmas: [String]
        /// Each word's derivational affixes (empty for a bare root).
        var derivations: [[String]]
        var reduplicated: [Bool]
        var classes: [TermWordClass]
        var caseSensitive: Bool
    }

    struct Token {
        var range: Range<String.Index>
        var surface: String
        var folded: String
        /// The surface without a hyphenated clitic (`KPK` for `KPK-nya`).
        var caseKey: String
        var analysis: LemmaAnalysis
        var lemmas: [String]
        /// Ids of the token's lemmas known to the glossary (usually one; two for a listed
        /// word that is also a derivation).
        var lemmaIDs: [Int32]
        var nameLike: Bool
        var isFunctionWord: Bool
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
            let entryClass = TermWordClass(partOfSpeech: entry.partOfSpeech)
            accepting[node, default: []].append(
                Term(
                    entryIndex: index, surfaces: words, folded: words.map { $0.lowercased() },
                    lemmas: words.map { lemmatizer.lemma($0) },
                    derivations: words.map { lemmatizer.analyze($0).derivation },
                    reduplicated: words.map { lemmatizer.analyze($0).isReduplicated },
                    classes: words.indices.map { $0 == 0 ? entryClass : .fixed }, caseSensitive: entry.caseSensitive))
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
        let ranges = try Self.words(in: text, &tokenizer)
        // A headline in title case: a capital is no sign of a name there.
        let initials = ranges.compactMap { text.base[$0].first }.filter(\.isLetter)
        let titleCase = initials.count >= 4 && initials.filter(\.isUppercase).count * 3 >= initials.count * 2
        let tokens = ranges.enumerated().map { index, range in
            token(range, in: text.base, first: index == 0 || titleCase)
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
            range: range, surface: surface, folded: folded, caseKey: caseKey, analysis: analysis,
            lemmas: analysis.lemmas, lemmaIDs: analysis.lemmas.compactMap { lemmaIDs[$0] },
            nameLike: capitalised && !first, isFunctionWord: IndonesianStopWords.words.contains(folded))
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
                    guard let (tier, closeness) = tier(of: term, tokens[start...i]) else { continue }
                    let length = i + 1 - start
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

    /// The tier at which `term` matches `tokens` and how close its words are to them (4 for
    /// the word itself but for case, 3 for an inflection of a reduplicated word, 2 for an
    /// inflection of another, 1 for a derivation of a root its class accepts), or nil when its
    /// constraints rule it out.
    private func tier(of term: Term, _ tokens: ArraySlice<Token>) -> (MatchTier, closeness: Int)? {
        var exact = true
        var sameCase = true
        var closeness = 0
        for (offset, token) in tokens.enumerated() {
            let surface = term.surfaces[offset]
            if token.surface != surface { exact = false }
            if term.caseSensitive {
                guard token.surface == surface || token.caseKey == surface else { return nil }
                if token.surface != surface { sameCase = false }
                closeness += token.surface == surface ? 4 : 2
                continue
            }
            if token.folded == term.folded[offset] {
                closeness += 4
                continue
            }
            sameCase = false
            // The reading of the token that leads to the term word's lemma.
            let analysis = token.analysis
            let primary = analysis.lemma == term.lemmas[offset]
            let (derivation, affixes) =
                primary
                ? (analysis.derivation, analysis.affixes)
                : (analysis.alternativeDerivation, analysis.alternativeAffixes)
            if term.reduplicated[offset] && !analysis.isReduplicated { return nil }
            if token.nameLike && !derivation.isEmpty { return nil }
            let wanted = term.derivations[offset]
            if !wanted.isEmpty {
                // A listed word's regular analysis reaches roots only.
                guard primary,
                    derivation == wanted
                        || (!token.isFunctionWord && TermWordClass.voiced(derivation, affixes: affixes) == wanted)
                else { return nil }
                closeness += term.reduplicated[offset] ? 3 : 2
            } else if token.isFunctionWord {
                return nil
            } else if derivation.isEmpty {
                closeness += term.reduplicated[offset] ? 3 : 2
            } else if term.classes[offset].accepts(
                derivation: derivation, reduplicated: analysis.isReduplicated,
                gluedPreposition: primary
                    && TermWordClass.gluedPreposition(analysis.affixes, derivation: analysis.derivation).map {
                        lemmatizer.dictionaryKnows($0 + analysis.lemma) == false
                    } == true)
            {
                closeness += 1
            } else {
                return nil
            }
        }
        return (exact ? .exact : sameCase ? .case : .inflected, closeness)
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
