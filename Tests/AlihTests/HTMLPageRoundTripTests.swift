import Alih
import AlihCore
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihFormats
@testable import AlihHTML

/// An HTML page extracted to XLIFF and its translation put back into the page: markup kept as
/// inline codes, the page around the text unchanged.
@Suite struct HTMLPageRoundTripTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Banjir di Kota</title>
        <script>var iklan = "<p>bukan teks</p>";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Beranda</a> <a href="/berita">Berita</a></nav>
        <h1>Banjir <em>besar</em> melanda kota</h1>
        <p>Air <b>naik</b> sejak pagi. Warga <a href="/x?a=1&amp;b=2">mengungsi ke masjid</a> terdekat.</p>
        <p><strong>Satu kalimat. Dua kalimat.</strong> Tiga kalimat &amp; empat.</p>
        <div class="isi">Baris satu.<br>Baris dua.<br><br>Paragraf <i>baru</i> di sini.</div>
        <p>Foto: <img src="a.jpg" alt="banjir"> tentara datang.<!-- iklan --></p>
        <ul><li>Satu <span class="x">butir</span> daftar</li></ul>
        <footer>Hak cipta 2026</footer>
        </body></html>

        """

    /// The page extracted (`version`, targets prefilled), its targets changed by `translate`
    /// (text with the codes' markers), and reimported next to the page: what the reimport wrote,
    /// and the outcome.
    static func roundTrip(
        _ page: [UInt8], version: XLIFFVersion = .v2_1, pipeline: ArticlePipeline = pipeline,
        translate: (String) -> String = { $0 }, record: (inout [String: String]) -> Void = { _ in }
    ) throws -> (page: String?, outcome: Reimport.Outcome, xliff: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-html-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(page).write(to: folder.appendingPathComponent("p.html"))
        let extraction = try pipeline.extract(
            page, name: "p.html", options: ExtractionOptions(xliffVersion: version, prefillTargets: true))
        var document = try XLIFFReader().read(Array(extraction.xliff.utf8), path: "p.xlf")
        record(&document.record)
        for u in document.units.indices {
            for p in document.units[u].pieces.indices {
                if case .segment(var segment) = document.units[u].pieces[p] {
                    segment.target = segment.target.map(translate)
                    document.units[u].pieces[p] = .segment(segment)
                }
            }
        }
        var written: String?
        let outcome = try Reimport(keepSourceForMissing: true).run(
            document, file: folder.appendingPathComponent("p.xlf").path
        ) { article, _ in written = article }
        return (written, outcome, extraction.xliff)
    }

    /// A page's elements in order, each with its attributes (`<html lang>` left out; runs of
    /// whitespace in values as one space, as translated attributes are written), and its text
    /// without whitespace: what a round trip must keep.
    static func shape(_ page: String) throws -> (elements: [String], text: String) {
        let tree = try HTMLTree.parse(Array(page.utf8))
        var elements: [String] = []
        var text = ""
        for node in tree.nodes {
            switch node.kind {
            case .element:
                let attributes = node.attributes.filter { !(node.name == "html" && $0.name == "lang") }
                elements.append(
                    node.name
                        + attributes.map {
                            " \($0.name)=" + $0.value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        }.joined())
            case .text:
                text += node.text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined()
            default:
                break
            }
        }
        return (elements, text)
    }

    @Test(arguments: AlihCore.XLIFFVersion.allCases)
    func theIdentityRoundTripKeepsEveryElementAndTheText(version: AlihCore.XLIFFVersion) throws {
        let (written, outcome, _) = try Self.roundTrip(Array(Self.page.utf8), version: version)
        let page = try #require(written)
        #expect(!outcome.merge.hasErrors)
        let before = try Self.shape(Self.page)
        let after = try Self.shape(page)
        #expect(after.elements == before.elements)
        #expect(after.text == before.text)
        #expect(page == Self.page.replacingOccurrences(of: "<html>", with: "<html lang=\"en\">"))
        // Outside the translated text, the page is byte for byte what it was.
        #expect(page.contains("<script>var iklan = \"<p>bukan teks</p>\";</script><style>p { color: red }</style>"))
        #expect(page.contains("<nav><a href=\"/\">Beranda</a> <a href=\"/berita\">Berita</a></nav>"))
        #expect(page.contains("Warga <a href=\"/x?a=1&amp;b=2\">mengungsi ke masjid</a> terdekat."))
        #expect(page.contains("Foto: <img src=\"a.jpg\" alt=\"banjir\"> tentara datang.<!-- iklan -->"))
    }

    @Test func aPseudoTranslationKeepsTheMarkupAroundTheTranslatedWords() throws {
        let (written, _, _) = try Self.roundTrip(Array(Self.page.utf8)) { $0.uppercased() }
        let page = try #require(written)
        #expect(page.contains("<h1>BANJIR <em>BESAR</em> MELANDA KOTA</h1>"))
        #expect(
            page.contains(
                "<p>AIR <b>NAIK</b> SEJAK PAGI. WARGA <a href=\"/x?a=1&amp;b=2\">MENGUNGSI KE MASJID</a> TERDEKAT.</p>")
        )
        #expect(page.contains("<strong>SATU KALIMAT. DUA KALIMAT.</strong> TIGA KALIMAT &amp; EMPAT."))
        #expect(page.contains("BARIS SATU.<br> BARIS DUA.<br><br>PARAGRAF <i>BARU</i> DI SINI."))
        #expect(page.contains("<title>BANJIR DI KOTA</title>"))
        // Translatable attributes are units of their own, translated in their quotes.
        #expect(page.contains("<img src=\"a.jpg\" alt=\"BANJIR\">"))
        func names(_ page: String) throws -> [String] {
            try Self.shape(page).elements.map { String($0.prefix { $0 != " " }) }
        }
        #expect(try names(page) == names(Self.page))
    }

    @Test func aSentenceBoundaryInsideAPairKeepsTheSentencesWhole() throws {
        let (_, _, xliff) = try Self.roundTrip(Array(Self.page.utf8))
        #expect(
            xliff.contains(
                "<source><pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\" type=\"fmt\" subType=\"xlf:b\">Satu kalimat. Dua kalimat.</pc></source>"
            ))
        #expect(xliff.contains("<data id=\"d3\">&lt;a href=\"/x?a=1&amp;amp;b=2\"&gt;</data>"))
    }

    /// A site's selectors decide what is chrome; the file carries them, so the reimport reads
    /// the page as extraction did.
    @Test func aSitesSelectorsDecideChromeAndTravelWithTheFile() throws {
        var definition = PipelineDefinition.newsArticleHTML
        definition.html = HTMLOptions(chrome: [".baca-juga-box"], content: ["div.tags-content"])
        let page = """
            <html><body><p>Isi berita pertama.</p><div class="baca-juga-box">Lihat berita lain di sini</div>
            <div class="tags-content">Warga mengungsi ke masjid.</div></body></html>
            """
        let (written, _, xliff) = try Self.roundTrip(
            Array(page.utf8), pipeline: try ArticlePipeline(definition: definition)
        ) { $0.uppercased() }
        #expect(!xliff.contains("Lihat berita lain"))
        #expect(xliff.contains("Warga mengungsi ke masjid."))
        #expect(xliff.contains(#"<mda:meta type="html-chrome">[".baca-juga-box"]</mda:meta>"#))
        let merged = try #require(written)
        #expect(merged.contains(#"<div class="baca-juga-box">Lihat berita lain di sini</div>"#))
        #expect(merged.contains(#"<div class="tags-content">WARGA MENGUNGSI KE MASJID.</div>"#))
    }

    /// A file extracted before clusters of links were page chrome (page layout 1, whose record
    /// has no `html-layout`) goes back into its page as that Alih laid the page out. Said to be of
    /// today's layout it would not match its page, and a layout this Alih does not know is refused.
    @Test func aFileOfAnEarlierPageLayoutGoesBackIntoItsPage() throws {
        let page = Array(
            """
            <html><body><h1>Banjir di kota</h1><p>Air naik sejak pagi.</p>
            <div class="kolom"><a href="/1">Harga beras naik</a><br><a href="/2">Jalan tol dibuka</a><br><a href="/3">Desa terendam</a></div>
            </body></html>
            """.utf8)
        #expect(try !Self.roundTrip(page).xliff.contains("Harga beras naik"))
        var earlier = Self.pipeline
        earlier.pageLayout = 1
        let (written, _, xliff) = try Self.roundTrip(
            page, pipeline: earlier, translate: { $0.uppercased() }, record: { $0["html-layout"] = nil })
        #expect(xliff.contains("Harga beras naik"))
        let merged = try #require(written)
        #expect(merged.contains(#"<a href="/1">HARGA BERAS NAIK</a><br> <a href="/2">JALAN TOL DIBUKA</a>"#))
        #expect(merged.contains("<p>AIR NAIK SEJAK PAGI.</p>"))
        for (layout, code) in [("2", "reimport.page-layout"), ("3", "reimport.page-layout-version")] {
            #expect {
                _ = try Self.roundTrip(page, pipeline: earlier, record: { $0["html-layout"] = layout })
            } throws: { error in
                (error as? DiagnosticError)?.diagnostic.code == code
            }
        }
    }

    /// Every inline element the CMS writes is a pair of codes around its words, and comes back
    /// around their translation.
    @Test(arguments: [
        "a href=\"/x\"", "b", "strong", "i", "em", "u", "span class=\"k\"", "sup", "sub", "small",
        "abbr", "q", "cite",
    ])
    func anInlineElementIsAPairOfCodes(tag: String) throws {
        let name = String(tag.prefix { $0 != " " })
        let page = "<p>Satu <\(tag)>dua</\(name)> tiga.</p>"
        let (written, _, xliff) = try Self.roundTrip(Array(page.utf8)) { $0.uppercased() }
        #expect(xliff.contains("<source>Satu <pc id=\"1\""))
        #expect(written?.hasPrefix("<p>SATU <\(tag)>DUA</\(name)> TIGA.</p>") == true)
    }

    /// Every block element is a unit of its own, translated in its place.
    @Test(arguments: [
        "<h3>Judul</h3>", "<dl><dt>Istilah</dt><dd>Arti</dd></dl>",
        "<table><caption>Tabel</caption><tr><th>Kolom</th><td>Isi</td></tr></table>",
        "<figure><img src=\"a.jpg\"><figcaption>Keterangan foto</figcaption></figure>",
        "<blockquote>Kutipan</blockquote>",
        "<ul><li>Butir</li></ul>", "<div>Teks langsung<br><br>Paragraf kedua</div>",
    ])
    func aBlockIsAUnitTranslatedInItsPlace(html: String) throws {
        let (written, _, _) = try Self.roundTrip(Array(html.utf8)) { $0.uppercased() }
        let page = try #require(written)
        #expect(page.hasPrefix(Self.textUppercased(html)))
    }

    /// `html` with the text between its tags in capitals.
    static func textUppercased(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true }
            out += inTag ? String(character) : character.uppercased()
            if character == ">" { inTag = false }
        }
        return out
    }

    /// Attributes and `<meta>`s a reader or a search engine shows are units of their own.
    @Test func translatableAttributesAndMetaAreUnits() throws {
        let page = """
            <html><head><meta name="description" content="Banjir melanda"><meta property="og:title" content="Banjir besar">\
            <meta name="twitter:description" content="Warga mengungsi"><meta property="og:url" content="https://x/a">\
            </head><body><p>Isi <img src="f.jpg" alt="Foto banjir"> <abbr title="Tentara Nasional">TNI</abbr>.</p></body></html>
            """
        let (written, _, _) = try Self.roundTrip(Array(page.utf8)) { $0.uppercased() }
        let merged = try #require(written)
        for translated in [
            #"content="BANJIR MELANDA""#, #"content="BANJIR BESAR""#, #"content="WARGA MENGUNGSI""#,
            #"content="https://x/a""#, #"alt="FOTO BANJIR""#, #"title="TENTARA NASIONAL""#,
        ] {
            #expect(merged.contains(translated), "\(translated)")
        }
    }

    /// A link's `title` in a line of page chrome (`Baca juga: …`) is chrome with it: neither is
    /// sent to translators, and both go back into the page as they were; the title of a link
    /// in an article's sentence is still a unit.
    @Test func anAttributeInALineOfChromeIsChromeToo() throws {
        let page = """
            <html><body><h1>Banjir melanda kota</h1><p>Air naik sejak Senin, kata <a href="/a" title="Profil \
            Budi">Budi</a>.</p><p>Baca juga: <a href="/x" title="Harga beras naik lagi">Harga beras naik \
            lagi</a></p><p>Warga mengungsi ke sekolah terdekat.</p></body></html>
            """
        let (document, _) = try Self.pipeline.process(Array(page.utf8), name: "p.html")
        func kind(of text: String) -> BlockKind? {
            document.blocks.first { InlineCodeMarker.plain(String(document.text[$0.range])) == text }?.kind
        }
        #expect(kind(of: "Baca juga: Harga beras naik lagi") == .boilerplate(rule: "read-also"))
        #expect(kind(of: "Harga beras naik lagi") == .boilerplate(rule: "read-also"))
        #expect(kind(of: "Profil Budi") == .content)
        let (written, _, xliff) = try Self.roundTrip(Array(page.utf8)) { $0.uppercased() }
        let merged = try #require(written)
        #expect(merged.contains(#"title="Harga beras naik lagi""#))
        #expect(merged.contains(#"title="PROFIL BUDI""#))
        #expect(xliff.contains(#"<mda:meta type="boilerplate-rule">read-also</mda:meta>"#))
    }

    /// Terms are found through the markup (`<b>tentara</b>nya` is *tentaranya*), their marks
    /// nested with the codes.
    @Test func glossaryTermsAreFoundAcrossInlineCodes() throws {
        let glossary = try GlossaryFile.read(
            path: TestPaths.repo("Glossaries/id-en-news.tsv").path, sourceLanguage: "id", targetLanguage: "en"
        ).glossary
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let page = "<p>Warga melihat <b>tentara</b>nya di <a href=\"/b\">perbatasan</a> pagi ini.</p>"
        let extraction = try pipeline.extract(Array(page.utf8), name: "p.html", options: ExtractionOptions())
        #expect(extraction.xliff.contains(#"type="fmt" subType="xlf:b">tentara</pc>nya</mrk>"#))
        #expect(
            extraction.xliff.contains(
                #"alih:tier="exact"><pc id="2" dataRefStart="d3" dataRefEnd="d4" type="link" canDelete="no">perbatasan</pc></mrk>"#
            ))
    }

    /// The memory keeps a page's translations as text: the codes' markers never reach it.
    @Test func translationMemoryPairsOfAPageAreText() throws {
        let extraction = try Self.pipeline.extract(
            Array(Self.page.utf8), name: "p.html", options: ExtractionOptions(prefillTargets: true))
        var document = try XLIFFReader().read(Array(extraction.xliff.utf8), path: "p.xlf")
        for u in document.units.indices {
            for p in document.units[u].pieces.indices {
                if case .segment(var segment) = document.units[u].pieces[p] {
                    segment.target = segment.target?.uppercased()
                    document.units[u].pieces[p] = .segment(segment)
                }
            }
        }
        let pairs = Reimport.pairs(of: document, file: "p.xlf")
        #expect(pairs.contains { $0.source == "Air naik sejak pagi." && $0.target == "AIR NAIK SEJAK PAGI." })
        #expect(!pairs.contains { InlineCodeMarker.hasMarkers($0.source) || InlineCodeMarker.hasMarkers($0.target) })
    }

    /// QA of a page's file tells codes by id: one pointing to other markup (a link's `href`
    /// changed in `<originalData>`) or lost is an error naming it.
    @Test func theTagsCheckNamesAChangedOrLostCode() throws {
        let extraction = try Self.pipeline.extract(
            Array(Self.page.utf8), name: "p.html", options: ExtractionOptions(prefillTargets: true))
        let changed = extraction.xliff.replacingOccurrences(
            of: #"<target>Air <pc id="1" dataRefStart="d1""#, with: #"<target>Air <pc id="1" dataRefStart="d3""#
        ).replacingOccurrences(
            of:
                #"<target>Warga <pc id="2" dataRefStart="d3" dataRefEnd="d4" type="link" canDelete="no">mengungsi ke masjid</pc>"#,
            with: "<target>Warga mengungsi ke masjid")
        #expect(changed != extraction.xliff)
        let document = try XLIFFReader().read(Array(changed.utf8), path: "p.xlf")
        let report = try TranslationCheck().report(document, file: "p.xlf")
        let tags = report.findings.filter { $0.check == "tags" }.map(\.message)
        #expect(tags.contains { $0.contains("code 1 points to other markup (d3, the source's d1)") })
        #expect(tags.contains { $0.contains("missing code 2") })
    }

    @Test func aTargetThatLostACodeIsRefusedWithTheSegmentNamed() throws {
        // The link's start and end taken out of the translation.
        let (written, outcome, _) = try Self.roundTrip(Array(Self.page.utf8)) { target in
            String(String.UnicodeScalarView(target.unicodeScalars.filter { InlineCodeMarker.code($0)?.id != 2 }))
        }
        #expect(written == nil)
        let finding = try #require(outcome.merge.diagnostics.first { $0.code == "reimport.inline-code" })
        #expect(finding.message.contains("segment b3-s2"))
        #expect(finding.message.contains("code 2"))
    }

    @Test(
        .enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"),
        arguments: AlihCore.XLIFFVersion.allCases)
    func theXLIFFOfAPageValidates(version: AlihCore.XLIFFVersion) throws {
        let (_, _, xliff) = try Self.roundTrip(Array(Self.page.utf8), version: version)
        let result = try #require(
            try SchemaValidator.validate(xliff, against: version == .v2_1 ? .xliff21 : .xliff12Strict))
        #expect(result.valid, "\(result.output)")
    }

    static var realPages: [String] {
        guard let shared = TestPaths.shared else { return [] }
        let folder = shared.appendingPathComponent("fixtures/html")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".html")
        }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"), arguments: realPages)
    func aRealPageComesBackWithItsMarkup(path: String) throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let original = String(decoding: bytes, as: UTF8.self)
        for version in [XLIFFVersion.v2_1, .v1_2] {
            let (written, outcome, xliff) = try Self.roundTrip(bytes, version: version)
            let page = try #require(written, "\(outcome.merge.diagnostics.map(\.description))")
            #expect(try Self.shape(page).elements == Self.shape(original).elements)
            // Byte for byte the page, but for the language its <html> now states.
            #expect(Self.withoutHTMLTag(page) == Self.withoutHTMLTag(original))
            let result = try #require(
                try SchemaValidator.validate(xliff, against: version == .v2_1 ? .xliff21 : .xliff12Strict))
            #expect(result.valid, "\(result.output)")
            // Scripts and styles never reach a unit's text.
            for segment in try XLIFFReader().read(Array(xliff.utf8), path: "p.xlf").units.flatMap(\.segments) {
                #expect(!segment.source.contains("function("))
                #expect(!segment.source.contains("google_ad"))
            }
        }
    }

    /// Pieces of generated pages: words, entities, inline and block tags (unclosed, misnested
    /// and stray ones too), scripts, comments, images, chrome.
    static let pieces: [String] = [
        "Warga", " mengungsi", " ke ", "masjid", ". ", "Banjir", " naik", "! ", "3.000", " &amp; ", "&nbsp;", "&lt;",
        " ", "\n", "  ", "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<em>",
        "<a href=\"/x?a=1&amp;b=2\" title=\"Judul  berita\">",
        "</a>", "<br>", "<br><br>", "<div>", "</div>", "<span class=\"x\">", "</span>", "<h2>", "</h2>", "<ul><li>",
        "</li></ul>", "<li>", "<table><tr><td>", "</td></tr></table>", "<img src=\"a.jpg\" alt=\"Foto warga\">",
        "<script>var x = '<p>';</script>", "<!-- c -->", "<nav><a href=/>Beranda</a></nav>", "<code>x()</code>",
        "<div class=\"share\">Bagikan</div>", "<sup>2</sup>", "<q>", "</q>",
    ]

    static let generatedPages = Gen.int(in: 0...(pieces.count - 1)).array(of: 1...60).map {
        "<!DOCTYPE html><html><head><title>Judul</title></head><body>" + $0.map { pieces[$0] }.joined()
            + "</body></html>"
    }

    /// Any page comes back from the identity round trip with the same elements and text.
    @Test func generatedPagesComeBackWithTheirMarkup() async throws {
        await propertyCheck(count: 150, input: Self.generatedPages) { page in
            let (written, outcome, _) = try #require(try Self.roundTrip(Array(page.utf8)), "\(page)")
            let merged = try #require(written, "\(outcome.merge.diagnostics.map(\.description))\n\(page)")
            let before = try Self.shape(page)
            let after = try Self.shape(merged)
            #expect(after.elements == before.elements, "\(page)\n\(merged)")
            #expect(after.text == before.text, "\(page)\n\(merged)")
            #expect(Self.withoutHTMLTag(merged) == Self.withoutHTMLTag(page), "\(page)\n\(merged)")
        }
    }

    /// `page` without its first `<html …>` start tag (the one the merge gives the target language).
    static func withoutHTMLTag(_ page: String) -> String {
        guard let start = page.range(of: "<html", options: .caseInsensitive),
            let end = page[start.upperBound...].firstIndex(of: ">")
        else { return page }
        return String(page[..<start.lowerBound] + page[page.index(after: end)...])
    }
}
