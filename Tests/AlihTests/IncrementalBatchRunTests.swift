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

    /// A run killed part-way leaves its journal and no new record; the next incremental run
    /// skips what the journal names (the torn last line left out), redoes the rest, and leaves a
    /// whole record and no journal.
    @Test func aJournalLeftByAKilledRunCountsLikeTheRecord() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(), jobs: 2)
        let first = try run(batch, incremental: true)
        let checksums = Dictionary(
            uniqueKeysWithValues: first.results.compactMap { result in
                result.contentChecksum.map { ((result.input as NSString).lastPathComponent, $0) }
            })
        // As a killed run leaves things: no record, the journal's last line cut short.
        try FileManager.default.removeItem(atPath: BatchRecord.path(in: output))
        let journal = try #require(
            BatchJournal(
                creatingAt: BatchRecord.journalPath(in: output), configurationChecksum: batch.configurationChecksum))
        journal.record("a.txt", checksum: try #require(checksums["a.txt"]), folder: output)
        journal.close()
        let handle = try #require(FileHandle(forWritingAtPath: BatchRecord.journalPath(in: output)))
        handle.seekToEndOfFile()
        handle.write(Data("\(try #require(checksums["b.txt"])) \"b.t".utf8))
        try handle.close()

        let again = try run(batch, incremental: true)
        #expect(again.results.map(\.status) == [.skipped, .extracted, .failed])
        #expect(!FileManager.default.fileExists(atPath: BatchRecord.journalPath(in: output)))
        #expect(
            BatchRecord.inputs(in: output, configurationChecksum: batch.configurationChecksum).keys.sorted() == [
                "a.txt", "b.txt",
            ])
        #expect(try run(batch, incremental: true).results.map(\.status) == [.skipped, .skipped, .failed])
    }

    /// A journal written under another configuration (or one whose first line does not read)
    /// names outputs that were rewritten: the record no longer vouches for them.
    @Test(arguments: [true, false])
    func aJournalOfAnotherConfigurationTakesItsInputsOut(readable: Bool) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(), jobs: 1)
        let first = try run(batch, incremental: true)
        let other = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(xliffVersion: .v1_2), jobs: 1)
        let journalPath = BatchRecord.journalPath(in: output)
        let journal = try #require(
            BatchJournal(creatingAt: journalPath, configurationChecksum: other.configurationChecksum))
        journal.record("a.txt", checksum: try #require(first.results[0].contentChecksum), folder: output)
        journal.close()
        if !readable {
            var bytes = try Data(contentsOf: URL(fileURLWithPath: journalPath))
            bytes[0] = 0
            try bytes.write(to: URL(fileURLWithPath: journalPath))
        }
        let again = try run(batch, incremental: true)
        #expect(again.results.map(\.status) == [.extracted, .skipped, .failed])
    }

    /// A run under another configuration makes the record its own before it writes anything, so
    /// that, killed part-way, it leaves no record vouching for outputs it rewrote.
    @Test func aRecordOfAnotherConfigurationIsReplacedBeforeTheRunWrites() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(), jobs: 1)
        _ = try run(batch, incremental: true)
        let other = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(xliffVersion: .v1_2), jobs: 1)
        #expect(try BatchRecord.recover(in: output, configurationChecksum: other.configurationChecksum).isEmpty)
        #expect(BatchRecord.inputs(in: output, configurationChecksum: batch.configurationChecksum).isEmpty)
        #expect(BatchRecord.read(in: output)?.configurationChecksum == other.configurationChecksum)
    }

    /// Each shard has its own journal beside its own record; one shard's journal is not
    /// another's.
    @Test func eachShardHasItsOwnJournal() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let shards = try (1...2).map { try BatchShard($0, of: 2) }
        #expect(BatchRecord.journalPath(in: "out", shard: shards[1]) == "out/.alih-run.shard-2-of-2.journal")
        #expect(BatchRecord.journalPath(in: "out") == "out/.alih-run.journal")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let configuration = "sha256:" + String(repeating: "c", count: 64)
        let journal = try #require(
            BatchJournal(
                creatingAt: BatchRecord.journalPath(in: output, shard: shards[0]), configurationChecksum: configuration)
        )
        journal.record("a.txt", checksum: "sha256:" + String(repeating: "a", count: 64), folder: output)
        journal.close()
        #expect(try BatchRecord.recover(in: output, configurationChecksum: configuration, shard: shards[1]).isEmpty)
        #expect(FileManager.default.fileExists(atPath: BatchRecord.journalPath(in: output, shard: shards[0])))
        #expect(try BatchRecord.recover(in: output, configurationChecksum: configuration, shard: shards[0]).count == 1)
        #expect(!FileManager.default.fileExists(atPath: BatchRecord.journalPath(in: output, shard: shards[0])))
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
        var more = summary
        more.ownOutputsLeftOut = (1...7).map { "a/\($0).en.txt" }
        more.staleTemporariesRemoved = 1
        #expect(
            more.summary.split(separator: "\n").dropFirst() == [
                "left out 7 of Alih's own outputs (articles alih reimport wrote): a/1.en.txt, a/2.en.txt, a/3.en.txt, a/4.en.txt, a/5.en.txt … and 2 more",
                "removed 1 temporary file left by an interrupted run",
            ])
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
