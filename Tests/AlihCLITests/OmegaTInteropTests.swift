import AlihTestSupport
import Foundation
import Testing

/// OmegaT 3.6 (Debian's `omegat`) as a real client of Alih's XLIFF 1.2: with sentence
/// segmentation off, every translatable trans-unit is one OmegaT segment, and chrome
/// (`translate="no"`) is none. Skipped where OmegaT is not installed.
@Suite(.enabled(if: OmegaTProject.isInstalled, "\(OmegaTProject.notInstalled)"))
struct OmegaTInteropTests {
    /// A project (sentence segmentation off, as the README tells users) around one source file.
    static func makeProject(with xliff: URL) throws -> OmegaTProject {
        let project = try OmegaTProject(sentenceSegmentation: false)
        try FileManager.default.copyItem(at: xliff, to: URL(fileURLWithPath: project.path("source/berita.xlf")))
        return project
    }

    @Test func oneOmegaTSegmentPerTranslatableTransUnit() throws {
        let folder = try AlihProcess.temporaryFolder()
        let xliff = folder.appendingPathComponent("berita.xlf")
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", xliff.path, "-q",
        ])
        #expect(extract.status == 0)
        let project = try Self.makeProject(with: xliff)
        let segments = try #require(try project.segments())
        let expected = try AlihProcess.run(["segment", "Examples/berita-contoh.txt", "--content-only"]).stdout
            .split(separator: "\n").map(String.init)
        #expect(segments == Set(expected))
        #expect(segments.count == 37)

        // Console translation writes the file back with the chrome untouched.
        #expect(try project.run(mode: "console-translate") == 0)
        let written = try String(contentsOfFile: project.path("target/berita.xlf"), encoding: .utf8)
        #expect(written.contains("SCROLL TO CONTINUE WITH CONTENT"))
        let sent = try String(contentsOf: xliff, encoding: .utf8)
        #expect(
            written.components(separatedBy: "<trans-unit ").count == sent.components(separatedBy: "<trans-unit ").count)
    }

    /// An HTML page's XLIFF 1.2 through OmegaT: its inline codes (`<g>`, `<x/>`) come back, and
    /// the page is rebuilt around the text with its markup.
    @Test func anHTMLPageKeepsItsTagsThroughOmegaT() throws {
        let folder = try AlihProcess.temporaryFolder()
        let page = folder.appendingPathComponent("banjir.html")
        try Data(HTMLInputTests.page.utf8).write(to: page)
        let xliff = folder.appendingPathComponent("banjir.xlf")
        let extract = try AlihProcess.run([
            "extract", page.path, "--xliff", "1.2", "--prefill-targets", "-o", xliff.path, "-q",
        ])
        #expect(extract.status == 0, "\(extract.stderr)")
        let project = try Self.makeProject(with: xliff)
        #expect(try project.segments()?.contains("Air <g0>naik</g0> sejak Senin malam.") == true)
        // One sentence translated by the memory OmegaT applies, its tag moved with its word.
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="AlihTest" creationtoolversion="1" o-tmf="AlihTest" \
            adminlang="en" srclang="id" datatype="plaintext" segtype="sentence"/><body>
            <tu><tuv xml:lang="id"><seg>Air &lt;g0&gt;naik&lt;/g0&gt; sejak Senin malam.</seg></tuv>\
            <tuv xml:lang="en"><seg>Since Monday night the water has &lt;g0&gt;risen&lt;/g0&gt;.</seg></tuv></tu>
            </body></tmx>

            """
        try Data(tmx.utf8).write(to: URL(fileURLWithPath: project.path("tm/auto/reference.tmx")))
        #expect(try project.run(mode: "console-translate") == 0)
        let translated = project.path("target/berita.xlf")
        let written = try String(contentsOfFile: translated, encoding: .utf8)
        #expect(written.contains(#"Since Monday night the water has <g id="1" ctype="bold">risen</g>."#))
        let output = folder.appendingPathComponent("banjir.en.html")
        let reimport = try AlihProcess.run([
            "reimport", translated, "--page", page.path, "--keep-source-for-missing", "-o", output.path,
        ])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        let rebuilt = try String(contentsOf: output, encoding: .utf8)
        #expect(
            rebuilt
                == HTMLInputTests.page.replacingOccurrences(of: "<html>", with: "<html lang=\"en\">")
                .replacingOccurrences(
                    of: "Air <b>naik</b> sejak Senin malam.", with: "Since Monday night the water has <b>risen</b>."))
    }

    /// The whole loop with a real client: extract XLIFF 1.2 → OmegaT project with a TMX of
    /// translations in `tm/auto/` → console-translate → `alih reimport` of OmegaT's output: the
    /// English article, every segment translated, QA clean.
    @Test func translatedByOmegaTAndReimported() throws {
        let folder = try AlihProcess.temporaryFolder()
        let xliff = folder.appendingPathComponent("berita.xlf")
        #expect(
            try AlihProcess.run([
                "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", xliff.path, "-q",
            ]).status == 0)
        let project = try Self.makeProject(with: xliff)

        // The memory OmegaT applies: source sentences (as OmegaT sees them) with their English.
        let sent = try String(contentsOf: xliff, encoding: .utf8)
        let english = try ReferenceTranslation.load()
        var tmx = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n<tmx version=\"1.4\">\n"
        tmx +=
            #"<header creationtool="AlihTest" creationtoolversion="1" o-tmf="AlihTest" adminlang="en" srclang="id" datatype="plaintext" segtype="sentence"/>"#
            + "\n<body>\n"
        for (id, source) in try Self.transUnits(sent) {
            guard let target = english[id] else { continue }
            tmx +=
                "<tu><tuv xml:lang=\"id\"><seg>\(Self.escape(source))</seg></tuv><tuv xml:lang=\"en\"><seg>\(Self.escape(target))</seg></tuv></tu>\n"
        }
        tmx += "</body>\n</tmx>\n"
        try Data(tmx.utf8).write(to: URL(fileURLWithPath: project.path("tm/auto/reference.tmx")))

        #expect(try project.run(mode: "console-translate") == 0)
        let translated = URL(fileURLWithPath: project.path("target/berita.xlf"))
        let article = folder.appendingPathComponent("berita.en.txt")
        let glossary = TestPaths.repo("Tests/AlihTests/Fixtures/berita-glossary.tsv").path
        let reimport = try AlihProcess.run([
            "reimport", translated.path, "-o", article.path, "-g", glossary, "--strict",
        ])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(reimport.stderr.contains("37 segments: 37 translated, 0 still in Indonesian, 0 missing"))
        #expect(reimport.stderr.contains("QA: 37 segments checked: 0 errors, 0 warnings"))
        let text = try String(contentsOf: article, encoding: .utf8)
        #expect(text.hasPrefix("Government Prepares Evacuation of 3,000 Indonesian Citizens"))
        #expect(text.contains("JAKARTA - The government is preparing the evacuation"))
        #expect(!text.contains("SCROLL TO CONTINUE"))
        let check = try AlihProcess.run(["check", translated.path, "-g", glossary])
        #expect(check.status == 0)
    }

    /// `(id, source)` of every translatable trans-unit, sources unescaped.
    static func transUnits(_ xliff: String) throws -> [(String, String)] {
        let regex = try NSRegularExpression(
            pattern: #"<trans-unit id="([^"]+)" xml:space="preserve">\s*<source>(.*?)</source>"#,
            options: [.dotMatchesLineSeparators])
        return regex.matches(in: xliff, range: NSRange(xliff.startIndex..., in: xliff)).compactMap { match in
            guard let id = Range(match.range(at: 1), in: xliff), let source = Range(match.range(at: 2), in: xliff)
            else { return nil }
            return (
                String(xliff[id]),
                String(xliff[source]).replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            )
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
