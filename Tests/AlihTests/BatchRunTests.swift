import Alih
import AlihTestSupport
import Foundation
import Synchronization
import Testing

/// `BatchRun` with its outputs committed on the committer's threads: every output whole and
/// equal to a single extraction's, each reported once, whatever the number of workers.
@Suite struct BatchRunTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-batch-\(UUID().uuidString)")
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        let paragraphs = example.components(separatedBy: "\n\n")
        for n in 0..<60 {
            let dir = folder.appendingPathComponent("in/\(["a", "b/c", "d"][n % 3])")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            // Articles of different lengths and contents: a rotation of the example's paragraphs.
            let article = (0..<(3 + n % 11)).map { paragraphs[($0 + n) % paragraphs.count] }.joined(separator: "\n\n")
            try article.write(to: dir.appendingPathComponent("berita\(n).txt"), atomically: true, encoding: .utf8)
        }
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("in/d/rusak.txt"))
    }

    /// (Five workers: more than this machine's cores, each on a thread of its own.)
    @Test(arguments: [1, 2, 5])
    func everyOutputIsWholeAndReportedOnce(jobs: Int) throws {
        let output = folder.appendingPathComponent("out\(jobs)").path
        let work = try BatchRun.jobs(
            for: [folder.appendingPathComponent("in").path], extensions: [".txt"], outputFolder: output)
        #expect(work.count == 61)
        let reported = Mutex<[Int]>([])
        let results = BatchRun(pipeline: Self.pipeline, options: ExtractionOptions(), jobs: jobs).run(work) { _, done in
            reported.withLock { $0.append(done) }
        }
        #expect(reported.withLock { $0.sorted() } == Array(1...61))
        #expect(results.map(\.input) == work.map(\.input))
        for (job, result) in zip(work, results) {
            if job.input.hasSuffix("rusak.txt") {
                #expect(result.status == .failed)
                #expect(result.output == nil)
                #expect(!FileManager.default.fileExists(atPath: job.output))
                continue
            }
            #expect(result.status == .extracted)
            let expected = try Self.pipeline.extract(
                Array(try Data(contentsOf: URL(fileURLWithPath: job.input))), name: job.input,
                options: ExtractionOptions()
            ).xliff
            #expect(try String(contentsOfFile: job.output, encoding: .utf8) == expected, "\(job.output)")
        }
        for sub in ["a", "b/c", "d"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: (output as NSString).appendingPathComponent(sub))
            #expect(names.allSatisfy { $0.hasSuffix(".xlf") && !$0.hasPrefix(".") }, "\(names)")
        }
    }
}

/// `BatchRun.extensions(_:)`: the `--extensions` list.
@Suite struct BatchRunExtensionsTests {
    @Test(arguments: [
        (".txt,.md", [".txt", ".md"]), (" .txt , ,.md ", [".txt", ".md"]), ("", []), (".txt", [".txt"]),
    ])
    func theEndingsAreTheCommaSeparatedItemsTrimmed(list: String, expected: [String]) {
        #expect(BatchRun.extensions(list) == expected)
    }
}
