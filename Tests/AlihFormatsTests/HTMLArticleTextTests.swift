import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihFormats
@testable import AlihHTML

@Suite struct HTMLArticleTextTests {
    /// The page's article, without its inline code markers.
    static func text(_ html: String) throws -> String {
        InlineCodeMarker.plain(try HTMLArticleText.read(Array(html.utf8), name: "p.html").text)
    }

    @Test(arguments: [
        // Title first, then blocks, one paragraph each; whitespace as a browser renders it.
        (
            "<html><head><title>Banjir  di\nKota</title></head><body><h1>Banjir</h1><p>Air   naik.\n Warga\tmengungsi.</p></body></html>",
            "Banjir di Kota\n\nBanjir\n\nAir naik. Warga mengungsi.\n"
        ),
        // Inline elements stay in their paragraph; character references are decoded.
        ("<p>Harga <b>naik</b> 5&nbsp;% &amp; <a href=x>lihat</a>.</p>", "Harga naik 5\u{A0}% & lihat.\n"),
        // An article written as runs of text inside one div: <br><br> ends a paragraph, a lone
        // <br> is a code in it (a space in the text).
        (
            "<div>Paragraf satu.<br><br>Paragraf dua, baris satu.<br>Baris dua.<br /><br />Tiga.</div>",
            "Paragraf satu.\n\nParagraf dua, baris satu. Baris dua.\n\nTiga.\n"
        ),
        // Lists, tables, quotes, captions.
        (
            "<ul><li>Satu</li><li>Dua</li></ul><table><tr><td>Sel A</td><th>Sel B</th></tr></table><blockquote>Kutipan</blockquote><figure><img alt=x><figcaption>Keterangan</figcaption></figure>",
            "Satu\n\nDua\n\nSel A\n\nSel B\n\nKutipan\n\nKeterangan\n\nx\n"
        ),
        // Text directly in a div, around a block.
        ("<div>Awal <p>Tengah</p> Akhir</div>", "Awal\n\nTengah\n\nAkhir\n"),
    ])
    func blocksBecomeParagraphs(html: String, expected: String) throws {
        #expect(try Self.text(html) == expected)
    }

    @Test(arguments: [
        "<script>var a = 1;</script>", "<style>p { color: red }</style>", "<noscript>Aktifkan JavaScript</noscript>",
        "<template><p>t</p></template>", "<svg><text>grafik</text></svg>", "<code>x = 1</code>", "<pre>kode</pre>",
        "<p translate=\"no\">Jangan</p>", "<p class=\"lead notranslate\">Jangan</p>", "<div hidden>Tersembunyi</div>",
        "<div style=\"display: none\">Tersembunyi</div>", "<!-- komentar -->", "<iframe src=x>bingkai</iframe>",
        "<button>Kirim</button>", "<select><option>Pilih</option></select>",
    ])
    func whatIsNeverTextIsNotRead(html: String) throws {
        #expect(try Self.text("<p>Isi.</p>\(html)<p>Lagi.</p>") == "Isi.\n\nLagi.\n")
    }

    @Test(arguments: [
        ("<nav><a href=/>Beranda</a></nav>", "nav", "a nav element"),
        ("<aside><script>var x = 1;</script>Terpopuler hari ini</aside>", "aside", "an aside element"),
        ("<div class=\"share-box\">Bagikan</div>", "div.share-box", "class or id part \"share\""),
        ("<div id=\"berita_terkait\">Berita lain</div>", "div#berita_terkait", "class or id part \"terkait\""),
        ("<section class=\"komentar\">Tulis komentar</section>", "section.komentar", "class or id part \"komentar\""),
        ("<div class=\"ads-top\">IKLAN</div>", "div.ads-top", "class or id part \"ads\""),
        ("<footer>Hak cipta</footer>", "footer", "a header or footer without the headline"),
        ("<div class=\"site-header\">Logo</div>", "div.site-header", "a header or footer without the headline"),
        (
            "<ul><li><a href=1>Berita satu</a></li><li><a href=2>Berita dua</a></li><li><a href=3>Berita tiga</a></li></ul>",
            "ul", "a list or table mostly links"
        ),
    ])
    func pageChromeIsLeftOutAndListed(html: String, element: String, reason: String) throws {
        let page = try HTMLArticleText.read(Array("<p>Isi.</p>\n\(html)\n<p>Lagi.</p>".utf8), name: "p.html")
        #expect(page.text == "Isi.\n\nLagi.\n")
        #expect(page.chrome.map(\.element) == [element])
        #expect(page.chrome.first?.line == 2)
        #expect(page.chrome.first.map { !$0.preview.contains("var") && !$0.preview.isEmpty } == true)
        let notes = page.diagnostics(name: "p.html")
        #expect(notes.map(\.code) == ["html.chrome"])
        #expect(notes.first?.location?.line == 2)
        #expect(notes.first?.message.hasPrefix("left out as page chrome (\(reason)): <\(element)>") == true)
    }

