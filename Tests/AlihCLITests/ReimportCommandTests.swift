import AlihTestSupport
import Foundation
import Testing

/// `reimport`, `check` and `tm` from the command line.
@Suite struct ReimportCommandTests {
    let folder: URL
    let sent: URL
    let translated: URL
    static let glossary = TestPaths.repo("Tests/AlihTests/Fixtures/berita-glossary.tsv").path

    init() throws {
        folder = try AlihProcess.temporaryFolder()
        let example = try TranslatedExample(in: folder, translatedName: "berita.en.xlf")
        (sent, translated) = (example.sent, example.translated)
    }

    @Test func reimportWritesTheEnglishArticleAndStoresTheMemory() throws {
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let result = try AlihProcess.run(["reimport", translated.path, "-g", Self.glossary, "--tm", memory])
        #expect(result.status == 0, "\(result.stderr)")
        let article = try String(contentsOf: folder.appendingPathComponent("berita.en.txt"), encoding: .utf8)
        #expect(article.hasPrefix("Government Prepares Evacuation"))
        #expect(result.stderr.contains("37 pairs added"))
        #expect(result.stderr.contains("QA: 37 segments checked: 0 errors, 0 warnings"))
        // The next extraction with the memory: everything is an exact match.
        let again = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--tm", memory, "-o",
            folder.appendingPathComponent("again.xlf").path,
        ])
        #expect(again.stderr.contains("memory: words 514: new 0"))
        // TMX out and back in.
        let tmx = folder.appendingPathComponent("memory.tmx").path
        #expect(try AlihProcess.run(["tm", "export", memory, "-o", tmx]).status == 0)
        let imported = try AlihProcess.run([
            "tm", "import", tmx, "--tm", folder.appendingPathComponent("copy.sqlite").path,
        ])
        #expect(imported.stderr.contains("37 pairs read; 37 added"))
    }

    /// A translated file coming through a pipe (`alih reimport <(…)`) has no folder to write
    /// beside: the article goes to standard output (it failed creating `/dev/fd/63.en.txt`).
    @Test func aPipedFileWritesTheArticleToStandardOutput() throws {
        let result = try AlihProcess.run(
            ["reimport", "/dev/stdin", "-q"], stdin: try Data(contentsOf: translated))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Government Prepares Evacuation"))
    }

    /// A folder `name` as translators send it back: the translated example as `translated`, and
    /// the file as it was sent out, targets untouched, as `sent`.
    func returnedFolder(_ name: String, translated translatedName: String, sent sentName: String) throws -> URL {
        let returned = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: returned, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: translated, to: returned.appendingPathComponent(translatedName))
        try FileManager.default.copyItem(at: sent, to: returned.appendingPathComponent(sentName))
        return returned
    }

    /// A folder of returned files: each article next to its XLIFF, each file's summary, a line
    /// of totals; exit 1 when any file failed. -o names one file, so it goes with one XLIFF only.
    @Test func aFolderReimportsEachFileWithTotals() throws {
        let returned = try returnedFolder("returned", translated: "berita.en.xlf", sent: "untouched.xlf")
        let result = try AlihProcess.run(["reimport", returned.path])
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: returned.appendingPathComponent("berita.en.txt").path))
        #expect(!FileManager.default.fileExists(atPath: returned.appendingPathComponent("untouched.en.txt").path))
        #expect(result.stderr.contains("berita.en.xlf: 26 units, 37 segments: 37 translated"))
        #expect(
            result.stderr.hasSuffix(
                "2 files: 1 written, 1 not written; 74 segments, 37 translated, 37 left in Indonesian; QA 7 errors, 39 warnings\n"
            ))
        let allGood = try AlihProcess.run(["reimport", translated.path, translated.path, "--report", "none"])
        #expect(allGood.status == 0, "\(allGood.stderr)")
        let named = try AlihProcess.run(["reimport", returned.path, "-o", folder.appendingPathComponent("x.txt").path])
        #expect(named.status == 2)
        #expect(named.stderr.contains("-o names one file"))
    }

    /// `alih check` of a folder: each report and a line of totals; JSON: an array of the reports.
    @Test func checkOfAFolderReportsEachFileWithTotals() throws {
        let returned = try returnedFolder("checked", translated: "a.xlf", sent: "b.xlf")
        let text = try AlihProcess.run(["check", returned.path])
        #expect(text.status == 1)
        #expect(
            text.stdout.hasPrefix(returned.appendingPathComponent("a.xlf").path + ": 37 segments checked: 0 errors"))
        #expect(text.stdout.hasSuffix("\n2 files checked (1 with errors): 74 segments, 7 errors, 39 warnings\n"))
        let json = try AlihProcess.run(["check", returned.path, "-f", "json"])
        let reports = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(reports?.map { $0["errors"] as? Int } == [0, 7])
        let folderGiven = try AlihProcess.run(["check", folder.path, "--disable", "numbers"])
        #expect(folderGiven.stdout.contains("files checked"))
    }

    @Test func missingTranslationsStopTheWriteWithExitOne() throws {
        let untranslated = try String(contentsOf: sent, encoding: .utf8).replacingOccurrences(
            of: #"<target state="needs-translation">"#, with: "<target>")
        let empty = folder.appendingPathComponent("empty.xlf")
        try untranslated.replacingOccurrences(
            of: #"(<target>)[^<]*(</target>)"#, with: "$1$2", options: .regularExpression
        ).write(to: empty, atomically: true, encoding: .utf8)
        let missing = try AlihProcess.run(["reimport", empty.path, "-o", folder.appendingPathComponent("y.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("has no translation [reimport.missing-translation]"))
        #expect(missing.stderr.contains("not written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("y.txt").path))
        let kept = try AlihProcess.run([
            "reimport", empty.path, "-o", folder.appendingPathComponent("z.txt").path, "--keep-source-for-missing",
        ])
        #expect(kept.status == 0)
    }

    /// Prefilled targets sent back untouched are still Indonesian: exit 1, the findings
    /// condensed, and one verdict line that says so.
    @Test func untouchedPrefilledTargetsAreStillIndonesian() throws {
        let output = folder.appendingPathComponent("untouched.txt")
        let result = try AlihProcess.run(["reimport", sent.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "[reimport.untranslated]").count - 1 == 4)
        #expect(result.stderr.contains("more like this: "))
        #expect(result.stderr.contains("0 translated, 37 still in Indonesian, 0 missing"))
        #expect(
            result.stderr.hasSuffix(
                "not written: 37 segments still in Indonesian (see above); translate them, or --keep-source-for-missing to keep the Indonesian\n"
            ))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// A file without Alih's record is refused (exit 2, nothing written) unless --foreign; then
    /// it is merged as blocks and the summary says what was not checked.
    @Test func aFileWithoutTheRecordNeedsForeign() throws {
        let stripped = folder.appendingPathComponent("stripped.xlf")
        try String(contentsOf: translated, encoding: .utf8).replacingOccurrences(
            of: #"(?s)<phase-group>.*</phase-group>"#, with: "", options: .regularExpression
        ).write(to: stripped, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("stripped.en.txt")
        let refused = try AlihProcess.run(["reimport", stripped.path, "-o", output.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("carries no Alih extraction record"))
        #expect(refused.stderr.contains("its units still carry their checksums"))
        #expect(refused.stderr.contains("[reimport.no-record]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let foreign = try AlihProcess.run(["reimport", stripped.path, "-o", output.path, "--foreign"])
        #expect(foreign.status == 0, "\(foreign.stderr)")
        #expect(
            foreign.stderr.contains(
                "not checked (no Alih extraction record): whether units after the last one (b26) were lost"))
        let reference = folder.appendingPathComponent("reference.txt")
        #expect(try AlihProcess.run(["reimport", translated.path, "-o", reference.path, "-q"]).status == 0)
        #expect(try Data(contentsOf: output) == Data(contentsOf: reference))
    }

    @Test func checkReportsFindingsAsTextAndJSON() throws {
        let broken = folder.appendingPathComponent("broken.xlf")
        try String(contentsOf: translated, encoding: .utf8)
            .replacingOccurrences(of: "around 3,000 Indonesian citizens", with: "around 300 Indonesian citizens")
            .replacingOccurrences(of: "spokesperson", with: "speaker")
            .write(to: broken, atomically: true, encoding: .utf8)
        let text = try AlihProcess.run(["check", broken.path, "-g", Self.glossary])
        #expect(text.status == 1)
        #expect(text.stdout.contains("terminology"))
        #expect(text.stdout.contains("'speaker' is a forbidden translation of 'juru bicara'"))
        let json = try AlihProcess.run(["check", broken.path, "-g", Self.glossary, "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["version"] as? Int == 1)
        #expect((report?["errors"] as? Int ?? 0) >= 1)
        let strict = try AlihProcess.run([
            "reimport", broken.path, "-g", Self.glossary, "--strict", "-o", folder.appendingPathComponent("s.txt").path,
        ])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.txt").path))
    }

    /// A file extracted with a glossary is checked against it when it comes back, without -g: the
    /// glossary's relative path is recorded (run from the repository, as the README's commands).
    @Test func theGlossaryTheFileWasExtractedWithIsUsedWithoutBeingGiven() throws {
        let sent = folder.appendingPathComponent("with-glossary.xlf")
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", sent.path, "-q",
            "-g", "Tests/AlihTests/Fixtures/berita-glossary.tsv",
        ])
        #expect(extract.status == 0, "\(extract.stderr)")
        let broken = folder.appendingPathComponent("with-glossary.en.xlf")
        try ReferenceTranslation.translate(try String(contentsOf: sent, encoding: .utf8))
            .replacingOccurrences(of: "spokesperson", with: "speaker")
            .write(to: broken, atomically: true, encoding: .utf8)
        let check = try AlihProcess.run(["check", broken.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("[glossary.recorded]"))
        #expect(check.stdout.contains("'speaker' is a forbidden translation of 'juru bicara'"))
        let output = folder.appendingPathComponent("with-glossary.en.txt")
        let strict = try AlihProcess.run(["reimport", broken.path, "--strict", "-o", output.path])
        #expect(strict.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // A term skipped for this file applies to the recorded glossary too.
        let skipped = try AlihProcess.run(["check", broken.path, "--skip-term", "juru bicara"])
        #expect(skipped.stderr.contains("[glossary.recorded]"))
        #expect(!skipped.stdout.contains("'juru bicara'"))
        // Without the record's glossary (a file extracted without one), nothing is looked for, and
        // a term to skip has no glossary to be skipped from.
        let plain = try AlihProcess.run(["check", translated.path])
        #expect(!plain.stderr.contains("glossary."))
        let nothingToSkip = try AlihProcess.run(["check", translated.path, "--skip-term", "juru bicara"])
        #expect(nothingToSkip.status == 2)
        #expect(nothingToSkip.stderr.contains("[glossary.skip]"))
        let unglossed = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--skip-term", "bank", "-o", "-",
        ])
        #expect(unglossed.status == 2)
        #expect(unglossed.stderr.contains("--skip-term needs a glossary"))
    }

    @Test(arguments: [
        (
            #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>"#,
            "xliff.doctype-entities", 2
        ),
        ("<xliff", "xliff.not-xliff", 2),
        (
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><file id="f"><unit id="u">"#,
            "xliff.truncated", 2
        ),
        ("plain text, not XML", "xliff.xml", 2),
        // An empty file (or one of a byte-order mark and blank lines) says so.
        ("", "xliff.empty", 2),
        ("\u{FEFF}\n  \n", "xliff.empty", 2),
    ])
    func hostileOrBrokenFilesExitWithTwo(content: String, code: String, status: Int32) throws {
        let file = folder.appendingPathComponent("bad.xlf")
        try content.write(to: file, atomically: true, encoding: .utf8)
        let result = try AlihProcess.run(["reimport", file.path])
        #expect(result.status == status)
        #expect(result.stderr.contains("[\(code)]"), "\(result.stderr)")
    }
}
