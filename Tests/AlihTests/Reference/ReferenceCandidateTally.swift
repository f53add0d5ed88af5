import AlihCore
import AlihFormats
import AlihStages

@testable import Alih

/// The candidate side of a coverage figure, accumulated document by document without keeping
/// the documents: names and acronyms by text, and identical runs of content words counted once.
///
/// Which phrases are reported is decided at the end (`reportedPhrases`): those occurring at
/// least `minimumCount` times, less a phrase inside a longer reported one that occurs exactly as
/// often (*sistem* inside *sistem imun* when it never occurs alone). A phrase's sub-phrases are
/// looked up directly, so the cost grows with the number of phrases, not with its square. Where
/// reported phrases overlap in a run, only the outermost are counted (`outermost`).
struct ReferenceCandidateTally: Sendable {
    /// Where a candidate first occurred, with the text of its segment.
    struct Example: Sendable {
        var order: Order
        var article: String
        var segment: String
        var textIndex: Int
    }

    /// The position of an occurrence among all documents added: article, then byte offset.
    struct Order: Sendable, Comparable {
        var article: Int
        var offset: Int
        static func < (a: Order, b: Order) -> Bool { (a.article, a.offset) < (b.article, b.offset) }
    }

    struct NameCount: Sendable {
        var kind: TermCandidateFinder.Occurrence.Kind
        var text: String
        var count: Int
        var example: Example
    }

    /// Identical runs (the same words with the same spacing) counted together.
    struct RunCount: Sendable {
        var lemmas: [Int32]
        /// Each word's bytes within the run's text.
        var words: [Range<Int>]
        var count: Int
        var example: Example
    }

    private(set) var names: [String: NameCount] = [:]
    private(set) var runs: [String: RunCount] = [:]
    private var texts: [String] = []
    private var lastText: (article: Int, segment: String)?
    /// Sub-phrase look-ups made by `reportedPhrases` (for tests: linear in the phrases).
    private(set) var subphraseLookups = 0

    /// Adds one document's candidates; `article` numbers the documents in the order added,
    /// `lemmaIDs` are the runs' lemmas as interned by the caller.
    mutating func add(
        _ scan: CandidateScan, lemmaIDs: [[Int32]], of document: Document, article: Int, segmentText: (String) -> String
    ) {
        let text = document.text
        var runIndex = 0
        func addRuns(before limit: String.Index?) {
            while runIndex < scan.runs.count, limit.map({ scan.runs[runIndex].words[0].lowerBound < $0 }) ?? true {
                let run = scan.runs[runIndex]
                let surface = String(text[run.range])
                if runs[surface] != nil {
                    runs[surface]!.count += 1
                } else {
                    let utf8 = text.utf8
                    let start = utf8.distance(from: utf8.startIndex, to: run.range.lowerBound)
                    let words = run.words.map { word in
                        (utf8.distance(from: utf8.startIndex, to: word.lowerBound) - start)..<(utf8.distance(
                            from: utf8.startIndex, to: word.upperBound) - start)
                    }
                    let first = example(
                        run.segmentID, at: run.range.lowerBound, of: document, article: article,
                        segmentText: segmentText)
                    runs[surface] = RunCount(lemmas: lemmaIDs[runIndex], words: words, count: 1, example: first)
                }
                runIndex += 1
            }
        }
        for name in scan.names {
            addRuns(before: name.range.lowerBound)
            let key = "\(name.kind.rawValue):\(name.key)"
            if names[key] != nil {
                names[key]!.count += 1
            } else {
                let first = example(
                    name.segmentID, at: name.range.lowerBound, of: document, article: article, segmentText: segmentText)
                names[key] = NameCount(kind: name.kind, text: name.key, count: 1, example: first)
            }
        }
        addRuns(before: nil)
    }

    /// An example at `index` of `document`, its segment's text stored once.
    private mutating func example(
        _ segment: String, at index: String.Index, of document: Document, article: Int, segmentText: (String) -> String
    ) -> Example {
        if lastText?.article != article || lastText?.segment != segment {
            texts.append(segmentText(segment))
            lastText = (article, segment)
        }
        let offset = document.text.utf8.distance(from: document.text.startIndex, to: index)
        return Example(
            order: Order(article: article, offset: offset), article: document.sourceName, segment: segment,
            textIndex: texts.count - 1)
    }

