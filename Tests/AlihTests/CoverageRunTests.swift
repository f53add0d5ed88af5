import AlihStages
import AlihTestSupport
import Foundation
import Testing

@testable import Alih

/// `CoverageRun` reads, processes and scans articles on the cores and adds them in order: the
/// report is the one adding them one by one gives, whatever the number of workers, and a file
/// that cannot be read is named while the others go on.
@Suite struct CoverageRunTests {
    @Test func workersGiveTheReportOfOneByOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-coverage-run-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        let paragraphs = example.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        var paths: [String] = []
        for n in 0..<23 {
            let text = paragraphs.enumerated().filter { ($0.offset + n) % 3 != 0 }.map(\.element).joined(
                separator: "\n\n")
            let url = folder.appendingPathComponent(String(format: "a%02d.txt", n))
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        paths.insert(folder.appendingPathComponent("missing.txt").path, at: 5)
        let jobs = paths.map { BatchRun.Job(input: $0, relativePath: ($0 as NSString).lastPathComponent, output: "") }
        let glossary = CoverageTests.glossary(["tentara", "perbatasan", "setuju", "presiden"])
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let finder = TermCandidateFinder(lemmatizer: CoverageTests.lemmatizer)

        var oneByOne = CoverageAnalysis(glossary: glossary, finder: finder)
        for job in jobs where FileManager.default.fileExists(atPath: job.input) {
            var document = try pipeline.process(
                Array(try Data(contentsOf: URL(fileURLWithPath: job.input))), name: job.input
            ).0
            document.sourceName = job.relativePath
            _ = try oneByOne.add(document)
        }
        for workers in [1, 3] {
            var analysis = CoverageAnalysis(glossary: glossary, finder: finder)
            var added: [String] = []
            let failures = CoverageRun(pipeline: pipeline, workers: workers)
                .run(jobs, into: &analysis, added: { document, _ in added.append(document.sourceName) })
            #expect(failures.map(\.input) == [jobs[5].input])
            #expect(added == jobs.map(\.relativePath).filter { $0 != "missing.txt" })
            #expect(try analysis.report() == oneByOne.report())
        }
    }
}
