import AlihTestSupport
import Foundation
import Testing

@testable import Alih

/// `CoverageJob`, the library entry point of `alih coverage`: the report in each format, the
/// candidate sheet, and unreadable inputs named while the others are measured.
@Suite struct CoverageJobTests {
    static let example = TestPaths.repo("Examples/berita-contoh.txt").path

    static func jobs(_ paths: [String]) -> [BatchRun.Job] {
        paths.map { BatchRun.Job(input: $0, relativePath: ($0 as NSString).lastPathComponent, output: "") }
    }

    static func pipeline() throws -> ArticlePipeline {
        var glossary = CoverageTests.glossary(["tentara", "perbatasan", "setuju", "presiden"])
        glossary.name = "/some/folder/g.tsv"
        return try ArticlePipeline(definition: .newsArticle, glossary: glossary)
    }

    @Test(arguments: CoverageJob.Format.allCases)
    func theReportRendersInItsFormatAsTheRenderersMakeIt(format: CoverageJob.Format) throws {
        let outcome = try CoverageJob(pipeline: try Self.pipeline(), format: format).run(
            Self.jobs([Self.example, "/nonexistent/a.txt"]))
        #expect(outcome.failures.map(\.input) == ["/nonexistent/a.txt"])
        #expect(outcome.glossary.name == "g.tsv")
        #expect(try outcome.report.articles.count == 1)
        #expect(outcome.articleSections.count == (format == .html ? 1 : 0))
        var rendered: [UInt8] = []
        try outcome.render { rendered += $0 }
        switch format {
        case .text:
            #expect(try String(decoding: rendered, as: UTF8.self) == CoverageTextRenderer().render(outcome.report))
        case .json:
            var expected: [UInt8] = []
            try CoverageJSONWriter().write(outcome.report) { expected += $0 }
            #expect(rendered == expected)
        case .html: #expect(String(decoding: rendered, as: UTF8.self).contains(outcome.articleSections[0]))
        }
    }

