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
        #expect(outcome.report.articles.count == 1)
        #expect(outcome.articleSections.count == (format == .html ? 1 : 0))
        var rendered: [UInt8] = []
        try outcome.render { rendered += $0 }
        switch format {
        case .text: #expect(String(decoding: rendered, as: UTF8.self) == CoverageTextRenderer().render(outcome.report))
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
        #expect(!outcome.report.total.candidates.isEmpty)
        for path in ["c.csv", "c.tsv"] {
            #expect(
                outcome.candidateSheet(for: path)
                    == CandidateSheet.write(
                        outcome.report.total.candidates, format: CandidateSheet.Format(path: path),
                        sourceLanguage: "id", targetLanguage: "en"))
        }
        #expect(outcome.candidateSheet(for: "c.csv") != outcome.candidateSheet(for: "c.tsv"))
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
        let percent = Int((outcome.report.total.coverage * 100).rounded())
        #expect(
            announced == [
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
        let coverage = outcome.report.total.coverage
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
}
