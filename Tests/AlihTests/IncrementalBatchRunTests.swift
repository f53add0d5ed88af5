import AlihTestSupport
import Foundation
import Testing

@testable import Alih

/// `BatchRun.run(_:recordingIn:incremental:)`, the library entry point of `alih run`: the
/// record it keeps for the next incremental run and the totals it returns.
@Suite struct IncrementalBatchRunTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)
    let folder: URL
    let output: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-incr-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "Satu. Dua.\n\nTiga.\n".write(to: input.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Empat.\n".write(to: input.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: input.appendingPathComponent("rusak.txt"))
        output = folder.appendingPathComponent("out/deep").path
    }

    func run(_ batch: BatchRun, incremental: Bool) throws -> BatchRun.Summary {
        let work = try BatchRun.jobs(
            for: [folder.appendingPathComponent("in").path], extensions: [".txt"], outputFolder: output)
        return try batch.run(work, recordingIn: output, incremental: incremental)
    }

    @Test func aSecondIncrementalRunSkipsWhatIsUnchangedAndRetriesFailures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(), jobs: 2)
        let first = try run(batch, incremental: true)
        #expect((first.files, first.extracted, first.skipped, first.failed) == (3, 2, 0, 1))
        #expect(first.segments == 4)
        #expect(first.results.map(\.status) == [.extracted, .extracted, .failed])
        let record = try JSONDecoder().decode(
            BatchRecord.self, from: try Data(contentsOf: URL(fileURLWithPath: BatchRecord.path(in: output))))
        #expect(record.configurationChecksum == batch.configurationChecksum)
        #expect(record.inputs.keys.sorted() == ["a.txt", "b.txt"])

        try "Lima.\n".write(
            to: folder.appendingPathComponent("in/b.txt"), atomically: true, encoding: .utf8)
        let second = try run(batch, incremental: true)
        #expect(second.results.map(\.status) == [.skipped, .extracted, .failed])
        #expect(second.segments == 1)

        let full = try run(batch, incremental: false)
        #expect(full.results.map(\.status) == [.extracted, .extracted, .failed])
    }

    @Test func aRecordOfAnotherConfigurationIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try run(BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(), jobs: 1), incremental: true)
        let other = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(xliffVersion: .v1_2), jobs: 1)
        #expect(BatchRecord.inputs(in: output, configurationChecksum: other.configurationChecksum).isEmpty)
        let again = try run(other, incremental: true)
        #expect(again.skipped == 0)
        #expect(again.extracted == 2)
    }

    @Test func summaryTotalsAndTextAreTheResultsAddedUp() {
        func result(_ status: BatchRun.FileResult.Status, bytes: Int, segments: Int) -> BatchRun.FileResult {
            BatchRun.FileResult(
                input: "x", output: nil, status: status, error: nil, bytes: bytes, segments: segments,
                words: 2 * segments,
                boilerplateUnits: 1, terms: 3, contentChecksum: nil)
        }
        let summary = BatchRun.Summary(
            results: [
                result(.extracted, bytes: 1_500_000, segments: 10), result(.skipped, bytes: 500_000, segments: 0),
                result(.failed, bytes: 0, segments: 0),
            ], seconds: 4)
        #expect(
            summary.summary
                == "3 files: 1 extracted, 1 skipped, 1 failed; 10 segments, 20 words, 3 boilerplate units, 9 glossary terms; 2.0 MB in 4.0 s (0.5 MB/s)"
        )
        #expect(summary.failures == ["x: failed: unknown error"])
    }

    @Test(arguments: [BatchRun.FileResult.Status.extracted, .skipped, .failed])
    func statusIsWrittenAsItsPlainName(_ status: BatchRun.FileResult.Status) throws {
        let result = BatchRun.FileResult(
            input: "a.txt", output: nil, status: status, error: nil, bytes: 0, segments: 0, words: 0,
            boilerplateUnits: 0, terms: 0, contentChecksum: nil)
        let json = try #require(String(data: try JSONEncoder().encode(result), encoding: .utf8))
        #expect(json.contains("\"status\":\"\(status.rawValue)\""))
        #expect(try JSONDecoder().decode(BatchRun.FileResult.self, from: Data(json.utf8)) == result)
    }
}
