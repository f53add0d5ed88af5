import AlihTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `alih run --incremental` killed part-way (SIGKILL, as an out-of-memory killer or a cluster's
/// scheduler does) and started again: the rerun skips what the killed run finished, does the
/// rest, and clears the killed run's temporary files, and the outputs are a clean run's.
@Suite struct InterruptedRunCommandTests {
    let folder: URL
    let input: URL

    /// Hidden temporary files of Alih's atomic writes: `.NAME.alih-XXXXXX`.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.dropLast(6).hasSuffix(".alih-")
    }

    init() throws {
        folder = try AlihProcess.temporaryFolder()
        input = folder.appendingPathComponent("in")
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        let paragraphs = example.components(separatedBy: "\n\n")
        for n in 0..<300 {
            let dir = input.appendingPathComponent("d\(n % 3)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let article = (0..<(2 + n % 4)).map { paragraphs[($0 + n) % paragraphs.count] }
                .joined(separator: "\n\n")
            try "Berita \(n).\n\n\(article)".write(
                to: dir.appendingPathComponent("berita\(n).txt"), atomically: true, encoding: .utf8)
        }
    }

    /// The files under `root` by relative path: outputs (`.xlf`) and, apart, Alih's hidden files.
    func tree(_ root: URL) -> (outputs: [String: Data], temporaries: [String], hidden: [String]) {
        var outputs: [String: Data] = [:]
        var temporaries: [String] = []
        var hidden: [String] = []
        for case let path as String in FileManager.default.enumerator(atPath: root.path) ?? .init() {
            let name = (path as NSString).lastPathComponent
            if Self.isTemporary(name) {
                temporaries.append(path)
            } else if name.hasPrefix(".") {
                hidden.append(path)
            } else if name.hasSuffix(".xlf") {
                outputs[path] = try? Data(contentsOf: root.appendingPathComponent(path))
            }
        }
        return (outputs, temporaries.sorted(), hidden.sorted())
    }

    /// Starts `alih run --incremental`, kills it with SIGKILL once `outputs` outputs exist (or
    /// lets it end, on a machine fast enough to finish first), and returns whether it was killed.
    func runKilled(into out: URL, after outputs: Int) throws -> Bool {
        let process = Process()
        process.executableURL = AlihProcess.binary
        process.arguments = [
            "run", "news-article", input.path, "--out", out.path, "--incremental", "--jobs", "2", "-q",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let written = ["d0", "d1", "d2"].reduce(0) { total, sub in
                let names =
                    (try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(sub).path)) ?? []
                return total + names.count { $0.hasSuffix(".xlf") && !$0.hasPrefix(".") }
            }
            if written >= outputs { break }
            usleep(2_000)
        }
        let killed = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    @Test func aRerunAfterSIGKILLSkipsWhatWasFinishedAndRemovesTheTemporaries() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = folder.appendingPathComponent("clean")
        let reference = try AlihProcess.run(["run", "news-article", input.path, "--out", clean.path, "-q"])
        #expect(reference.status == 0, "\(reference.stderr)")
        let expected = tree(clean).outputs
        #expect(expected.count == 300)

        let out = folder.appendingPathComponent("out")
        let killed = try runKilled(into: out, after: 40)
        let afterKill = tree(out)
        // Every output there is whole: the killed run's or none.
        for (path, data) in afterKill.outputs { #expect(data == expected[path], "\(path) is not whole") }

        let reportFile = folder.appendingPathComponent("report.json")
        let rerun = try AlihProcess.run([
            "run", "news-article", input.path, "--out", out.path, "--incremental", "--jobs", "2",
            "--report-file", reportFile.path,
        ])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: reportFile)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        let skipped = Set(
            results.filter { $0["status"] as? String == "skipped" }.compactMap { $0["output"] as? String }.map {
                String($0.dropFirst(out.path.count + 1))
            })
        #expect(report["failed"] as? Int == 0)
        #expect((report["extracted"] as? Int ?? 0) + skipped.count == 300)
        // Skipped only what the killed run had finished, and all of it but the files whose rename
        // a committing thread had done without recording it yet when the kill came (at most one
        // per committing thread).
        #expect(skipped.isSubset(of: afterKill.outputs.keys))
        #expect(skipped.count >= afterKill.outputs.count - 8, "\(skipped.count) of \(afterKill.outputs.count)")
        if killed {
            #expect(skipped.count >= 40 - 8)
        }
        #expect(report["staleTemporariesRemoved"] as? Int == afterKill.temporaries.count)
        if !afterKill.temporaries.isEmpty {
            #expect(rerun.stderr.contains("removed \(afterKill.temporaries.count) temporary file"))
        }

        let final = tree(out)
        #expect(final.temporaries.isEmpty, "\(final.temporaries)")
        #expect(final.hidden == [".alih-run.json"])
        #expect(final.outputs == expected)

        // And the record is whole: a third run skips everything.
        let third = try AlihProcess.run(["run", "news-article", input.path, "--out", out.path, "--incremental"])
        #expect(third.stderr.contains("300 files: 0 extracted, 300 skipped, 0 failed"), "\(third.stderr)")
    }

    /// Two shards writing into one folder at once, the second started while the first is
    /// writing: the second's clearing of stale temporary files leaves the first's live ones.
    @Test func concurrentShardsSharingAFolderLeaveEachOthersTemporaries() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = folder.appendingPathComponent("clean")
        #expect(try AlihProcess.run(["run", "news-article", input.path, "--out", clean.path, "-q"]).status == 0)
        let out = folder.appendingPathComponent("shared")
        let first = Process()
        first.executableURL = AlihProcess.binary
        first.arguments = ["run", "news-article", input.path, "--out", out.path, "--shard", "1/2", "--jobs", "1", "-q"]
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        while first.isRunning,
            ((try? FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("d0").path)) ?? [])
                .isEmpty
        {
            usleep(1_000)
        }
        let second = try AlihProcess.run([
            "run", "news-article", input.path, "--out", out.path, "--shard", "2/2", "--jobs", "1",
        ])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 0, "\(second.stderr)")
        let written = tree(out)
        #expect(written.temporaries.isEmpty)
        #expect(written.outputs == tree(clean).outputs)
    }
}
