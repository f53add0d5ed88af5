import AlihCore
import Foundation
import Testing

@testable import Alih

/// `BatchRun.requireDistinctOutputs(_:)` and the repeated inputs `BatchRun.jobs(for:…)` merges:
/// no output may be written from two inputs or replace an input.
@Suite struct BatchOutputCollisionTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-collide-\(UUID().uuidString)")
        for path in ["a/wiki.txt", "b/wiki.txt", "c/berita.txt", "c/berita.html", "c/lain.txt", "d/x.xlf"] {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Kalimat \(path).\n".utf8).write(to: file)
        }
    }

    func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

    func jobs(_ inputs: [String], extensions: [String] = [".txt"], out: String = "out") throws -> [BatchRun.Job] {
        try BatchRun.jobs(for: inputs.map(path), extensions: extensions, outputFolder: path(out))
    }

    func refusal(_ jobs: [BatchRun.Job]) -> DiagnosticError? {
        do {
            try BatchRun.requireDistinctOutputs(jobs)
            return nil
        } catch {
            return error as? DiagnosticError
        }
    }

    @Test func sameNameInTwoFoldersIsRefusedNamingBothInputs() throws {
        let error = try #require(refusal(try jobs(["a", "b"])))
        #expect(error.diagnostic.code == "output.collision")
        #expect(error.diagnostic.message.contains(path("out/wiki.xlf")))
        #expect(error.diagnostic.message.contains(path("a/wiki.txt")))
        #expect(error.diagnostic.message.contains(path("b/wiki.txt")))
        #expect(error.diagnostic.hint?.contains("nothing was written") == true)
    }

    @Test func sameStemWithTwoExtensionsIsRefused() throws {
        #expect(refusal(try jobs(["c"])) == nil)
        let error = try #require(refusal(try jobs(["c"], extensions: [".txt", ".html"])))
        #expect(error.diagnostic.message.contains(path("c/berita.html")))
        #expect(!error.diagnostic.message.contains("lain"))
    }

    @Test func anOutputThatWouldReplaceAnInputIsRefused() throws {
        let error = try #require(refusal(try jobs(["d"], extensions: [".xlf"], out: "d")))
        #expect(error.diagnostic.message.contains("\(path("d/x.xlf")) is also an input"))
        #expect(refusal(try jobs(["d"], extensions: [".xlf"], out: "elsewhere")) == nil)
    }

    @Test func aFileGivenAlsoThroughItsFolderIsOneJob() throws {
        let work = try jobs(["a", "a/wiki.txt", "a/../a/wiki.txt"])
        #expect(work.map(\.input) == [path("a/wiki.txt")])
        #expect(refusal(work) == nil)
    }

    /// However it is spelt — with `./`, relative or absolute (Foundation on Linux leaves a
    /// relative path as it is) — a file given twice is one job, not a clash of two inputs.
    @Test func aFileSpeltTwoWaysIsOneJob() throws {
        try FileManager.default.createSymbolicLink(atPath: path("a/link.txt"), withDestinationPath: "wiki.txt")
        let up = FileManager.default.currentDirectoryPath.split(separator: "/").map { _ in ".." }.joined(separator: "/")
        let given = try BatchRun.jobs(
            for: [path("a/wiki.txt"), folder.path + "/./a/wiki.txt", up + folder.path + "/a/wiki.txt"],
            extensions: [".txt"], outputFolder: path("out"))
        #expect(given.map(\.input) == [path("a/wiki.txt")])
        #expect(refusal(given) == nil)
        let linked = try BatchRun.jobs(
            for: [path("a/wiki.txt"), path("a/link.txt")], extensions: [".txt"], outputFolder: path("out"))
        // Two names, two outputs (wiki.xlf, link.xlf): both stay, as before.
        #expect(linked.count == 2)
    }

    @Test func manyClashesAreCountedAndTheFirstListed() throws {
        let work = (0..<8).map {
            BatchRun.Job(
                input: "/in\($0 % 2)/f\($0 / 2).txt", relativePath: "f\($0 / 2).txt", output: "/o/f\($0 / 2).xlf")
        }
        let error = try #require(refusal(work))
        let message = error.diagnostic.message
        #expect(message.hasPrefix("4 outputs clash:"))
        #expect(message.contains("/o/f0.xlf would be written from 2 inputs: /in0/f0.txt, /in1/f0.txt"))
        #expect(refusal(work.filter { $0.input.hasPrefix("/in0") }) == nil)
    }

    @Test func theRecordingRunWritesNothingWhenOutputsClash() throws {
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        let run = BatchRun(pipeline: pipeline, options: ExtractionOptions(), jobs: 1)
        #expect(throws: DiagnosticError.self) {
            _ = try run.run(try jobs(["a", "b"]), recordingIn: path("out"), incremental: false)
        }
        #expect(!FileManager.default.fileExists(atPath: path("out")))
    }
}
