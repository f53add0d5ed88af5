import AlihCore
import AlihFormats
import AlihStages

@testable import Alih

/// Computes a `CoverageReport` article by article: each processed document is added, its
/// figures are returned at once, and it can then be released — what is kept for the total is
/// compact (entry uses, names, distinct runs of content words), so memory does not hold every
/// document and the work grows linearly with the input.
///
/// **An article's figures depend on that article only**: a phrase is one of its candidates
/// when it occurs at least `minimumPhraseCount` times in the article, whatever else is in the
/// batch. **The total** judges phrases by their count over all articles, so a phrase seen once
/// in each of several articles is a candidate of the total but of none of them, and the total's
/// missing places are not the sum of the articles'.
struct ReferenceCoverageAnalysis: Sendable {
    /// One article's figures and the candidate places reported in it (for the HTML view).
    struct Article: Sendable {
        var coverage: CoverageReport.Coverage
        /// Names, acronyms and the reported phrases not inside a longer reported one, in text order.
        var candidates: [TermCandidateFinder.Occurrence]
    }

    let glossary: Glossary
    let finder: ReferenceTermCandidateFinder
    let minimumPhraseCount: Int

    private var lemmaIDs: [String: Int32] = [:]
    private var lemmas: [String] = []
    /// Per lemma id: general vocabulary (`TermLikeness.isGeneralWord`).
    private var general: [Bool] = []
    private var articles: [CoverageReport.Coverage] = []
    private var totalUses = ReferenceGlossaryUseTally()
    private var totalCandidates = ReferenceCandidateTally()
    private var used: [Bool]

    init(glossary: Glossary, finder: ReferenceTermCandidateFinder, minimumPhraseCount: Int = 2) {
        self.glossary = glossary
        self.finder = finder
        self.minimumPhraseCount = minimumPhraseCount
        used = Array(repeating: false, count: glossary.entries.count)
    }

    /// Adds `document` (processed with the glossary) and returns its figures.
    mutating func add(_ document: Document) throws -> Article {
        add(document, scan: try finder.scan(document))
    }

    /// Adds `document` with its candidates already found (`finder.scan(document)`, which may
    /// run elsewhere: `CoverageRun` scans on the cores and adds in order).
    mutating func add(_ document: Document, scan: CandidateScan) -> Article {
        var ids: [[Int32]] = []
        for run in scan.runs { ids.append(run.lemmas.map { intern($0) }) }
        var segmentTexts: [String: Substring]?
        let segmentText: (String) -> String = { id in
            if segmentTexts == nil {
                segmentTexts = Dictionary(
                    document.blocks.flatMap { $0.segments.map { ($0.id, document.text($0.range)) } },
                    uniquingKeysWith: { first, _ in first })
            }
            return String(segmentTexts?[id] ?? "")
        }
        let ordinal = articles.count

        var uses = ReferenceGlossaryUseTally()
        uses.add(document, prefixSegments: false)
        var candidates = ReferenceCandidateTally()
        candidates.add(scan, lemmaIDs: ids, of: document, article: ordinal, segmentText: segmentText)
        let reported = candidates.reportedPhrases(minimumCount: minimumPhraseCount, maxLength: finder.maxPhraseLength) {
            general[Int($0)]
        }
        let coverage = figures(document.sourceName, uses, candidates, reported: reported)
        articles.append(coverage)

        totalUses.add(document, prefixSegments: true)
        totalCandidates.add(scan, lemmaIDs: ids, of: document, article: ordinal, segmentText: segmentText)
        for block in document.blocks {
            for segment in block.segments { for term in segment.terms { used[term.entryIndex] = true } }
        }

        var places = scan.names
        for (run, lemmas) in zip(scan.runs, ids) {
            for span in ReferenceCandidateTally.outermost(lemmas, maxLength: finder.maxPhraseLength, reported: reported)
            {
                places.append(
                    TermCandidateFinder.Occurrence(
                        kind: .phrase, key: run.lemmas[span].joined(separator: " "),
                        range: run.words[span.lowerBound].lowerBound..<run.words[span.upperBound - 1].upperBound,
                        segmentID: run.segmentID))
            }
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        return Article(coverage: coverage, candidates: places)
    }

    /// The report over every document added so far.
    mutating func report() -> CoverageReport {
        let reported = totalCandidates.reportedPhrases(
            minimumCount: minimumPhraseCount, maxLength: finder.maxPhraseLength
        ) { general[Int($0)] }
        return CoverageReport(
            glossary: glossary.name, glossaryEntries: glossary.entries.count, minimumPhraseCount: minimumPhraseCount,
            articles: articles, total: figures("total", totalUses, totalCandidates, reported: reported),
            unusedEntries: glossary.entries.indices.filter { !used[$0] }
                .map { CoverageReport.UnusedEntry(id: glossary.entries[$0].id, source: glossary.entries[$0].source) })
    }

    /// Sub-phrase look-ups made for the total so far (for tests: linear in the phrases).
    var subphraseLookups: Int { totalCandidates.subphraseLookups }

    private mutating func intern(_ lemma: String) -> Int32 {
        if let id = lemmaIDs[lemma] { return id }
        let id = Int32(lemmas.count)
        lemmas.append(lemma)
        general.append(finder.termLikeness.isGeneralWord(lemma: lemma))
        lemmaIDs[lemma] = id
        return id
    }

    private func figures(
        _ source: String, _ uses: ReferenceGlossaryUseTally, _ candidates: ReferenceCandidateTally,
        reported: Set<[Int32]>
    ) -> CoverageReport.Coverage {
        let lemmas = self.lemmas
        let likeness = finder.termLikeness
        let (listed, missing) = candidates.candidates(
            reported: reported, maxLength: finder.maxPhraseLength, lemma: { lemmas[Int($0)] },
            score: { _, count, words in Self.round(likeness.score(count: count, lemmas: words), places: 2) })
        let terms = uses.termOccurrences
        return CoverageReport.Coverage(
            source: source, segments: uses.segments, segmentsWithTerms: uses.segmentsWithTerms,
            segmentCoverage: uses.segments == 0
                ? 1 : Self.round(Double(uses.segmentsWithTerms) / Double(uses.segments)),
            termOccurrences: terms, missingOccurrences: missing,
            coverage: terms + missing == 0 ? 1 : Self.round(Double(terms) / Double(terms + missing)),
            entries: uses.entries(of: glossary), candidates: listed)
    }

    static func round(_ value: Double, places: Int = 4) -> Double {
        let scale = places == 4 ? 10_000.0 : 100.0
        return (value * scale).rounded() / scale
    }
}

extension ReferenceCoverageAnalysis {
    /// Analyses `documents` in order: the report and each article's figures and places.
    static func analyse(
        _ documents: [Document], glossary: Glossary, finder: ReferenceTermCandidateFinder, minimumPhraseCount: Int = 2
    ) throws -> (report: CoverageReport, articles: [Article]) {
        var analysis = ReferenceCoverageAnalysis(
            glossary: glossary, finder: finder, minimumPhraseCount: minimumPhraseCount)
        let articles = try documents.map { try analysis.add($0) }
        return (analysis.report(), articles)
    }
}