    /// The phrases to report: at least `minimumCount` occurrences, not a single word of
    /// general vocabulary (`isGeneral`), and not inside a longer reported phrase with the same count.
    mutating func reportedPhrases(minimumCount: Int, maxLength: Int, isGeneral: (Int32) -> Bool) -> Set<[Int32]> {
        var counts: [[Int32]: Int] = [:]
        for run in runs.values {
            for start in run.lemmas.indices {
                for end in start..<min(run.lemmas.count, start + maxLength) {
                    counts[Array(run.lemmas[start...end]), default: 0] += run.count
                }
            }
        }
        var reported = Set<[Int32]>()
        for (phrase, count) in counts where count >= minimumCount && !(phrase.count == 1 && isGeneral(phrase[0])) {
            reported.insert(phrase)
        }
        var subsumed = Set<[Int32]>()
        for phrase in reported where phrase.count > 1 {
            let count = counts[phrase]
            for length in 1..<phrase.count {
                for start in 0...(phrase.count - length) {
                    subphraseLookups += 1
                    let part = Array(phrase[start..<(start + length)])
                    if counts[part] == count { subsumed.insert(part) }
                }
            }
        }
        reported.subtract(subsumed)
        return reported
    }

    /// The word spans of `lemmas` to count: reported phrases not inside a longer reported one
    /// that starts earlier or at the same word (taken left to right, longest first).
    static func outermost(_ lemmas: [Int32], maxLength: Int, reported: Set<[Int32]>) -> [Range<Int>] {
        var kept: [Range<Int>] = []
        for start in lemmas.indices {
            for end in (start..<min(lemmas.count, start + maxLength)).reversed() {
                if let last = kept.last, last.lowerBound <= start, last.upperBound >= end + 1 { continue }
                if reported.contains(Array(lemmas[start...end])) { kept.append(start..<(end + 1)) }
            }
        }
        return kept
    }

    /// The candidates to report, highest `score` first (for a kind, a count and the words'
    /// lemmas), and how many places they cover.
    func candidates(
        reported: Set<[Int32]>, maxLength: Int, lemma: (Int32) -> String,
        score: (TermCandidateFinder.Occurrence.Kind, Int, [String]) -> Double
    ) -> (candidates: [CoverageReport.Candidate], places: Int) {
        var places = 0
        var listed: [CoverageReport.Candidate] = []
        for name in names.values {
            places += name.count
            listed.append(
                CoverageReport.Candidate(
                    kind: name.kind, text: name.text, key: name.text, count: name.count,
                    score: score(name.kind, name.count, name.text.lowercased().split(separator: " ").map(String.init)),
                    example: report(name.example)))
        }
        var phrases: [[Int32]: (count: Int, forms: [String: Int], example: Example)] = [:]
        for (surface, run) in runs {
            for span in Self.outermost(run.lemmas, maxLength: maxLength, reported: reported) {
                places += run.count
                let key = Array(run.lemmas[span])
                let bytes = surface.utf8
                let form = String(
                    decoding: bytes[
                        bytes.index(
                            bytes.startIndex, offsetBy: run.words[span.lowerBound].lowerBound)..<bytes.index(
                                bytes.startIndex, offsetBy: run.words[span.upperBound - 1].upperBound)], as: UTF8.self)
                if phrases[key] == nil {
                    phrases[key] = (run.count, [form: run.count], run.example)
                } else {
                    phrases[key]!.count += run.count
                    phrases[key]!.forms[form, default: 0] += run.count
                    if run.example.order < phrases[key]!.example.order { phrases[key]!.example = run.example }
                }
            }
        }
        for (key, phrase) in phrases {
            let words = key.map(lemma)
            let lemmas = words.joined(separator: " ")
            listed.append(
                CoverageReport.Candidate(
                    kind: .phrase,
                    text: CoverageReport.Form.ranked(phrase.forms).first?.text ?? lemmas,
                    key: lemmas, count: phrase.count, score: score(.phrase, phrase.count, words),
                    example: report(phrase.example)))
        }
        listed.sort {
            ($0.score, $0.count, $1.kind.rawValue, $1.text, $1.key)
                > ($1.score, $1.count, $0.kind.rawValue, $0.text, $0.key)
        }
        return (listed, places)
    }

    private func report(_ example: Example) -> CoverageReport.Example {
        CoverageReport.Example(article: example.article, segment: example.segment, text: texts[example.textIndex])
    }
}
