import AlihTestSupport
import Foundation
import Testing

/// No command writes over a file it reads, or writes two outputs to one file, however the
/// paths are spelled: each refuses with exit 2 and leaves every file as it was.
@Suite struct OutputSafetyTests {
    let scratch: ScratchFolder
    let glossary = TestPaths.repo("Glossaries/id-en-news.tsv").path

    init() throws {
        scratch = try ScratchFolder("output-safety")
        let article = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        try article.write(toFile: scratch.path("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: glossary, toPath: scratch.path("g.tsv"))
        #expect(
            try AlihProcess.run(
                ["extract", "a.txt", "--xliff", "1.2", "--prefill-targets", "-o", "t.xlf", "-q"], in: scratch.url
            ).status == 0)
    }

    /// Runs `arguments` in the scratch folder and expects exit 2 with `code`, every file in the
    /// folder unchanged.
    func expectRefused(_ arguments: [String], code: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try contents()
        let result = try AlihProcess.run(arguments, in: scratch.url)
        #expect(result.status == 2, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("[\(code)]"), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(try contents() == before, sourceLocation: sourceLocation)
    }

    func contents() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) {
            files[name] = FileManager.default.contents(atPath: scratch.path(name))
        }
        return files
    }

    @Test func extractRefusesAnXLIFFFileAndOutputsOverItsInputs() throws {
        defer { scratch.remove() }
        try expectRefused(["extract", "t.xlf"], code: "input.xliff")
        try expectRefused(["extract", "a.txt", "-o", "./a.txt"], code: "output.is-input")
        try expectRefused(["extract", "a.txt", "-o", "x.xlf", "--report-file", "a.txt"], code: "output.is-input")
        try expectRefused(["extract", "a.txt", "-o", "x.xlf", "--report-file", "./x.xlf"], code: "output.twice")
        try expectRefused(
            ["extract", "a.txt", "-o", "x.xlf", "--emit-tbx", "x.xlf", "-g", "g.tsv"], code: "output.twice")
        try expectRefused(["extract", "a.txt", "-o", "g.tsv", "-g", "g.tsv"], code: "output.is-input")
    }

    /// The pipeline file, the QA glossary, a memory made by the command, and a file redirected
    /// into standard input are inputs too.
    @Test func pipelineGlossaryMemoryAndStandardInputAreProtected() throws {
        defer { scratch.remove() }
        try FileManager.default.copyItem(
            atPath: TestPaths.repo("Pipelines/news-article.yaml").path, toPath: scratch.path("pp.yaml"))
        try expectRefused(["extract", "a.txt", "--pipeline", "pp.yaml", "-o", "pp.yaml"], code: "output.is-input")
        try expectRefused(["srx", "--pipeline", "pp.yaml", "-o", "./pp.yaml"], code: "output.is-input")
        try expectRefused(
            ["coverage", "a.txt", "-g", "g.tsv", "--pipeline", "pp.yaml", "-o", "pp.yaml"], code: "output.is-input")
        try expectRefused(["extract", "a.txt", "--tm", "new.sqlite", "-o", "new.sqlite"], code: "output.twice")
        try expectRefused(
            ["run", "news-article", ".", "--out", "out", "--report-file", "a.txt", "--extensions", ".txt"],
            code: "output.is-input")
        let translated = try String(contentsOf: URL(fileURLWithPath: scratch.path("t.xlf")), encoding: .utf8)
            .replacingOccurrences(of: #"<target state="needs-translation">"#, with: #"<target state="translated">EN "#)
        try translated.write(toFile: scratch.path("tr.xlf"), atomically: true, encoding: .utf8)
        try expectRefused(["reimport", "tr.xlf", "-g", "g.tsv", "-o", "g.tsv"], code: "output.is-input")
        let before = try contents()
        let redirected = try AlihProcess.run(
            ["extract", "-", "-o", scratch.path("a.txt")], stdin: nil, in: scratch.url, stdinFile: scratch.path("a.txt")
        )
        #expect(redirected.status == 2 && redirected.stderr.contains("[output.is-input]"), "\(redirected.stderr)")
        #expect(try contents() == before)
    }

    @Test func runRefusesAnOutputOverANamedInput() throws {
        defer { scratch.remove() }
        try FileManager.default.copyItem(atPath: scratch.path("a.txt"), toPath: scratch.path("r.xlf"))
        try expectRefused(["run", "news-article", "r.xlf", "--out", "."], code: "output.collision")
        // Named with another output folder, an XLIFF file is refused as an article.
        let result = try AlihProcess.run(["run", "news-article", "t.xlf", "--out", "out"], in: scratch.url)
        #expect(result.status == 1 && result.stderr.contains("[input.xliff]"), "\(result.stderr)")
    }

    @Test func coverageRefusesAReportOrSheetOverItsInputs() throws {
        defer { scratch.remove() }
        try expectRefused(["coverage", "a.txt", "-g", "g.tsv", "--candidates", "g.tsv"], code: "output.is-input")
        try expectRefused(["coverage", "a.txt", "-g", "g.tsv", "-o", "./a.txt"], code: "output.is-input")
        try expectRefused(["coverage", "a.txt", "-g", "g.tsv", "-f", "json", "-o", "g.tsv"], code: "output.is-input")
    }

    @Test func glossaryConvertRefusesItsInputBehindAnotherName() throws {
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.tsv"), withDestinationPath: "g.tsv")
        try expectRefused(["glossary", "convert", "g.tsv", "./g.tsv"], code: "output.is-input")
        try expectRefused(["glossary", "convert", "g.tsv", "link.tsv"], code: "output.is-input")
    }

    @Test func memoryCommandsRefuseToWriteOverTheMemory() throws {
        defer { scratch.remove() }
        let translated = try String(contentsOf: URL(fileURLWithPath: scratch.path("t.xlf")), encoding: .utf8)
            .replacingOccurrences(of: #"<target state="needs-translation">"#, with: #"<target state="translated">EN "#)
        try translated.write(toFile: scratch.path("tr.xlf"), atomically: true, encoding: .utf8)
        #expect(try AlihProcess.run(["reimport", "tr.xlf", "--tm", "m.sqlite", "-q"], in: scratch.url).status == 0)
        try expectRefused(["tm", "export", "m.sqlite", "-o", "m.sqlite"], code: "output.is-input")
        try expectRefused(["tm", "copy", "m.sqlite", "./m.sqlite"], code: "output.is-input")
        try expectRefused(["reimport", "tr.xlf", "--tm", "m.sqlite", "-o", "./m.sqlite"], code: "output.is-input")
        try expectRefused(["reimport", "tr.xlf", "-o", "./tr.xlf"], code: "output.is-input")
    }

    @Test(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
    func reimportRefusesToWriteOverThePageItReads() throws {
        defer { scratch.remove() }
        let folder = try #require(TestPaths.shared).appendingPathComponent("fixtures/html")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let page = try #require(pages.sorted().first { $0.hasSuffix(".html") })
        try FileManager.default.copyItem(
            atPath: folder.appendingPathComponent(page).path, toPath: scratch.path("p.html"))
        #expect(
            try AlihProcess.run(
                ["extract", "p.html", "--xliff", "1.2", "--prefill-targets", "-o", "p.xlf", "-q"], in: scratch.url
            ).status == 0)
        let keep = ["--force", "--keep-source-for-missing", "-q"]
        try expectRefused(["reimport", "p.xlf", "-o", "p.html"] + keep, code: "output.is-input")
        try expectRefused(["reimport", "p.xlf", "--page", "p.html", "-o", "./p.html"] + keep, code: "output.is-input")
    }
}
