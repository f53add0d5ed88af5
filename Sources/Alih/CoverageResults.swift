import AlihCore
import AlihStages
import Foundation

/// A coverage report kept compact: every article's figures and the total's as integers and
/// ids into shared arrays (their strings in `strings`, their examples' text in
/// `ExampleSegments`). The JSON report is written from here value by value
/// (`CoverageJSONWriter`); the figures are made in full only when asked (`article(_:)`,
/// `total()`, `report()`), so a report over thousands of articles, or over one large one, is
/// never held as strings.
struct CoverageResults: Sendable {
    /// One article's figures.
    struct Article: Sendable {
        var source: String
        var segments: Int
        var segmentsWithTerms: Int
        var termOccurrences: Int
        var missingOccurrences: Int
        /// Its entry uses, in `uses`.
        var entries: Range<Int>
        /// Its candidates, in `candidates`.
        var candidates: Range<Int>
        /// How many candidates it has (`candidates.count`, unless it is spilled).
        var candidateCount: Int
        /// Where its JSON object is in `spill`, when it was written there instead of being kept
        /// (its `entries` and `candidates` are then empty).
        var spilled: Range<Int>? = nil
    }

    /// An entry found in an article (the widest fields first, so that it takes 40 bytes).
    struct Use: Sendable {
        var count: Int
        var entryIndex: Int32
        /// By `MatchTier.rank`: exact, case, inflected.
        var tiers: (Int32, Int32, Int32)
        /// Its forms, most frequent first, in `forms`.
        var forms: Range<Int32>
        /// Its segments, in `segmentIDs`.
        var segments: Range<Int32>
    }

    /// A candidate (the widest fields first, so that it takes 32 bytes).
    struct Candidate: Sendable {
        var count: Int
        var score: Double
        /// Ids into `strings`.
        var text: Int32
        var key: Int32
        /// The example's segment, in `examples`.
        var example: Int32
        var kind: TermCandidateFinder.Occurrence.Kind
    }

    /// The figures over all articles.
    struct Total: Sendable {
        var segments = 0
        var segmentsWithTerms = 0
        var termOccurrences = 0
        var missingOccurrences = 0
        /// The entries found, most used first; their segments name their article by number.
        var uses: [GlossaryUseTally.Use] = []
        var candidates: [Candidate] = []
    }

    var glossary: Glossary
    var minimumPhraseCount: Int
    var articles: [Article] = []
    var uses: [Use] = []
    var forms: [CoverageReport.Form] = []
    var segmentIDs: [String] = []
    var candidates: [Candidate] = []
    var examples = ExampleSegments()
    /// The strings of the candidates' ids.
    var strings: [String] = []
    var total = Total()
    var unusedEntries: [CoverageReport.UnusedEntry] = []
    /// The JSON objects of the articles written to disk as they were added (`Article.spilled`).
    var spill: TemporaryByteFile?

    // MARK: - Figures in full

    /// Article `index`'s figures in full.
    func article(_ index: Int) -> CoverageReport.Coverage { article(index) { strings[Int($0)] } }

    /// Article `index`'s figures in full, the candidates' strings given by `string`.
    func article(_ index: Int, string: (Int32) -> String) -> CoverageReport.Coverage {
        let article = articles[index]
        if let spilled = article.spilled {
            var bytes: [UInt8] = []
            readSpill(spilled) { bytes.append(contentsOf: $0) }
            guard let coverage = try? JSONDecoder().decode(CoverageReport.Coverage.self, from: Data(bytes)) else {
                // Only a failed read gives bytes that do not decode; it is recorded, and the report refused.
                spill?.recordFailure("an article's figures read back did not decode")
                return coverage(figures(of: article), entries: [], candidates: [])
            }
            return coverage
        }
        return coverage(
            figures(of: article),
            entries: uses[article.entries].map { use in
                let entry = glossary.entries[Int(use.entryIndex)]
                return CoverageReport.EntryUse(
                    id: entry.id, source: entry.source, translation: GlossaryUseTally.translation(of: entry),
                    count: use.count,
                    tiers: Dictionary(
                        uniqueKeysWithValues: Self.tiers(use.tiers).map { (MatchTier(rawValue: $0.0)!, $0.1) }),
                    forms: Array(forms[Int(use.forms.lowerBound)..<Int(use.forms.upperBound)]),
                    segments: Array(segmentIDs[Int(use.segments.lowerBound)..<Int(use.segments.upperBound)]))
            },
            candidates: candidates[article.candidates].map { self.candidate($0, string: string) })
    }

