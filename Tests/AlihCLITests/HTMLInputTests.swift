import AlihTestSupport
import Foundation
import Testing

/// An HTML page given to the commands: its article's text read, extracted with its markup as
/// inline codes, and the translation put back into the page.
@Suite struct HTMLInputTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Banjir di Kota</title>
        <script>var iklan = "<p>bukan teks</p>";</script><style>p { margin: 0 }</style></head>
        <body><nav><a href="/">Beranda</a> <a href="/news">Berita</a></nav>
        <article><h1>Banjir di Kota</h1>
        <p>Air <b>naik</b> sejak Senin malam. Warga mengungsi ke masjid.</p>
        <div class="share-box">Bagikan ke Facebook</div>
        <p>Petugas dari Kementerian Luar Negeri datang membantu warga.</p></article>
        <footer>Hak cipta 2026</footer></body></html>

        """

    /// Writes the page into a fresh folder and returns its path.
    static func pageFile() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("banjir.html")
        try Data(page.utf8).write(to: file)
        return file
    }

    @Test func segmentReadsThePagesArticle() throws {
        let file = try Self.pageFile()
        let result = try AlihProcess.run(["segment", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "Banjir di Kota\n\nBanjir di Kota\n\nAir naik sejak Senin malam.\nWarga mengungsi ke masjid.\n\n"
                + "Petugas dari Kementerian Luar Negeri datang membantu warga.\n")
    }

    /// What was left out as chrome is listed, never dropped silently.
    @Test func explainListsThePageChrome() throws {
        let file = try Self.pageFile()
        let result = try AlihProcess.run(["segment", file.path, "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("page chrome (line 4 of the page; a nav element): <nav> \"Beranda Berita\"\n"))
        #expect(result.stdout.contains("<div.share-box> \"Bagikan ke Facebook\""))
        #expect(result.stdout.contains("<footer> \"Hak cipta 2026\""))
    }

    @Test func coverageReadsThePagesArticle() throws {
        let file = try Self.pageFile()
        let glossary = TestPaths.packageRoot.appendingPathComponent("Glossaries/id-en-news.tsv").path
        let result = try AlihProcess.run(["coverage", file.path, "-g", glossary, "-f", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kementerian Luar Negeri"))
        #expect(!result.stdout.contains("iklan"))
        #expect(!result.stdout.contains("Bagikan"))
        #expect(result.stderr.contains("3 elements of page chrome left out (<nav>, <div.share-box>, <footer>)"))
    }

    /// `--input-format` decides over the extension: a page on standard input, a page read as text.
    @Test func theFormatCanBeGiven() throws {
        let piped = try AlihProcess.run(["segment", "-", "--input-format", "html"], stdin: Data(Self.page.utf8))
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("Banjir di Kota\n\nBanjir di Kota\n\nAir naik"))
        let asText = try AlihProcess.run(["segment", try Self.pageFile().path, "--input-format", "text"])
        #expect(asText.status == 0, "\(asText.stderr)")
        #expect(asText.stdout.contains("<script>"))
        let piped12 = try AlihProcess.run(
            ["extract", "-", "--input-format", "html", "--xliff", "1.2"], stdin: Data(Self.page.utf8))
        #expect(piped12.status == 0, "\(piped12.stderr)")
        #expect(piped12.stdout.contains("<source>Air <g id=\"1\" ctype=\"bold\">naik</g> sejak Senin malam.</source>"))
        let wrong = try AlihProcess.run(["segment", "-", "--input-format", "pdf"], stdin: Data(Self.page.utf8))
        #expect(wrong.status == 64 || wrong.status == 2)
        #expect(wrong.stderr.contains("--input-format"))
    }

    /// The CMS workflow: extract the page, translate, reimport into the page beside the XLIFF.
    @Test func aPageIsExtractedAndItsTranslationWrittenIntoThePage() throws {
        let file = try Self.pageFile()
        let extracted = try AlihProcess.run(["extract", file.path, "--prefill-targets"])
        #expect(extracted.status == 0, "\(extracted.stderr)")
        let xliff = file.deletingPathExtension().appendingPathExtension("xlf")
        let written = try String(contentsOf: xliff, encoding: .utf8)
        #expect(written.contains(#"<pc id="1" dataRefStart="d1" dataRefEnd="d2" type="fmt" subType="xlf:b">naik</pc>"#))
        #expect(written.contains(#"<mda:meta type="input-format">html</mda:meta>"#))
        #expect(!written.contains("iklan"))
        // Translated: the targets' text in capitals, the codes kept.
        let translated = folderFile(file, "banjir.id-en.xlf")
        try written.replacingOccurrences(of: "<target>Air ", with: "<target>WATER ").write(
            to: translated, atomically: true, encoding: .utf8)
        let merged = try AlihProcess.run(["reimport", translated.path, "--keep-source-for-missing", "-q"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let page = try String(contentsOf: folderFile(file, "banjir.id-en.en.html"), encoding: .utf8)
        #expect(page.contains("<p>WATER <b>naik</b> sejak Senin malam. Warga mengungsi ke masjid.</p>"))
        #expect(page.contains("<html lang=\"en\">"))
        #expect(page.contains("<script>var iklan = \"<p>bukan teks</p>\";</script>"))
        // The page changed since extraction: refused, nothing written.
        try Data((Self.page + "<p>Tambahan.</p>").utf8).write(to: file)
        let changed = try AlihProcess.run(["reimport", translated.path, "--keep-source-for-missing", "-o", "-"])
        #expect(changed.status != 0)
        #expect(changed.stderr.contains("[reimport.page-changed]"))
        // Without the page beside it, --page names it.
        let elsewhere = try AlihProcess.run(
            ["reimport", translated.path, "--keep-source-for-missing", "-o", "-", "--page", "/nonexistent/banjir.html"])
        #expect(elsewhere.stderr.contains("[reimport.page-missing]"))
    }

    /// A folder of pages through `alih run news-article-html`, each file reimported from the
    /// output folder: the page is found where extraction read it (a relative path it recorded).
    @Test func aBatchOfPagesIsReimportedWithoutNamingEachPage() throws {
        let folder = try AlihProcess.temporaryFolder()
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Data(Self.page.utf8).write(to: pages.appendingPathComponent("banjir.html"))
        let run = try AlihProcess.run(["run", "news-article-html", "pages", "--out", "out", "-q"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let merged = try AlihProcess.run(
            ["reimport", "out/banjir.xlf", "--keep-source-for-missing", "-q"], in: folder)
        #expect(merged.status == 0, "\(merged.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("out/banjir.en.html"), encoding: .utf8)
        #expect(page == Self.page.replacingOccurrences(of: "<html>", with: "<html lang=\"en\">"))
    }

    /// A page's chrome stays in the page: leaving it out of the XLIFF would leave the reimport
    /// without paragraphs it needs, so extract refuses, saying why, and writes nothing.
    @Test func dropBoilerplateIsRefusedForAPage() throws {
        let file = try Self.pageFile()
        let result = try AlihProcess.run(["extract", file.path, "--drop-boilerplate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[input.html-drop-boilerplate]"))
        #expect(
            !FileManager.default.fileExists(atPath: file.deletingPathExtension().appendingPathExtension("xlf").path))
    }

    func folderFile(_ file: URL, _ name: String) -> URL {
        file.deletingLastPathComponent().appendingPathComponent(name)
    }
}
