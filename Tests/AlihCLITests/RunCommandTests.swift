import AlihTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `alih run` over a folder tree.
@Suite struct RunCommandTests {
    let folder: URL

    init() throws {
        folder = try AlihProcess.temporaryFolder()
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        for (index, sub) in ["a", "a", "b/c", "b/c", "b"].enumerated() {
            let dir = folder.appendingPathComponent("in/\(sub)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try example.replacingOccurrences(of: "Varesta", with: "Varesta\(index)")
                .write(to: dir.appendingPathComponent("berita\(index).txt"), atomically: true, encoding: .utf8)
        }
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("in/notes.csv"))
    }

    func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! where path.hasSuffix(".xlf") {
            files[path] = try Data(contentsOf: root.appendingPathComponent(path))
        }
        return files
    }

    @Test func outputsMirrorTheInputTreeAndDoNotDependOnTheNumberOfWorkers() throws {
        let one = try AlihProcess.run([
            "run", "news-article", folder.appendingPathComponent("in").path, "--out",
            folder.appendingPathComponent("o1").path, "--jobs", "1",
        ])
        let two = try AlihProcess.run([
            "run", "news-article", folder.appendingPathComponent("in").path, "--out",
            folder.appendingPathComponent("o2").path, "--jobs", "2", "-q",
        ])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(two.status == 0)
        #expect(two.stderr.isEmpty)
        let first = try tree(folder.appendingPathComponent("o1"))
        #expect(
            Set(first.keys) == [
                "a/berita0.xlf", "a/berita1.xlf", "b/c/berita2.xlf", "b/c/berita3.xlf", "b/berita4.xlf",
            ])
        #expect(first == (try tree(folder.appendingPathComponent("o2"))))
        #expect(one.stderr.contains("5 files: 5 extracted, 0 skipped, 0 failed; 185 segments"))
    }

    @Test func inputsThatWouldShareAnOutputAreRefusedBeforeAnythingIsWritten() throws {
        let other = folder.appendingPathComponent("other/a")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "Artikel lain.\n".write(to: other.appendingPathComponent("berita0.txt"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("o").path
        let clash = try AlihProcess.run([
            "run", "news-article", folder.appendingPathComponent("in").path,
            folder.appendingPathComponent("other").path,
            "--out", out,
        ])
        #expect(clash.status == 2)
        #expect(clash.stderr.contains("[output.collision]"))
        #expect(clash.stderr.contains("\(out)/a/berita0.xlf would be written from 2 inputs"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func incrementalRunsSkipWhatDidNotChange() throws {
        let input = folder.appendingPathComponent("in").path
        let out = folder.appendingPathComponent("o").path
        #expect(try AlihProcess.run(["run", "news-article", input, "--out", out, "--incremental"]).status == 0)
        try "Artikel baru.\n".write(
            to: folder.appendingPathComponent("in/a/berita0.txt"), atomically: true, encoding: .utf8)
        let again = try AlihProcess.run(["run", "news-article", input, "--out", out, "--incremental"])
        #expect(again.stderr.contains("5 files: 1 extracted, 4 skipped, 0 failed"))
        let otherPipeline = try AlihProcess.run(["run", "plain-text", input, "--out", out, "--incremental"])
        #expect(otherPipeline.stderr.contains("5 files: 5 extracted, 0 skipped"))
    }

    @Test func aBadFileIsReportedAndTheOthersGoOn() throws {
        try Data([0x63, 0x61, 0x66, 0xE9, 0x0A]).write(to: folder.appendingPathComponent("in/b/latin1.txt"))
        let reportFile = folder.appendingPathComponent("report.json")
        let result = try AlihProcess.run([
            "run", "news-article", folder.appendingPathComponent("in").path, "--out",
            folder.appendingPathComponent("o").path, "--report-file", reportFile.path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("latin1.txt: failed:"))
        #expect(result.stderr.contains("invalid UTF-8 at byte offset 3"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: reportFile)) as? [String: Any]
        #expect(report?["failed"] as? Int == 1)
        #expect(report?["extracted"] as? Int == 5)
    }

    /// A reimported article (`alih reimport` writes `NAME.en.txt` beside the XLIFF) in the
    /// articles' folder is Alih's own output, not an Indonesian article: it is left out and named
    /// in the summary, also when its text is still Indonesian (sources kept for missing
    /// translations).
    @Test func aReimportedArticleInTheFolderIsLeftOutAndNamed() throws {
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestPaths.repo("Examples/berita-contoh.txt"), to: articles.appendingPathComponent("artikel.txt"))
        let article = articles.appendingPathComponent("artikel.txt").path
        #expect(try AlihProcess.run(["extract", article, "-q"]).status == 0)
        let reimport = try AlihProcess.run([
            "reimport", articles.appendingPathComponent("artikel.xlf").path, "--keep-source-for-missing", "-q",
        ])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(FileManager.default.fileExists(atPath: articles.appendingPathComponent("artikel.en.txt").path))
        let out = folder.appendingPathComponent("o")
        let reportFile = folder.appendingPathComponent("report.json")
        let result = try AlihProcess.run([
            "run", "news-article", articles.path, "--out", out.path, "--report-file", reportFile.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 file: 1 extracted, 0 skipped, 0 failed"), "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "left out 1 of Alih's own outputs (articles alih reimport wrote): \(articles.path)/artikel.en.txt"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("artikel.en.xlf").path))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: reportFile)) as? [String: Any]
        #expect(report?["ownOutputsLeftOut"] as? [String] == ["\(articles.path)/artikel.en.txt"])
    }

    /// An English article named like an input (`english.txt`) is refused as not Indonesian; the
    /// Indonesian ones go on.
    @Test func anEnglishArticleIsRefusedAsNotTheSourceLanguage() throws {
        let english = """
            The Ministry of Health said on Tuesday that the number of cases in the capital had fallen for the third \
            week in a row. Officials from the provincial government were quoted as saying that the schools would \
            open again in March, but that the rules on masks in public transport will stay. The minister, who \
            visited a hospital in the north of the city, said that the vaccination of children has been the most \
            important step of the year.

            """
        try english.write(to: folder.appendingPathComponent("in/b/english.txt"), atomically: true, encoding: .utf8)
        let result = try AlihProcess.run([
            "run", "news-article", folder.appendingPathComponent("in").path, "--out",
            folder.appendingPathComponent("o").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("english.txt: failed:"), "\(result.stderr)")
        #expect(result.stderr.contains("[input.language]"), "\(result.stderr)")
        #expect(result.stderr.contains("6 files: 5 extracted, 0 skipped, 1 failed"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("o/b/english.xlf").path))
    }

    /// Temporary files an interrupted run left (`.NAME.alih-XXXXXX`) in the folders a run writes
    /// to are removed and counted; one another process is writing (it holds its lock) stays, and
    /// so do files that only look alike.
    @Test func staleTemporariesAreRemovedAndLiveOnesKept() throws {
        let out = folder.appendingPathComponent("o")
        try FileManager.default.createDirectory(
            at: out.appendingPathComponent("b/c"), withIntermediateDirectories: true)
        let stale = [".berita0.xlf.alih-Ab12Cd", "b/c/.berita2.xlf.alih-x9Y8z7", "..alih-run.json.alih-QwErTy"]
        let kept = [
            ".berita0.xlf.alih-Ab12C", ".berita0.xlf.alih-Ab12Cde", "berita9.xlf.alih-Ab12Cd", ".x.alih-Ab_2Cd",
        ]
        for name in stale + kept + [".live.xlf.alih-LiVe00"] {
            try Data("<xliff".utf8).write(to: out.appendingPathComponent(name))
        }
        let live = open(out.appendingPathComponent(".live.xlf.alih-LiVe00").path, O_RDWR)
        #expect(live >= 0 && flock(live, LOCK_EX) == 0)
        defer { close(live) }
        let reportFile = folder.appendingPathComponent("report.json")
        let result = try AlihProcess.run([
            "run", "news-article", folder.appendingPathComponent("in").path, "--out", out.path, "--report-file",
            reportFile.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("removed 3 temporary files left by an interrupted run"), "\(result.stderr)")
        for name in stale { #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path)) }
        for name in kept + [".live.xlf.alih-LiVe00"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: reportFile)) as? [String: Any]
        #expect(report?["staleTemporariesRemoved"] as? Int == 3)
    }

    @Test func pathsFromStandardInput() throws {
        let list = [
            folder.appendingPathComponent("in/a/berita0.txt").path,
            folder.appendingPathComponent("in/b/berita4.txt").path,
        ].joined(separator: "\n")
        let result = try AlihProcess.run(
            ["run", "plain-text", "-", "--out", folder.appendingPathComponent("o").path], stdin: Data(list.utf8))
        // Once exited 4 (SIGILL?) under the full suite's load; not reproduced.
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(try tree(folder.appendingPathComponent("o")).keys) == ["berita0.xlf", "berita4.xlf"])
    }

    /// Four shards, each its own process with its own output folder: every input lands in
    /// exactly one, and their outputs together are the unsharded run's, byte for byte; four
    /// shards sharing one output folder (as cluster workers on shared storage do) give the same.
    @Test func fourShardsTogetherAreOneRun() throws {
        let input = folder.appendingPathComponent("many")
        for n in 0..<24 {
            let dir = input.appendingPathComponent("d\(n % 3)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "Berita nomor \(n) tentang banjir di Jakarta. Warga mengungsi ke sekolah.\n".write(
                to: dir.appendingPathComponent("berita\(n).txt"), atomically: true, encoding: .utf8)
        }
        let whole = try AlihProcess.run([
            "run", "plain-text", input.path, "--out", folder.appendingPathComponent("whole").path, "-q",
        ])
        #expect(whole.status == 0, "\(whole.stderr)")
        var union: [String: Data] = [:]
        for k in 1...4 {
            let out = folder.appendingPathComponent("shard\(k)")
            let shard = try AlihProcess.run([
                "run", "plain-text", input.path, "--out", out.path, "--shard", "\(k)/4", "-q",
            ])
            #expect(shard.status == 0, "\(shard.stderr)")
            let outputs = try tree(out)
            #expect(!outputs.isEmpty, "shard \(k) of 4 took none of 24 inputs")
            #expect(Set(union.keys).isDisjoint(with: outputs.keys), "shard \(k) repeats an input")
            union.merge(outputs) { first, _ in first }
            let shared = try AlihProcess.run([
                "run", "plain-text", input.path, "--out", folder.appendingPathComponent("shared").path, "--shard",
                "\(k)/4", "--incremental", "-q",
            ])
            #expect(shared.status == 0)
            #expect(
                FileManager.default.fileExists(
                    atPath: folder.appendingPathComponent("shared/.alih-run.shard-\(k)-of-4.json").path))
        }
        let expected = try tree(folder.appendingPathComponent("whole"))
        #expect(expected.count == 24)
        #expect(union == expected)
        #expect(try tree(folder.appendingPathComponent("shared")) == expected)
        let bad = try AlihProcess.run([
            "run", "plain-text", input.path, "--out", folder.appendingPathComponent("x").path, "--shard", "5/4",
        ])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("K must be between 1 and N"))
    }
}