    /// The total's figures in full.
    func totalCoverage() -> CoverageReport.Coverage {
        coverage(
            totalFigures,
            entries: total.uses.map { use in
                GlossaryUseTally.entry(
                    use, of: glossary, segments: use.segments.map { "\(articles[Int($0.article)].source):\($0.id)" })
            },
            candidates: totalCandidates())
    }

    /// The total's candidates in full.
    func totalCandidates() -> [CoverageReport.Candidate] {
        total.candidates.map { candidate($0) { strings[Int($0)] } }
    }

    /// The report in full.
    func report() -> CoverageReport {
        CoverageReport(
            glossary: glossary.name, glossaryEntries: glossary.entries.count, minimumPhraseCount: minimumPhraseCount,
            articles: articles.indices.map { article($0) }, total: totalCoverage(), unusedEntries: unusedEntries)
    }

    /// The report with the articles' figures but not their entries and candidates: what the
    /// text and HTML reports show of each article.
    func summary() -> CoverageReport {
        CoverageReport(
            glossary: glossary.name, glossaryEntries: glossary.entries.count, minimumPhraseCount: minimumPhraseCount,
            articles: articles.map { coverage(figures(of: $0), entries: [], candidates: []) }, total: totalCoverage(),
            unusedEntries: unusedEntries)
    }

    /// The total's coverage (`CoverageReport.Coverage.coverage`).
    var totalCoverageFraction: Double { totalFigures.coverage }

    private func figures(of article: Article) -> CoverageFigures {
        CoverageFigures(
            source: article.source, segments: article.segments, segmentsWithTerms: article.segmentsWithTerms,
            termOccurrences: article.termOccurrences, missingOccurrences: article.missingOccurrences,
            segmentCoverage: CoverageAnalysis.segmentCoverage(article.segmentsWithTerms, of: article.segments),
            coverage: CoverageAnalysis.coverage(article.termOccurrences, missing: article.missingOccurrences))
    }

    private var totalFigures: CoverageFigures {
        CoverageFigures(
            source: "total", segments: total.segments, segmentsWithTerms: total.segmentsWithTerms,
            termOccurrences: total.termOccurrences, missingOccurrences: total.missingOccurrences,
            segmentCoverage: CoverageAnalysis.segmentCoverage(total.segmentsWithTerms, of: total.segments),
            coverage: CoverageAnalysis.coverage(total.termOccurrences, missing: total.missingOccurrences))
    }

    private func coverage(
        _ figures: CoverageFigures, entries: [CoverageReport.EntryUse], candidates: [CoverageReport.Candidate]
    ) -> CoverageReport.Coverage {
        CoverageReport.Coverage(
            source: figures.source, segments: figures.segments, segmentsWithTerms: figures.segmentsWithTerms,
            segmentCoverage: figures.segmentCoverage, termOccurrences: figures.termOccurrences,
            missingOccurrences: figures.missingOccurrences, coverage: figures.coverage, entries: entries,
            candidates: candidates)
    }

    private func candidate(_ candidate: Candidate, string: (Int32) -> String) -> CoverageReport.Candidate {
        let example = examples.segments[Int(candidate.example)]
        return CoverageReport.Candidate(
            kind: candidate.kind, text: string(candidate.text), key: string(candidate.key), count: candidate.count,
            score: candidate.score,
            example: CoverageReport.Example(
                article: articles[Int(example.article)].source, segment: example.id,
                text: examples.text(candidate.example)))
    }