    @Test(arguments: [
        // An article's own header holds its headline.
        "<article><header><h1>Judul</h1></header><p>Isi.</p></article>",
        // A paragraph with a link or two is not a link list.
        "<ul><li>Warga <a href=1>mengungsi</a> ke masjid dan balai desa sejak pagi.</li><li>Dua <a href=2>b</a></li></ul>",
        // Class words inside other words do not count.
        "<div class=\"reading-header-adjust\"><h1>Judul</h1></div><div class=\"address shadow\">Alamat redaksi</div>",
    ])
    func articleTextIsNotChrome(html: String) throws {
        let page = try HTMLArticleText.read(Array(html.utf8), name: "p.html")
        #expect(page.chrome.isEmpty, "\(page.chrome)")
        #expect(!page.text.isEmpty)
    }

    @Test(arguments: [
        // Other articles' headlines, each with its date outside the link.
        (
            "<div class=\"box\"><ul><li><span>Kamis, 05/11/2015 10:08 WIB</span><h5><a href=1>Ponsel baru diuji tim keamanan</a></h5></li>"
                + "<li><span>Jumat, 30/10/2015 09:59 WIB</span><h5><a href=2>Pengguna mata uang digital bisa dilacak</a></h5></li>"
                + "<li><span>Rabu, 28/10/2015 11:32 WIB</span><h5><a href=3>Remaja peretas ditangkap polisi</a></h5></li></ul></div>",
            "div.box"
        ),
        // A strip of headlines with their sections and times, laid out in divs.
        (
            "<div id=\"kolom\"><div><a href=1>Persatuan jadi kunci perdamaian</a><div>Umum</div><div>20 detik yang lalu</div></div>"
                + "<div><a href=2>Empat pembahasan dua organisasi</a><div>Politik</div><div>7 menit yang lalu</div></div>"
                + "<div><a href=3>Suasana sepi jelang pembongkaran</a><div>Daerah</div></div></div>",
            "div#kolom"
        ),
        // Topics as links on one line, nothing but spaces and separators between them.
        (
            "<div><a href=1>Letusan Gunung</a> | <a href=2>Kabut Asap</a> | <a href=3>Bela Negara</a> · <a href=4>Revisi UU</a></div>",
            "div"
        ),
        // Headlines one per line in one block.
        (
            "<section><a href=1>Harga beras naik lagi</a><br><a href=2>Banjir rendam desa</a><br><a href=3>Jalan tol dibuka</a></section>",
            "section"
        ),
    ])
    func clustersOfLinksAreChrome(html: String, element: String) throws {
        let page = try HTMLArticleText.read(Array("<p>Isi.</p>\n\(html)\n<p>Lagi.</p>".utf8), name: "p.html")
        #expect(page.text == "Isi.\n\nLagi.\n")
        #expect(page.chrome.map(\.element) == [element])
        #expect(page.chrome.map(\.reason) == ["a cluster of links"])
        // Layout 1, what files extracted before the rule record, reads them as text.
        let before = try HTMLArticleText.read(
            Array("<p>Isi.</p>\n\(html)\n<p>Lagi.</p>".utf8), name: "p.html", layout: 1)
        #expect(before.chrome.isEmpty)
        #expect(before.text.count > page.text.count)
    }

