import AlihTestSupport
import Foundation
import Testing

/// `alih coverage` from the command line: its outputs against golden files.
@Suite struct CoverageCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The report of the shipped article with the shipped glossary, byte for byte
    /// (`ALIH_RECORD_GOLDEN=1` rewrites the files and fails, so a recording run is never green).
    @Test(arguments: ["json", "text"])
    func reportMatchesGolden(format: String) throws {
        let result = try AlihProcess.run([
            "coverage", "Examples/berita-contoh.txt", "-g", "Glossaries/id-en-news.tsv", "-f", format,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let url = Self.golden.appendingPathComponent("coverage-berita-contoh.\(format)")
        if ProcessInfo.processInfo.environment["ALIH_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent); unset ALIH_RECORD_GOLDEN and review the diff")
            return
        }
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
    }

    static func articles(_ json: String) throws -> [[String: Any]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(report["articles"] as? [[String: Any]])
    }

    /// Folders are searched recursively for --extensions, `-` reads paths from standard input,
    /// and an article's figures are the same whichever way it came in.
    @Test func takesFoldersAndPathsOnStandardInput() throws {
        let folder = try AlihProcess.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestPaths.repo("Examples/berita-contoh.txt"), to: folder.appendingPathComponent("a.txt"))
        try "Harga beras naik lagi. Harga beras tetap tinggi.\n".write(
            to: folder.appendingPathComponent("sub/b.txt"), atomically: true, encoding: .utf8)
        try "not an article".write(to: folder.appendingPathComponent("notes.dat"), atomically: true, encoding: .utf8)
        let glossary = TestPaths.repo("Glossaries/id-en-news.tsv").path

        let byFolder = try AlihProcess.run(["coverage", folder.path, "-g", glossary, "-f", "json"])
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        let folderArticles = try Self.articles(byFolder.stdout)
        #expect(folderArticles.map { $0["source"] as? String } == ["a.txt", "sub/b.txt"])

        let paths = [folder.appendingPathComponent("a.txt").path, folder.appendingPathComponent("sub/b.txt").path]
            .joined(separator: "\n")
        let byList = try AlihProcess.run(
            ["coverage", "-", "-g", glossary, "-f", "json", "-q"], stdin: Data((paths + "\n").utf8))
        #expect(byList.status == 0, "\(byList.stderr)")
        #expect(byList.stderr.isEmpty)
        let listArticles = try Self.articles(byList.stdout)
        #expect(listArticles.count == 2)
        #expect(
            listArticles.first?["missingOccurrences"] as? Int == folderArticles.first?["missingOccurrences"] as? Int)
        #expect(listArticles.first?["coverage"] as? Double == folderArticles.first?["coverage"] as? Double)

        let alone = try AlihProcess.run([
            "coverage", folder.appendingPathComponent("a.txt").path, "-g", glossary, "-f", "json",
        ])
        #expect(
            NSDictionary(dictionary: try Self.articles(alone.stdout)[0]) == NSDictionary(dictionary: folderArticles[0]))
    }

    /// A file that cannot be read is reported; the others are still analysed, and the exit code is 1.
    @Test func aBadFileIsReportedAndTheOthersGoOn() throws {
        let folder = try AlihProcess.temporaryFolder()
        try FileManager.default.copyItem(
            at: TestPaths.repo("Examples/berita-contoh.txt"), to: folder.appendingPathComponent("a.txt"))
        try Data([0x61, 0x20, 0xC3, 0x28, 0x0A]).write(to: folder.appendingPathComponent("b.txt"))
        let result = try AlihProcess.run([
            "coverage", folder.path, "-g", TestPaths.repo("Glossaries/id-en-news.tsv").path, "-f", "json", "-q",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.txt") && result.stderr.contains("invalid UTF-8"))
        #expect(try Self.articles(result.stdout).map { $0["source"] as? String } == ["a.txt"])
    }

    /// `--candidates` writes a glossary to fill in (TSV or CSV by extension) that `alih glossary
    /// check` accepts once the targets are filled in.
    @Test(arguments: ["tsv", "csv"])
    func candidatesFileIsAGlossaryToFillIn(format: String) throws {
        let folder = try AlihProcess.temporaryFolder()
        let sheet = folder.appendingPathComponent("candidates.\(format)")
        let result = try AlihProcess.run([
            "coverage", "Examples/berita-contoh.txt", "-g", "Glossaries/id-en-news.tsv", "-q",
            "--candidates", sheet.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: sheet, encoding: .utf8)
        let unfilled = try AlihProcess.run(["glossary", "check", sheet.path])
        #expect(unfilled.status == 1, "an empty target is an error until filled in")

        var filled: [String] = []
        for (index, line) in written.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || (format == "csv" && index == 0) {
                filled.append(String(line))
                continue
            }
            let separator: Character = format == "csv" ? "," : "\t"
            var cells = line.split(separator: separator, maxSplits: 2, omittingEmptySubsequences: false).map(
                String.init)
            #expect(cells[1].isEmpty)
            cells[1] = "EN " + cells[0]
            filled.append(cells.joined(separator: String(separator)))
        }
        #expect(filled.count > 10)
        try filled.joined(separator: "\n").write(to: sheet, atomically: true, encoding: .utf8)
        let check = try AlihProcess.run(["glossary", "check", sheet.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("0 errors, 0 warnings"))
        let header =
            format == "csv"
            ? "source,target,status,pos,case_sensitive,dnt,domain,note" : "# columns: source\ttarget\tcomment"
        #expect(written.contains(header))
    }
}

extension CoverageCommandTests {
    /// Mojibake in an article is a warning with its line and column, in coverage as in extract.
    @Test func mojibakeIsAWarningWithItsPlace() throws {
        let folder = try AlihProcess.temporaryFolder()
        let article = folder.appendingPathComponent("moji.txt")
        try "Judul\n\nKata Ø¹Ù…Ù„ di sini.\n".write(to: article, atomically: true, encoding: .utf8)
        let result = try AlihProcess.run([
            "coverage", article.path, "-g", TestPaths.repo("Glossaries/id-en-news.tsv").path,
        ])
        #expect(
            result.stderr.contains("moji.txt:3:6: warning: a stretch of text looks like UTF-8 read as Windows-1252"))
        #expect(result.stderr.contains("'Ø¹Ù…Ù„' stands for 'عمل'"))
        let repaired = try AlihProcess.run([
            "extract", article.path, "--repair-mojibake", "-o", folder.appendingPathComponent("m.xlf").path,
        ])
        #expect(repaired.status == 0)
        #expect(repaired.stderr.contains("normalization: mojibake 1 (first at 3:6)"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("m.xlf"), encoding: .utf8).contains(
                "Kata عمل di sini."))
    }
}

extension CoverageCommandTests {
    /// A translated article `alih reimport` wrote beside the Indonesian one is not measured as
    /// an Indonesian article, and the summary says it was left out.
    @Test func reimportedArticlesAreLeftOut() throws {
        let folder = try AlihProcess.temporaryFolder()
        try FileManager.default.copyItem(
            at: TestPaths.repo("Examples/berita-contoh.txt"), to: folder.appendingPathComponent("berita.txt"))
        try "The government prepares the evacuation.\n".write(
            to: folder.appendingPathComponent("berita.en.txt"), atomically: true, encoding: .utf8)
        let result = try AlihProcess.run([
            "coverage", folder.path, "-g", TestPaths.repo("Glossaries/id-en-news.tsv").path, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("left out 1 of Alih's own outputs (articles alih reimport wrote): "))
        #expect(result.stderr.contains("berita.en.txt"))
        #expect(!result.stdout.contains("berita.en.txt"))
        #expect(result.stdout.contains("berita.txt"))
    }
}
