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
        sent = folder.appendingPathComponent("berita.xlf")
        translated = folder.appendingPathComponent("berita.en.xlf")
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", sent.path, "-q",
        ])
        #expect(extract.status == 0)
        try ReferenceTranslation.translate(try String(contentsOf: sent, encoding: .utf8)).write(
            to: translated, atomically: true, encoding: .utf8)
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
    ])
    func hostileOrBrokenFilesExitWithTwo(content: String, code: String, status: Int32) throws {
        let file = folder.appendingPathComponent("bad.xlf")
        try content.write(to: file, atomically: true, encoding: .utf8)
        let result = try AlihProcess.run(["reimport", file.path])
        #expect(result.status == status)
        #expect(result.stderr.contains("[\(code)]"), "\(result.stderr)")
    }
}