    /// A site's content selector keeps an element the generic rules take for a cluster of links.
    @Test func aContentSelectorKeepsAClusterAsText() throws {
        let html =
            "<div class=\"korban\"><a href=1>Budi Santoso</a> (45)<br><a href=2>Ani Wijaya</a> (38)<br>"
            + "<a href=3>Rina Susanti</a> (29)</div>"
        #expect(try HTMLArticleText.read(Array(html.utf8), name: "p.html").chrome.map(\.element) == ["div.korban"])
        let taken = try HTMLArticleText.read(Array(html.utf8), name: "p.html", chrome: [try HTMLSelector(".korban")])
        #expect(taken.chrome.map(\.reason) == ["html.chrome selector .korban"])
        let kept = try HTMLArticleText.read(
            Array(html.utf8), name: "p.html", content: [try HTMLSelector("div.korban")])
        #expect(kept.chrome.isEmpty)
        #expect(InlineCodeMarker.plain(kept.text).contains("Ani Wijaya (38)"))
    }

    @Test(arguments: [
        // A sentence that links three names, alone in its div.
        "<div><p><a href=1>Joko Widodo</a>, <a href=2>Prabowo</a> dan <a href=3>Anies</a> hadir.</p></div>",
        // Links inside prose.
        "<div><p>Menurut <a href=1>BMKG</a>, gempa terasa hingga <a href=2>Alor</a> dan <a href=3>Kupang</a> pada Kamis pagi waktu setempat.</p></div>",
        // Items that are sentences, each with a link.
        "<ul><li><a href=1>Dinas</a> membuka posko pengungsian di tiga desa sejak pagi.</li><li><a href=2>Warga</a> diminta menjauh dari lereng gunung selama status siaga.</li><li><a href=3>Bandara</a> ditutup.</li></ul>",
        // An article's header: its headline with share links.
        "<div><h1>Gempa di Alor</h1><a href=1>Facebook</a> <a href=2>Twitter</a> <a href=3>WhatsApp</a></div>",
        // Two links are not a cluster.
        "<div><a href=1>Berita satu</a><br><a href=2>Berita dua</a></div>",
    ])
    func linksThatAreNotAClusterStayText(html: String) throws {
        let page = try HTMLArticleText.read(Array(html.utf8), name: "p.html")
        #expect(page.chrome.isEmpty, "\(page.chrome)")
        #expect(!page.text.isEmpty)
    }

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("<p>caf\u{E9}</p>".utf8), "utf-8", HTMLCharset.Source.byteOrderMark),
        (Array("<meta charset=\"UTF-8\"><p>caf\u{E9}</p>".utf8), "utf-8", .meta),
        (
            Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>caf".utf8)
                + [0xE9] + Array("</p>".utf8), "windows-1252", .meta
        ),
        (Array("<p>caf".utf8) + [0xE9] + Array("</p>".utf8), "windows-1252", .sniffed),
        (Array("<p>caf\u{E9}</p>".utf8), "utf-8", .sniffed),
        (
            [0xFF, 0xFE] + "<p>caf\u{E9}</p>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "utf-16le",
            .byteOrderMark
        ),
    ])
    func theEncodingIsFoundAsBrowsersFindIt(bytes: [UInt8], encoding: String, source: HTMLCharset.Source) throws {
        let page = try HTMLArticleText.read(bytes, name: "p.html")
        #expect(page.text == "café\n")
        #expect(page.charset.encoding == encoding)
        #expect(page.charset.source == source)
    }

    @Test func bytesInvalidInTheDeclaredUTF8AreShownAsReplacementCharacters() throws {
        let bytes = Array("<meta charset=utf-8>\n<p>caf".utf8) + [0xE9, 0x20] + Array("ok</p>".utf8)
        let page = try HTMLArticleText.read(bytes, name: "p.html")
        #expect(page.text == "caf\u{FFFD} ok\n")
        #expect(page.charset.diagnostics.map(\.code) == ["input.charset"])
        #expect(page.charset.diagnostics.first?.location?.line == 2)
    }

    @Test func anEncodingAlihDoesNotReadIsRefusedWithAHint() {
        #expect(throws: DiagnosticError.self) {
            try HTMLArticleText.read(Array("<meta charset=\"shift_jis\"><p>x</p>".utf8), name: "p.html")
        }
    }

    @Test func aPageNestedTooDeepIsRefusedWithItsLine() throws {
        let html = "<p>a</p>\n" + String(repeating: "<div>", count: HTMLTree.maximumDepth + 10)
        do {
            _ = try HTMLArticleText.read(Array(html.utf8), name: "p.html")
            Issue.record("no error")
        } catch {
            #expect(error.diagnostic.code == "input.html-too-deep")
            #expect(error.diagnostic.location?.line == 2)
        }
    }

    /// The eight real news pages: the article is read, and nothing of scripts or styles is.
    @Test(
        .enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"),
        arguments: [
            "antara-singlepage", "antara-singlepage3", "detik-singlepage", "kompas-singlepage", "kompas-singlepage5",
            "liputan6-singlepage", "okezone-singlepage", "republika-singlepage",
        ])
    func realPagesGiveTheirArticle(name: String) throws {
        let url = try #require(TestPaths.shared).appendingPathComponent("fixtures/html/\(name).html")
        let bytes = Array(try Data(contentsOf: url))
        let page = try HTMLArticleText.read(bytes, name: url.lastPathComponent)
        let tree = try HTMLTree.parse(Array(page.charset.encoding == "utf-8" ? bytes : []))
        // The page's title comes first.
        let title = try #require(tree.nodes.firstIndex { $0.name == "title" })
        let titleText = tree.nodes[title + 1].text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(page.text.hasPrefix(titleText + "\n\n"))
        // The longest run of text outside scripts, styles and the like (the body of the article)
        // is in it.
        func isText(_ index: Int) -> Bool {
            var at = tree.nodes[index].parent
            while let parent = at {
                if ["script", "style", "noscript", "template", "head"].contains(tree.nodes[parent].name) {
                    return false
                }
                at = tree.nodes[parent].parent
            }
            return true
        }
        let longest = try #require(
            tree.nodes.indices.filter { tree.nodes[$0].kind == .text && isText($0) }
                .map { tree.nodes[$0] }.max { $0.text.utf8.count < $1.text.utf8.count })
        let words = longest.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            .joined(separator: " ")
        #expect(words.split(separator: " ").count >= 20)
        #expect(page.text.contains(words))
        // No script or style came through.
        for marker in ["function(", "function (", "var ", "});", "{display", "window.", "document.", "googletag"] {
            #expect(!page.text.contains(marker), "\(marker)")
        }
        #expect(!page.chrome.isEmpty)
    }
}

