import AlihCore

/// Finds words and phrases of a segmented, glossary-matched document that look like terms
/// the glossary is missing.
///
/// Three kinds, all outside the glossary's own matches:
/// - **names**: runs of capitalised words inside a sentence (*Dmitry Peskov*, *Zvartnots*,
///   *Organisasi Perjanjian Keamanan Kolektif*); a sentence's first word counts only when the
///   next one continues the run. Title-case lines (headlines) are skipped.
/// - **acronyms**: words of two or more capital letters (*AFP*, *ICC*).
/// - **phrases**: sequences of 1–3 lowercase content words (no function word from
///   `IndonesianStopWords`, no number), keyed by their lemmas so that inflected forms count
///   together. The finder returns the maximal runs of such words (`PhraseRun`); which of their
///   phrases are frequent enough to report is decided by the caller.
///
/// A phrase never spans punctuation (*harga, beras* is two words, not a phrase). Abbreviations
/// the segmenter knows (*Bpk.*, *Kec.*, *S.H.*, *dll.*), single letters (initials), Roman
/// numerals and amounts (*Rp5,2*) are never candidates, nor is a capitalised ordinary word the
/// article also writes in lowercase (*Kucing* beside *kucing*); well-known single-word names
/// (`TermLikeness.isWellKnownName`: *Indonesia*, *China*) are left out unless `includeKnownNames`.
public struct TermCandidateFinder: Sendable {
    public let lemmatizer: IndonesianLemmatizer
    public let maxPhraseLength: Int
    /// What judges candidates against general Indonesian.
    public let termLikeness: TermLikeness
    /// Report well-known names too.
    public let includeKnownNames: Bool

    public init(lemmatizer: IndonesianLemmatizer, maxPhraseLength: Int = 3, includeKnownNames: Bool = false) {
        self.lemmatizer = lemmatizer
        self.maxPhraseLength = maxPhraseLength
        self.termLikeness = TermLikeness(lemmatizer: lemmatizer)
        self.includeKnownNames = includeKnownNames
    }

    /// A place where a candidate occurs.
    public struct Occurrence: Sendable, Equatable {
        public enum Kind: String, Sendable, Codable, CaseIterable {
            case name, acronym, phrase
        }

        public var kind: Kind
        /// What counts as the same candidate: the text for names and acronyms, the lemmas
        /// joined by spaces for phrases.
        public var key: String
        public var range: Range<String.Index>
        public var segmentID: String

        public init(kind: Kind, key: String, range: Range<String.Index>, segmentID: String) {
            self.kind = kind
            self.key = key
            self.range = range
            self.segmentID = segmentID
        }
    }

    /// The names, acronyms and content-word runs of every translatable segment of `document`.
    public func scan(_ document: Document) throws -> CandidateScan {
        var tokenizer = try WordTokenizer()
        var names: [Occurrence] = []
        var runs: [PhraseRun] = []
        let text = document.text
        var segments: [(Segment, [Range<String.Index>])] = []
        for block in document.blocks where block.isTranslatable {
            for segment in block.segments { segments.append((segment, try tokenizer.words(in: text[segment.range]))) }
        }
        // Words written with a capital inside sentences: names, also when they open one.
        var knownNames = Set<String>()
        var lowercaseWords = Set<Substring>()
        for (_, words) in segments {
            for word in words.dropFirst() where isCapitalised(text[word]) { knownNames.insert(text[word].lowercased()) }
            for word in words where text[word].first?.isLowercase == true { lowercaseWords.insert(text[word]) }
        }
        for (segment, words) in segments {
            let covered = words.map { word in segment.terms.contains { $0.range.overlaps(word) } }
            names += self.names(words, covered, in: text, segment: segment.id, knownNames: knownNames)
            runs += phraseRuns(words, covered, in: text, segment: segment.id, knownNames: knownNames)
        }
        var found = peelKnownNames(names, in: text)
        found.removeAll { name in
            if Self.isNeverATerm(name.key) { return true }
            guard name.kind == .name, !name.key.contains(" ") else { return false }
            if lowercaseWords.contains(Substring(name.key.lowercased())), lemmatizer.isOrdinaryWord(name.key) {
                return true
            }
            return !includeKnownNames && termLikeness.isWellKnownName(name.key)
        }
        return CandidateScan(names: found, runs: runs)
    }

    /// Splits a leading known name off a longer name run: in *Menteri Armenia Nikol Pashinyan*
    /// or *Kremlin Dmitry Peskov*, *Armenia* and *Kremlin* also stand alone in the article, so
    /// the person is *Nikol Pashinyan*, *Dmitry Peskov*.
    private func peelKnownNames(_ found: [Occurrence], in text: String) -> [Occurrence] {
        let singles = Set(found.filter { $0.kind == .name && !$0.key.contains(" ") }.map(\.key))
        var result: [Occurrence] = []
        for occurrence in found {
            guard occurrence.kind == .name, occurrence.key.contains(" ") else {
                result.append(occurrence)
                continue
            }
            var rest = occurrence
            while let space = rest.key.firstIndex(of: " "), singles.contains(String(rest.key[..<space])),
                rest.key[rest.key.index(after: space)...].contains(" ")
                    || singles.contains(String(rest.key[rest.key.index(after: space)...])) == false
            {
                let head = String(rest.key[..<space])
                let headEnd = text.index(rest.range.lowerBound, offsetBy: head.count)
                result.append(
                    Occurrence(
                        kind: .name, key: head, range: rest.range.lowerBound..<headEnd, segmentID: rest.segmentID))
                guard let next = text[headEnd..<rest.range.upperBound].firstIndex(where: { $0 != " " }) else { break }
                rest = Occurrence(
                    kind: .name, key: String(text[next..<rest.range.upperBound]), range: next..<rest.range.upperBound,
                    segmentID: rest.segmentID)
            }
            result.append(rest)
        }
        return result
    }

