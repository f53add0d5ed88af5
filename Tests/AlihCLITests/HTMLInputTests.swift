import AlihTestSupport
import Foundation
import Testing

/// An HTML page given to the commands that read only its text, and to extract, which refuses it.
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
        #expect(result.stdout.hasPrefix("page chrome (line 4 of the page): <nav> \"Beranda Berita\"\n"))
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
        let refused = try AlihProcess.run(["extract", "-", "--input-format", "html"], stdin: Data(Self.page.utf8))
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("[input.html]"))
        let wrong = try AlihProcess.run(["segment", "-", "--input-format", "pdf"], stdin: Data(Self.page.utf8))
        #expect(wrong.status == 64 || wrong.status == 2)
        #expect(wrong.stderr.contains("--input-format"))
    }

    @Test func extractRefusesAPageAndWritesNothing() throws {
        let file = try Self.pageFile()
        let result = try AlihProcess.run(["extract", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[input.html]"))
        let written = file.deletingPathExtension().appendingPathExtension("xlf")
        #expect(!FileManager.default.fileExists(atPath: written.path))
    }
}
