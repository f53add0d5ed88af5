import AlihCore
import AlihFormats
import AlihStages

@testable import Alih

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
struct ReferenceTermCandidateFinder: Sendable {
    let lemmatizer: IndonesianLemmatizer
    let maxPhraseLength: Int
    /// What judges candidates against general Indonesian.
    let termLikeness: TermLikeness
    /// Report well-known names too.
    let includeKnownNames: Bool

    init(lemmatizer: IndonesianLemmatizer, maxPhraseLength: Int = 3, includeKnownNames: Bool = false) {
        self.lemmatizer = lemmatizer
        self.maxPhraseLength = maxPhraseLength
        self.termLikeness = TermLikeness(lemmatizer: lemmatizer)
        self.includeKnownNames = includeKnownNames
    }

    typealias Occurrence = TermCandidateFinder.Occurrence

    /// Segments per thread at least: an article's are scanned on one thread.
    static let segmentsPerChunk = 2_000

    /// The names, acronyms and content-word runs of every translatable segment of `document`.
    func scan(_ document: Document) throws -> CandidateScan {
        try scan(document, segmentsPerChunk: Self.segmentsPerChunk)
    }

    /// `scan`, with the segments in chunks of `segmentsPerChunk` at least (for tests: the scan
    /// is the same whatever the chunks).
    func scan(_ document: Document, segmentsPerChunk: Int) throws -> CandidateScan {
        let text = document.text
        let segments = document.blocks.filter(\.isTranslatable).flatMap(\.segments)
        // A large document's segments are split into words on the cores, then, once the names
        // of the whole document are known, scanned on the cores; the results are joined in order.
        let chunks = try ParallelChunks.map(count: segments.count, minimumChunk: segmentsPerChunk) {
            chunk throws -> (words: [[Range<String.Index>]], knownNames: Set<String>, lowercaseWords: Set<Substring>) in
            var tokenizer = try WordTokenizer()
            var words: [[Range<String.Index>]] = []
            // Words written with a capital inside sentences: names, also when they open one.
            var knownNames = Set<String>()
            var lowercaseWords = Set<Substring>()
            for s in chunk {
                let found = try tokenizer.words(in: text[segments[s].range])
                for word in found.dropFirst() where isCapitalised(text[word]) {
                    knownNames.insert(text[word].lowercased())
                }
                for word in found where Self.startsLowercase(text[word]) { lowercaseWords.insert(text[word]) }
                words.append(found)
            }
            return (words, knownNames, lowercaseWords)
        }
        var knownNames = Set<String>()
        var lowercaseWords = Set<Substring>()
        for chunk in chunks {
            knownNames.formUnion(chunk.knownNames)
            lowercaseWords.formUnion(chunk.lowercaseWords)
        }
        let words = Array(chunks.map(\.words).joined())
        let scanned = ParallelChunks.map(count: segments.count, minimumChunk: segmentsPerChunk) {
            [knownNames] chunk -> (names: [Occurrence], runs: [PhraseRun]) in
            var names: [Occurrence] = []
            var runs: [PhraseRun] = []
            for s in chunk {
                let segment = segments[s]
                let covered = words[s].map { word in segment.terms.contains { $0.range.overlaps(word) } }
                names += self.names(words[s], covered, in: text, segment: segment.id, knownNames: knownNames)
                runs += phraseRuns(words[s], covered, in: text, segment: segment.id, knownNames: knownNames)
            }
            return (names, runs)
        }
        let names = Array(scanned.map(\.names).joined())
        let runs = Array(scanned.map(\.runs).joined())
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

    /// Whether the word's first Character is lowercase: decided on the bytes when it is an ASCII
    /// letter not followed by a combining mark (anything else asks the Character).
    static func startsLowercase(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        if let first = utf8.first, first < 0x80 {
            let second = utf8.dropFirst().first
            if second == nil || second! < 0x80 { return (0x61...0x7A).contains(first) }
        }
        return word.first?.isLowercase == true
    }

    /// Whether every Character of `word` is a letter or a hyphen (on the bytes for ASCII).
    static func isLettersAndHyphens(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) || $0 == UInt8(ascii: "-") }
        }
        return word.allSatisfy { $0.isLetter || $0 == "-" }
    }

    private func isCapitalised(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        // An ASCII scalar is uppercase when it is A–Z (no property look-up needed).
        if first.isASCII { return (0x41...0x5A).contains(first.value) }
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
        guard folded.count >= 3, Self.isLettersAndHyphens(folded),
            !IndonesianStopWords.words.contains(folded), !Self.abbreviations.contains(String(word))
        else { return nil }
        let lemma = lemmatizer.lemma(folded)
        return IndonesianStopWords.words.contains(lemma) ? nil : lemma
    }
}