    @Test func theCandidateSheetTakesItsFormatFromThePath() throws {
        let outcome = try CoverageJob(pipeline: try Self.pipeline(), minimumPhraseCount: 1).run(
            Self.jobs([Self.example]))
        #expect(try !outcome.report.total.candidates.isEmpty)
        for path in ["c.csv", "c.tsv"] {
            #expect(
                try outcome.candidateSheet(for: path)
                    == CandidateSheet.write(
                        outcome.report.total.candidates, format: #require(CandidateSheet.Format(path: path)),
                        sourceLanguage: "id", targetLanguage: "en"))
        }
        #expect(try outcome.candidateSheet(for: "c.csv") != outcome.candidateSheet(for: "c.tsv"))
        // A name that says another format gets no sheet in the wrong one.
        for path in ["c.json", "c.tbx", "c"] {
            #expect {
                try outcome.candidateSheet(for: path)
            } throws: { ($0 as? DiagnosticError)?.diagnostic.code == "coverage.candidates-format" }
        }
    }

    @Test func theReportAndCandidatesAreWrittenAndAnnounced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-cjob-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CoverageJob(pipeline: try Self.pipeline(), format: .json, minimumPhraseCount: 1).run(
            Self.jobs([Self.example]))
        var rendered: [UInt8] = []
        try outcome.render { rendered += $0 }
        let report = folder.appendingPathComponent("r.json").path
        let candidates = folder.appendingPathComponent("c.tsv").path
        var printed: [UInt8] = []
        var announced: [String] = []
        try outcome.write(
            to: report, candidates: candidates, standardOutput: { printed += $0 }, wrote: { announced.append($0) })
        #expect(printed.isEmpty)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: report))) == rendered)
        #expect(try String(contentsOfFile: candidates, encoding: .utf8) == outcome.candidateSheet(for: candidates))
        let percent = Int((try outcome.report.total.coverage * 100).rounded())
        #expect(
            try announced == [
                "wrote \(candidates): \(outcome.report.total.candidates.count) candidates",
                "wrote \(report): coverage \(percent)%",
            ])
        for toStandardOutput in [nil, "-"] {
            printed = []
            try outcome.write(to: toStandardOutput, standardOutput: { printed += $0 }, wrote: { announced.append($0) })
            #expect(printed == rendered)
        }
        #expect(announced.count == 2)
    }

    @Test func aShortfallIsCoverageBelowTheMinimum() throws {
        let outcome = try CoverageJob(pipeline: try Self.pipeline()).run(Self.jobs([Self.example]))
        let coverage = try outcome.report.total.coverage
        #expect(coverage > 0 && coverage < 1)
        #expect(outcome.shortfall(below: nil) == nil)
        #expect(outcome.shortfall(below: coverage) == nil)
        #expect(
            outcome.shortfall(below: 1)
                == String(format: "coverage %.2f is below the minimum %.2f", coverage, 1.0))
    }

    @Test func aPipelineWithoutAGlossaryIsRefused() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try CoverageJob(pipeline: ArticlePipeline(definition: .newsArticle)).run([])
        }
        #expect(error.diagnostic.code == "coverage.no-glossary")
    }

    /// An article of `words` made-up content words, each its own candidate (with a minimum
    /// count of 1): more than a JSON report streams.
    static func manyCandidates(_ words: Int) -> String {
        let syllables = ["ba", "di", "ko", "ra", "su", "ti", "ja", "mo", "no", "ge", "lu", "pe", "wa", "he", "fi"]
        var sentences: [String] = []
        for n in 0..<words {
            let word = [n % 15, n / 15 % 15, n / 225 % 15].map { syllables[$0] }.joined()
            sentences.append("Para petani menanam \(word) di ladang presiden.")
        }
        return sentences.joined(separator: " ") + "\n"
    }

    /// A JSON run writes each article out as it is added and keeps only its figures: its report
    /// is, value for value and byte for byte, the report of a run that keeps every article's
    /// figures (a text run), whichever way the articles were written out (on a worker's thread,
    /// large ones when added, the first once a second comes) or if one was alone.
    @Test(arguments: [[0], [1], [0, 1, 0], [1, 0, 1], [0, 0]])
    func aJSONRunKeepsOnlyFiguresAndReportsWhatAKeepingRunReports(articles: [Int]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-cspill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = folder.appendingPathComponent("large.txt").path
        try Self.manyCandidates(2_500).write(toFile: large, atomically: true, encoding: .utf8)
        let jobs = Self.jobs(articles.map { [Self.example, large][$0] })
        let json = try CoverageJob(pipeline: try Self.pipeline(), format: .json, minimumPhraseCount: 1).run(jobs)
        let kept = try CoverageJob(pipeline: try Self.pipeline(), format: .text, minimumPhraseCount: 1).run(jobs)
        #expect(try json.report == kept.report)
        #expect(try articles.contains(1) == kept.report.articles.contains { $0.candidates.count >= 2_000 })
        var rendered: [UInt8] = []
        try json.render { rendered += $0 }
        var expected: [UInt8] = []
        try CoverageJSONWriter().write(kept.report) { expected += $0 }
        #expect(rendered == expected)
        // Only a lone large article (written whole at the end) keeps its entries and candidates.
        let keepsFigures = articles == [1]
        #expect(json.results.articles.allSatisfy { ($0.spilled == nil) == keepsFigures })
        #expect(json.results.candidates.isEmpty != keepsFigures)
        #expect(kept.results.articles.allSatisfy { $0.spilled == nil })
    }

    /// What a JSON run wrote to its temporary file cannot be read back (an I/O error in
    /// `TMPDIR`): the report, its total and the candidate sheet are refused with an error that
    /// says what to do, and no report or sheet file is left; before, the run stopped with a
    /// fatal error.
    @Test func aReportWhoseTemporaryFileCannotBeReadBackIsRefusedNotCrashedOrHalfWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-cfail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CoverageJob(pipeline: try Self.pipeline(), format: .json, minimumPhraseCount: 1).run(
            Self.jobs([Self.example, Self.example, Self.example]))
        let spill = try #require(outcome.results.spill)
        #expect(outcome.results.articles.allSatisfy { $0.spilled != nil })
        // Read back while it can be: no error.
        var rendered: [UInt8] = []
        try outcome.render { rendered += $0 }
        #expect(!rendered.isEmpty)
        spill.failReads()
        let report = folder.appendingPathComponent("report.json").path
        let sheet = folder.appendingPathComponent("sheet.tsv").path
        for write in [
            { try outcome.write(to: report, standardOutput: { _ in }) },
            { try outcome.write(to: report, candidates: sheet, standardOutput: { _ in }) },
            { _ = try outcome.report },
            { _ = try outcome.total },
            { _ = try outcome.candidateSheet(for: sheet) },
        ] {
            let error = try #require(throws: DiagnosticError.self) { try write() }
            #expect(error.diagnostic.code == "coverage.temporary-file")
            #expect(error.diagnostic.message.contains("could not be read back (Input/output error)"))
            #expect(error.diagnostic.hint?.contains("TMPDIR") == true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
