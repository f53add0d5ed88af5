import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihFormats
@testable import AlihHTML

/// The layout's markup: inline codes as markers, each paragraph's region in the page.
@Suite struct HTMLArticleMarkupTests {
    static func read(_ html: String) throws -> HTMLArticleText {
        try HTMLArticleText.read(Array(html.utf8), name: "p.html")
    }

    static func open(_ id: Int) -> String { String(InlineCodeMarker.scalar(.opening, id: id)) }
    static func close(_ id: Int) -> String { String(InlineCodeMarker.scalar(.closing, id: id)) }
    static func alone(_ id: Int) -> String { String(InlineCodeMarker.scalar(.standalone, id: id)) }

    /// The bytes of each paragraph's region.
    static func regions(_ page: HTMLArticleText) -> [String] {
        page.regions.map { String(decoding: page.page[$0], as: UTF8.self) }
    }

    @Test func inlineElementsBecomeCodesAndTheRegionHoldsThem() throws {
        let page = try Self.read("<p>\n  Air <b>naik</b> ke <a href=\"/x\">rumah</a>.&nbsp;</p>")
        // (The no-break space becomes a space, and goes, when the text is normalized.)
        #expect(page.text == "Air \(Self.open(1))naik\(Self.close(1)) ke \(Self.open(2))rumah\(Self.close(2)).\u{A0}\n")
        #expect(page.markup.map(\.data) == ["<b>", "</b>", "<a href=\"/x\">", "</a>"])
        #expect(page.markup.map(\.name) == ["b", "b", "a", "a"])
        // Whitespace and no-break spaces at the edges stay outside the region.
        #expect(Self.regions(page) == ["Air <b>naik</b> ke <a href=\"/x\">rumah</a>."])
    }

    @Test func twoBreaksEndAParagraphOutsideItsRegion() throws {
        let page = try Self.read("<div>Satu.<br>Dua.<br><br>Tiga.</div>")
        #expect(page.text == "Satu.\(Self.alone(1)) Dua.\n\nTiga.\n")
        #expect(Self.regions(page) == ["Satu.<br>Dua.", "Tiga."])
    }

    @Test func markupThePageHasButTheTreeDoesNotIsKeptInACode() throws {
        // A stray end tag the parser drops, between two words.
        let page = try Self.read("<p>satu <b>dua</b></span> tiga</p>")
        #expect(page.markup.map(\.data) == ["<b>", "</b></span>"])
        #expect(Self.regions(page) == ["satu <b>dua</b></span> tiga"])
    }

    @Test func anElementOpenAcrossParagraphsIsACodeAloneInEach() throws {
        let page = try Self.read("<div><b>satu<p>dua</p>tiga</b></div>")
        #expect(page.text == "\(Self.alone(1))satu\n\ndua\n\ntiga\(Self.alone(1))\n")
        #expect(Self.regions(page) == ["<b>satu", "dua", "tiga</b>"])
    }

    @Test func scriptsCommentsAndImagesInsideAParagraphAreCodesAlone() throws {
        let page = try Self.read("<p>Foto <img src=a.jpg alt=\"Banjir\"> kota<script>x()</script><!-- c --> ini.</p>")
        #expect(page.text == "Foto \(Self.alone(1)) kota\(Self.alone(2))\(Self.alone(3)) ini.\n\nBanjir\n")
        #expect(page.markup.map(\.data) == ["<img src=a.jpg alt=\"Banjir\">", "<script>x()</script>", "<!-- c -->"])
        #expect(page.attributes.map { String(decoding: page.page[$0], as: UTF8.self) } == ["\"Banjir\""])
    }

    @Test func translatableAttributesAreParagraphsAfterTheArticle() throws {
        let page = try Self.read(
            """
            <html><head><meta name="description" content="Banjir  di kota"><meta property="og:url" content="x">
            <title>Judul</title></head><body><p>Isi <a href=/ title='Ke beranda'>sini</a>.</p>
            <nav><a href=/ title="Menu">Menu</a></nav></body></html>
            """)
        #expect(InlineCodeMarker.plain(page.text) == "Judul\n\nIsi sini.\n\nBanjir di kota\n\nKe beranda\n")
        #expect(page.attributes.count == 2)
    }

    @Test func plane15CharactersOfThePageAreNotReadAsCodes() throws {
        let page = try Self.read("<p>a\u{F0001}b</p>")
        #expect(page.text == "ab\n")
        #expect(page.markup.isEmpty)
    }
}