    /// Abbreviations written without their final dot (`Bpk`, `S.H`, `dll`).
    private static let abbreviations: Set<String> = Set(
        (IndonesianAbbreviations.nonTerminal + IndonesianAbbreviations.beforeNumber + IndonesianAbbreviations.listEnding)
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })

    /// Single letters, Roman numerals up to XXXIX, abbreviations and amounts.
    private static func isNeverATerm(_ name: String) -> Bool {
        if name.count == 1 || abbreviations.contains(name) { return true }
        if name.count <= 6, name.allSatisfy({ "IVX".contains($0) }) { return true }
        if name.hasPrefix("Rp"), name.dropFirst(2).first?.isNumber == true { return true }
        return false
    }

    private func isCapitalised(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    private func isAcronym(_ word: Substring) -> Bool {
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            && word.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-"
            }
    }

    private func names(
        _ words: [Range<String.Index>], _ covered: [Bool], in text: String, segment: String, knownNames: Set<String>
    ) -> [Occurrence] {
        let capitalised = words.map { isCapitalised(text[$0]) }
        // Headlines and other title-case lines: every word is capitalised.
        if words.count >= 4, capitalised.filter({ $0 }).count * 10 >= words.count * 7 { return [] }
        var result: [Occurrence] = []
        var i = 0
        while i < words.count {
            guard capitalised[i], !covered[i] else {
                i += 1
                continue
            }
            // A run continues over capitalised words separated by a single space only.
            var end = i + 1
            while end < words.count, capitalised[end], !covered[end],
                text[words[end - 1].upperBound..<words[end].lowerBound] == " "
            {
                end += 1
            }
            var start = i
            let first = text[words[i]].lowercased()
            // An ordinary word opening the sentence ("Menurut Kremlin"), or a dateline ("MOSKOW -").
            if i == 0 {
                let dateline =
                    text[words[0].upperBound...].hasPrefix(" - ") || text[words[0].upperBound...].hasPrefix(" – ")
                let ordinary = lemmatizer.isOrdinaryWord(first) && !knownNames.contains(first)
                if dateline || IndonesianStopWords.words.contains(first) || ordinary {
                    start += 1
                }
            } else if end - i == 1 && IndonesianStopWords.words.contains(first) {
                start += 1
            }
            if start < end {
                let range = words[start].lowerBound..<words[end - 1].upperBound
                let kind: Occurrence.Kind = end - start == 1 && isAcronym(text[words[start]]) ? .acronym : .name
                result.append(Occurrence(kind: kind, key: String(text[range]), range: range, segmentID: segment))
            }
            i = end
        }
        return result
    }

    private func phraseRuns(
        _ words: [Range<String.Index>], _ covered: [Bool], in text: String, segment: String, knownNames: Set<String>
    ) -> [PhraseRun] {
        var result: [PhraseRun] = []
        var run = PhraseRun(segmentID: segment, words: [], lemmas: [])
        for (index, range) in words.enumerated() {
            // A phrase continues only over a single space.
            if let last = run.words.last, text[last.upperBound..<range.lowerBound] != " " {
                result.append(run)
                run = PhraseRun(segmentID: segment, words: [], lemmas: [])
            }
            if let lemma = usableLemma(text[range], at: index, covered: covered[index], knownNames: knownNames) {
                run.words.append(range)
                run.lemmas.append(lemma)
            } else if !run.words.isEmpty {
                result.append(run)
                run = PhraseRun(segmentID: segment, words: [], lemmas: [])
            }
        }
        if !run.words.isEmpty { result.append(run) }
        return result
    }

    /// The lemma of a word that can be part of a phrase: a lowercase content word of three or
    /// more letters (or an ordinary word capitalised because it opens the sentence), not inside
    /// a glossary match.
    private func usableLemma(_ word: Substring, at index: Int, covered: Bool, knownNames: Set<String>) -> String? {
        guard !covered else { return nil }
        let folded = word.lowercased()
        // Capitalised words are names (reported as such), except an ordinary word opening a sentence.
        guard !isCapitalised(word) || (index == 0 && lemmatizer.isOrdinaryWord(folded) && !knownNames.contains(folded))
        else { return nil }
        guard folded.count >= 3, folded.allSatisfy({ $0.isLetter || $0 == "-" }),
            !IndonesianStopWords.words.contains(folded), !Self.abbreviations.contains(String(word))
        else { return nil }
        let lemma = lemmatizer.lemma(folded)
        return IndonesianStopWords.words.contains(lemma) ? nil : lemma
    }
}
