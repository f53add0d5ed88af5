import AlihCore
import AlihStages

/// A coverage report kept compact: every article's figures as integers and ids into shared
/// arrays (their strings in the run's `CandidateVocabulary`, their examples' text in
/// `ExampleSegments`), the total made in full. An article's `CoverageReport.Coverage` is made
/// when it is written (`article(_:)`), so a report over thousands of articles never holds them
/// all as strings.
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
    }

    /// An entry found in an article.
    struct Use: Sendable {
        var entryIndex: Int32
        var count: Int
        var tiers: (Int32, Int32, Int32)
        /// Its forms, most frequent first, in `forms`.
        var forms: Range<Int32>
        /// Its segments, in `segmentIDs`.
        var segments: Range<Int32>
    }

    /// A candidate of an article.
    struct Candidate: Sendable {
        var kind: TermCandidateFinder.Occurrence.Kind
        /// `CandidateVocabulary` ids.
        var text: Int32
        var key: Int32
        var count: Int
        var score: Double
        /// The example's segment, in `examples`.
        var example: Int32
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
    var total: CoverageReport.Coverage
    var unusedEntries: [CoverageReport.UnusedEntry] = []

    /// Article `index`'s figures in full.
    func article(_ index: Int) -> CoverageReport.Coverage { article(index) { strings[Int($0)] } }

    /// Article `index`'s figures in full, the candidates' strings given by `string`.
    func article(_ index: Int, string: (Int32) -> String) -> CoverageReport.Coverage {
        let article = articles[index]
        return CoverageReport.Coverage(
            source: article.source, segments: article.segments, segmentsWithTerms: article.segmentsWithTerms,
            segmentCoverage: CoverageAnalysis.segmentCoverage(article.segmentsWithTerms, of: article.segments),
            termOccurrences: article.termOccurrences, missingOccurrences: article.missingOccurrences,
            coverage: CoverageAnalysis.coverage(article.termOccurrences, missing: article.missingOccurrences),
            entries: uses[article.entries].map { use in
                var full = GlossaryUseTally.Use(entryIndex: Int(use.entryIndex), count: use.count)
                full.tiers = [Int(use.tiers.0), Int(use.tiers.1), Int(use.tiers.2)]
                var entry = GlossaryUseTally.entry(
                    full, of: glossary,
                    segments: Array(segmentIDs[Int(use.segments.lowerBound)..<Int(use.segments.upperBound)]))
                entry.forms = Array(forms[Int(use.forms.lowerBound)..<Int(use.forms.upperBound)])
                return entry
            },
            candidates: candidates[article.candidates].map { candidate in
                let example = examples.segments[Int(candidate.example)]
                return CoverageReport.Candidate(
                    kind: candidate.kind, text: string(candidate.text), key: string(candidate.key),
                    count: candidate.count, score: candidate.score,
                    example: CoverageReport.Example(
                        article: articles[Int(example.article)].source, segment: example.id,
                        text: examples.text(candidate.example)))
            })
    }

    /// The report in full.
    func report() -> CoverageReport {
        CoverageReport(
            glossary: glossary.name, glossaryEntries: glossary.entries.count, minimumPhraseCount: minimumPhraseCount,
            articles: articles.indices.map { article($0) }, total: total, unusedEntries: unusedEntries)
    }

    /// The report with the articles' figures but not their entries and candidates: what the
    /// text and HTML reports show of each article.
    func summary() -> CoverageReport {
        CoverageReport(
            glossary: glossary.name, glossaryEntries: glossary.entries.count, minimumPhraseCount: minimumPhraseCount,
            articles: articles.map { article in
                CoverageReport.Coverage(
                    source: article.source, segments: article.segments, segmentsWithTerms: article.segmentsWithTerms,
                    segmentCoverage: CoverageAnalysis.segmentCoverage(article.segmentsWithTerms, of: article.segments),
                    termOccurrences: article.termOccurrences, missingOccurrences: article.missingOccurrences,
                    coverage: CoverageAnalysis.coverage(article.termOccurrences, missing: article.missingOccurrences),
                    entries: [], candidates: [])
            }, total: total, unusedEntries: unusedEntries)
    }
}
