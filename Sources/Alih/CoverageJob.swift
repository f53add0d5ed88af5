import AlihCore
import AlihFormats
import AlihStages
import Foundation

/// How well a pipeline's glossary covers articles, with the report in the format asked for:
/// the library entry point of `alih coverage`.
///
/// Runs a `CoverageRun` over the articles, with a candidate finder on the installed Indonesian
/// morphology; for HTML it keeps each article's section as the article is added. The outcome
/// keeps the articles' figures compact and writes them one by one.
public struct CoverageJob: Sendable {
    /// The report's format.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, html
    }

    /// The pipeline, compiled with the glossary to measure.
    public var pipeline: ArticlePipeline
    public var format: Format
    /// Report a phrase when it occurs at least this often.
    public var minimumPhraseCount: Int
    /// Report well-known names (Indonesia, Jakarta …) as candidates too.
    public var includeKnownNames: Bool

    public init(
        pipeline: ArticlePipeline, format: Format = .text, minimumPhraseCount: Int = 2, includeKnownNames: Bool = false
    ) {
        self.pipeline = pipeline
        self.format = format
        self.minimumPhraseCount = minimumPhraseCount
        self.includeKnownNames = includeKnownNames
    }

    /// An input that could not be read or processed, with why.
    public struct Failure: Sendable {
        public var input: String
        public var diagnostic: Diagnostic
    }

    /// The outcome of a coverage run.
    public struct Outcome: Sendable {
        /// The report, every article's figures in full (made when asked: `render` writes it
        /// article by article instead). Throws when what a JSON run wrote to disk cannot be read back.
        public var report: CoverageReport { get throws { try results.readBack { $0.report() } } }
        /// The figures over all articles (made when asked); throws as `report` does.
        public var total: CoverageReport.Coverage { get throws { try results.readBack { $0.totalCoverage() } } }
        /// The total's coverage (`total.coverage`, without making the total's figures).
        public var coverage: Double { results.totalCoverageFraction }
        /// How many candidates the total lists (`total.candidates.count`).
        public var candidateCount: Int { results.total.candidates.count }
        /// The inputs that could not be read or processed; the others were measured.
        public var failures: [Failure]
        /// What the measured articles' texts hold that a reader should know (mojibake), in input
        /// order.
        public var warnings: [Diagnostic] = []
        /// Inputs left out as Alih's own outputs (translated articles `alih reimport` wrote).
        public var ownOutputsLeftOut: [String] = []

        /// The line that says which inputs were left out as Alih's own outputs; nil when none were.
        public var ownOutputsNote: String? {
            guard !ownOutputsLeftOut.isEmpty else { return nil }
            return "left out \(ownOutputsLeftOut.count) of Alih's own outputs (articles alih reimport wrote): "
                + ownOutputsLeftOut.prefix(10).joined(separator: ", ")
                + (ownOutputsLeftOut.count > 10 ? " … and \(ownOutputsLeftOut.count - 10) more" : "")
        }
        public var format: Format
        /// The glossary, named by its file name (no folders), as the report names it.
        public var glossary: Glossary
        /// Each article's HTML section, in input order (HTML only).
        var articleSections: [String]
        var results: CoverageResults

        /// The report in `format`, handed to `emit` in pieces (JSON article by article), not
        /// made as one string. Throws when what a JSON run wrote to disk cannot be read back
        /// (after the pieces it could write: a file written atomically is then not written).
        public func render(_ emit: ([UInt8]) throws -> Void) throws {
            switch format {
            case .text: try emit(Array(CoverageTextRenderer().render(results.summary()).utf8))
            case .json: try CoverageJSONWriter().write(results, emit)
            case .html:
                try emit(Array(CoverageHTMLRenderer().render(results.summary(), articleSections: articleSections).utf8))
            }
            try results.throwIfAReadFailed()
        }

        /// The candidates as a glossary to fill in, in the format `path` asks for (`.csv`, else
        /// TSV); throws as `report` does.
        public func candidateSheet(for path: String) throws -> String {
            guard let format = CandidateSheet.Format(path: path) else {
                throw DiagnosticError(
                    code: "coverage.candidates-format", "cannot tell what to write to \(path) from its name",
                    at: SourceLocation(file: path), hint: "name the candidate sheet \(CandidateSheet.Format.names)")
            }
            return try results.readBack {
                CandidateSheet.write(
                    $0.totalCandidates(), format: format,
                    sourceLanguage: glossary.sourceLanguage, targetLanguage: glossary.targetLanguage)
            }
        }

        /// Writes the candidate sheet to `candidatesPath` when given, then the report to `path`
        /// (each atomically), or in pieces to `standardOutput` when `path` is nil or `-`; each
        /// file written is announced to `wrote` (`wrote c.tsv: 12 candidates`).
        public func write(
            to path: String?, candidates candidatesPath: String? = nil, standardOutput: ([UInt8]) -> Void,
            wrote: (String) -> Void = { _ in }
        ) throws {
            if let candidatesPath {
                try AtomicFile.write(try candidateSheet(for: candidatesPath).utf8, to: candidatesPath)
                wrote("wrote \(candidatesPath): \(candidateCount) candidates")
            }
            guard let path, path != "-" else { return try render { standardOutput($0) } }
            try AtomicFile.write(to: path) { emit in try render { try emit($0) } }
            wrote("wrote \(path): coverage \(Int((coverage * 100).rounded()))%")
        }

        /// Why total coverage falls short of `minimum`; nil when it does not, or without a minimum.
        public func shortfall(below minimum: Double?) -> String? {
            guard let minimum, coverage < minimum else { return nil }
            return String(format: "coverage %.2f is below the minimum %.2f", coverage, minimum)
        }
    }

    /// Refuses, before any work, a report or candidate sheet that would be written over one of
    /// the articles of `jobs`, the glossary, the pipeline's file, or each other (`OutputGuard`:
    /// `output.is-input`, `output.twice`).
    public func requireOutputs(report: String?, candidates: String?, apartFrom jobs: [BatchRun.Job]) throws {
        try OutputGuard.check(
            inputs: jobs.map { ("article", $0.input) } + [("glossary", pipeline.glossary?.origin?.path)]
                + pipeline.definitionFiles.map { ("pipeline", $0) },
            outputs: [("report", report), ("candidate sheet", candidates)])
    }

    /// Measures the articles of `jobs` (their outputs are not used), leaving out Alih's own
    /// outputs among them (translated articles `alih reimport` wrote); `progress` is called
    /// with each article's size in bytes and the number done.
    public func run(_ jobs: [BatchRun.Job], progress: (_ bytes: Int, _ done: Int) -> Void = { _, _ in }) throws
        -> Outcome
    {
        let (jobs, ownOutputs) = BatchRun.separatingOwnOutputs(jobs, targetLanguage: pipeline.definition.targetLanguage)
        guard var glossary = pipeline.glossary else {
            throw DiagnosticError(
                code: "coverage.no-glossary", "coverage needs a glossary", hint: "compile the pipeline with one (-g)")
        }
        glossary.name = (glossary.name as NSString).lastPathComponent
        HeapSettings.returnLargeBlocksWhenFreed()
        let finder = TermCandidateFinder(
            lemmatizer: try IndonesianLemmatizer.installed(), includeKnownNames: includeKnownNames)
        var analysis = CoverageAnalysis(glossary: glossary, finder: finder, minimumPhraseCount: minimumPhraseCount)
        // The JSON report's articles are written to disk as they come (memory then holds the
        // total, not every article's figures); the other formats keep the figures.
        if format == .json { analysis.spill = TemporaryByteFile() }
        let renderer = CoverageHTMLRenderer()
        var sections: [String] = []
        var warnings: [Diagnostic] = []
        let failures = CoverageRun(pipeline: pipeline).run(
            jobs, into: &analysis,
            added: format != .html
                ? nil
                : { document, article in
                    sections.append(renderer.articleSection(document, article, glossary: glossary))
                }, progress: progress, warning: { warnings.append($0) })
        // What the scanners know of the text's word forms is not needed for the report.
        finder.vocabulary.releaseScanners()
        return Outcome(
            failures: failures, warnings: warnings, ownOutputsLeftOut: ownOutputs.map(\.input), format: format,
            glossary: glossary, articleSections: sections,
            results: analysis.finish())
    }
}
