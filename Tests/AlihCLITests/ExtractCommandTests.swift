import AlihTestSupport
import Foundation
import Testing

@Suite struct ExtractCommandTests {
    let folder: URL
    let article: URL

    init() throws {
        folder = try AlihProcess.temporaryFolder()
        article = folder.appendingPathComponent("berita.txt")
        try FileManager.default.copyItem(at: TestPaths.repo("Examples/berita-contoh.txt"), to: article)
    }

    @Test func writesXLIFFNextToTheArticleAndASummary() throws {
        let result = try AlihProcess.run(["extract", article.path])
        #expect(result.status == 0, "\(result.stderr)")
        let xliff = try String(contentsOf: folder.appendingPathComponent("berita.xlf"), encoding: .utf8)
        #expect(xliff.contains(#"version="2.1""#))
        #expect(xliff.contains(#"original="berita.txt""#))
        #expect(result.stderr.contains("37 segments"))
        #expect(result.stderr.contains("em-dash 2"))
        #expect(result.stdout.isEmpty)
    }

    @Test func xliff12WithPrefilledTargetsToAChosenFile() throws {
        let out = folder.appendingPathComponent("out.xlf")
        let result = try AlihProcess.run([
            "extract", article.path, "--xliff", "1.2", "--prefill-targets", "-o", out.path, "-q",
        ])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let xliff = try String(contentsOf: out, encoding: .utf8)
        #expect(xliff.contains(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">"#))
        #expect(xliff.contains(#"<target state="needs-translation">JAKARTA - Pemerintah"#))
    }

    @Test func standardInputToStandardOutput() throws {
        let result = try AlihProcess.run(
            ["extract", "-", "--report", "none"], stdin: Data("Halo dunia. Apa kabar?\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains(#"original="stdin""#))
        #expect(result.stdout.contains("<source>Apa kabar?</source>"))
        #expect(result.stderr.isEmpty)
    }

    /// A pipe named as a path (`alih extract <(curl -s URL)`; here `/dev/stdin`, a pipe too) is
    /// read like `-`: its XLIFF goes to standard output and the article is named `stdin`, not
    /// the descriptor's number (`original="63"`), and nothing is written beside it in `/dev/fd`.
    @Test func aPipeIsReadLikeStandardInput() throws {
        let result = try AlihProcess.run(
            ["extract", "/dev/stdin", "--report", "none"], stdin: Data("Halo dunia. Apa kabar?\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"original="stdin""#))
        #expect(result.stdout.contains("<source>Apa kabar?</source>"))
        #expect(result.stderr.isEmpty)
    }

    /// `/dev/stdin` under `< article.txt` is a regular file, and a stream all the same: nothing
    /// is written to `/dev/stdin.xlf` (as root, that file was made).
    @Test func standardInputRedirectedFromAFileIsReadLikeStandardInput() throws {
        let (status, output) = try AlihProcess.shell(
            "exec \"$0\" extract /dev/stdin --report none < \"$1\"", [article.path])
        let xliff = String(decoding: output, as: UTF8.self)
        #expect(status == 0)
        #expect(xliff.contains(#"original="stdin""#))
        #expect(!FileManager.default.fileExists(atPath: "/dev/stdin.xlf"))
    }

    @Test func jsonReportOnStandardErrorAndToAFile() throws {
        let reportFile = folder.appendingPathComponent("report.json")
        let result = try AlihProcess.run([
            "extract", article.path, "--report", "json", "--report-file", reportFile.path,
        ])
        #expect(result.status == 0)
        let fromStderr = try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any]
        let fromFile = try JSONSerialization.jsonObject(with: Data(contentsOf: reportFile)) as? [String: Any]
        #expect(fromStderr?["segments"] as? Int == 37)
        #expect(fromFile?["segments"] as? Int == 37)
        #expect((fromFile?["boilerplate"] as? [Any])?.count == 11)
    }

    @Test func dropBoilerplateListsWhatWasLeftOut() throws {
        let result = try AlihProcess.run(["extract", article.path, "--drop-boilerplate", "-o", "-"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("SCROLL TO CONTINUE"))
        #expect(result.stderr.contains("11 boilerplate units dropped"))
    }

    @Test(arguments: [
        (["extract", "/no/such/berita.txt"], "no such article"),
        (["extract", "/tmp"], "is a folder"),
        (["extract", "x.txt", "--xliff", "3.0"], "--xliff must be 2.1 or 1.2"),
        (["extract", "x.txt", "--source-lang", "in donesia"], "not a BCP-47 language tag"),
        (["extract", "x.txt", "--source-lang", "en", "--target-lang", "en"], "needs two languages"),
        (["extract", "x.txt", "--pipeline", "no-such-pipeline"], "no pipeline named 'no-such-pipeline'"),
        (["extract"], "Missing expected argument"),
        (["extract", "x.txt", "--frobnicate"], "Unknown option"),
        // A typo switched no check off, and a .json sheet got TSV rows: both refused before any work.
        (["check", "x.xlf", "--disable", "numbers,lenght"], "--disable: no check named lenght; the checks are"),
        (["coverage", "x.txt", "-g", "g.tsv", "--candidates", "missing.json"], "--candidates must be named .tsv"),
    ])
    func usageAndInputErrorsExitWithTwo(arguments: [String], message: String) throws {
        let result = try AlihProcess.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func invalidUTF8IsRefusedWithItsByteOffsetAndNothingIsWritten() throws {
        let bad = folder.appendingPathComponent("latin1.txt")
        try Data("Caf".utf8 + [0xE9] + "\n".utf8).write(to: bad)
        let out = folder.appendingPathComponent("latin1.xlf")
        try Data("lama".utf8).write(to: out)
        let result = try AlihProcess.run(["extract", bad.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("invalid UTF-8 at byte offset 3"))
        #expect(result.stderr.contains("iconv"))
        #expect(try String(contentsOf: out, encoding: .utf8) == "lama")
    }

    @Test func anEmptyFileIsAnInputError() throws {
        let empty = folder.appendingPathComponent("kosong.txt")
        try Data().write(to: empty)
        let result = try AlihProcess.run(["extract", empty.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no text to translate"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("kosong.xlf").path))
    }

    @Test func anUnwritableDestinationIsReported() throws {
        let result = try AlihProcess.run(["extract", article.path, "-o", "/no/such/folder/out.xlf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot create a temporary file"))
    }

    @Test func refusesToOverwriteTheArticle() throws {
        let before = FileManager.default.contents(atPath: article.path)
        let result = try AlihProcess.run(["extract", article.path, "-o", article.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[output.is-input]"))
        #expect(FileManager.default.contents(atPath: article.path) == before)
    }
}