    /// The tiers an entry was found in, by name in the order of their bytes, none that is 0.
    private static func tiers(_ counts: (Int32, Int32, Int32)) -> [(String, Int)] {
        let byRank = [counts.0, counts.1, counts.2]
        return MatchTier.allCases.filter { byRank[$0.rank] > 0 }.sorted { $0.rawValue < $1.rawValue }.map {
            ($0.rawValue, Int(byRank[$0.rank]))
        }
    }

    // MARK: - JSON

    /// Hands the bytes of `range` of the spill to `body`, in pieces (those it could read: a failed
    /// read is recorded, and the report refused where it is finished).
    private func readSpill(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        _ = try spill!.read(range, body)
    }

    /// Throws when a read of what was written to disk failed: a report made since is incomplete.
    func throwIfAReadFailed() throws(DiagnosticError) { try spill?.throwIfAReadFailed() }

    /// What `make` makes of the results, refused when a read of what was written to disk
    /// failed (while it was made, or before).
    func readBack<T>(_ make: (CoverageResults) -> T) throws(DiagnosticError) -> T {
        let value = make(self)
        try throwIfAReadFailed()
        return value
    }

    /// Writes article `index`'s figures as `JSONBytes.coverage` writes them (at level 2 when it
    /// is spilled: its bytes as they were written).
    func writeArticle(
        _ index: Int, into out: inout JSONBytes, level: Int, _ flush: (inout JSONBytes) throws -> Void
    ) rethrows {
        if let spilled = articles[index].spilled {
            try readSpill(spilled) { piece in
                out.bytes.append(contentsOf: piece)
                try flush(&out)
            }
            return
        }
        let article = articles[index]
        try out.coverage(
            figures(of: article), level: level, candidates: article.candidates.count, entries: article.entries.count,
            candidate: { out, n, level in write(candidates[article.candidates.lowerBound + n], into: &out, level: level)
            },
            entry: { out, n, level in
                let use = uses[article.entries.lowerBound + n]
                let entry = glossary.entries[Int(use.entryIndex)]
                out.entry(
                    count: use.count, forms: forms[Int(use.forms.lowerBound)..<Int(use.forms.upperBound)], id: entry.id,
                    segments: use.segments.count, source: entry.source, tiers: Self.tiers(use.tiers),
                    translation: GlossaryUseTally.translation(of: entry), level: level
                ) { out, k in out.string(segmentIDs[Int(use.segments.lowerBound) + k]) }
            }, flush: flush)
    }

    /// Writes the total's figures as `JSONBytes.coverage` writes them.
    func writeTotal(into out: inout JSONBytes, level: Int, _ flush: (inout JSONBytes) throws -> Void) rethrows {
        try out.coverage(
            totalFigures, level: level, candidates: total.candidates.count, entries: total.uses.count,
            candidate: { out, n, level in write(total.candidates[n], into: &out, level: level) },
            entry: { out, n, level in
                let use = total.uses[n]
                let entry = glossary.entries[use.entryIndex]
                out.entry(
                    count: use.count, forms: CoverageReport.Form.ranked(use.forms)[...], id: entry.id,
                    segments: use.segments.count, source: entry.source,
                    tiers: Self.tiers((Int32(use.tiers[0]), Int32(use.tiers[1]), Int32(use.tiers[2]))),
                    translation: GlossaryUseTally.translation(of: entry), level: level
                ) { out, k in
                    let segment = use.segments[k]
                    out.string(articles[Int(segment.article)].source, ":", segment.id)
                }
            }, flush: flush)
    }

    private func write(_ candidate: Candidate, into out: inout JSONBytes, level: Int) {
        let example = examples.segments[Int(candidate.example)]
        out.candidate(
            kind: candidate.kind, text: strings[Int(candidate.text)], key: strings[Int(candidate.key)],
            count: candidate.count, score: candidate.score, article: articles[Int(example.article)].source,
            segment: example.id, level: level
        ) { out in examples.withText(candidate.example) { out.string(utf8: $0) } }
    }
}