/// Which line of the article each attribute value of a link stands in.
@Suite struct HTMLAttributeOwnersTests {
    @Test func aLinksValuesBelongToTheLineTheLinkStandsIn() throws {
        let page = try HTMLArticleText.read(
            Array(
                """
                <p>Warga mengungsi.</p>
                <p>Baca juga: <a href="/x" title="Harga beras naik">Harga beras naik</a></p>
                <div>Satu dan dua <a href="/y"><img src="a.jpg" alt="Foto dua"></a>di sini.</div>
                <p>Foto: <img src="c.jpg" alt="Foto lepas"> warga datang.</p>
                <div title="Judul bagian"><p>Tiga.</p></div>
                <p><img src="b.jpg" alt="Foto sendiri"></p>
                """.utf8), name: "p.html")
        let lines = InlineCodeMarker.plain(page.text).split(separator: "\n", omittingEmptySubsequences: false)
        func line(of text: String) -> Int? { lines.firstIndex { $0.hasPrefix(text) }.map { $0 + 1 } }
        let readAlso = try #require(line(of: "Baca juga: Harga beras naik"))
        let second = try #require(line(of: "Satu dan dua"))
        #expect(page.attributeOwners[try #require(line(of: "Harga beras naik"))] == readAlso)
        #expect(page.attributeOwners[try #require(line(of: "Foto dua"))] == second)
        // A block's own title, an image outside links, an image alone stand in no line of text.
        #expect(page.attributeOwners[try #require(line(of: "Judul bagian"))] == nil)
        #expect(page.attributeOwners[try #require(line(of: "Foto lepas"))] == nil)
        #expect(page.attributeOwners[try #require(line(of: "Foto sendiri"))] == nil)
        #expect(page.attributeOwners.count == 2)
    }
}
