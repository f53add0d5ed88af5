import AlihHTML
import Testing

@testable import AlihFormats

/// `HTMLSelector`: one element by name, classes, id and attributes.
@Suite struct HTMLSelectorTests {
    /// The first element of `html` named `name`.
    static func element(_ html: String, _ name: String) throws -> HTMLNode {
        try #require(try HTMLTree.parse(Array(html.utf8)).nodes.first { $0.kind == .element && $0.name == name })
    }

    @Test(arguments: [
        ("div.share-box", "<div class=\"x share-box\">", true),
        ("div.share-box", "<section class=\"share-box\">", false),
        (".baca-juga", "<p class=\"baca-juga\">", true),
        ("#terkait", "<div id=\"terkait\">", true),
        ("#terkait", "<div id=\"terkait-2\">", false),
        ("aside[data-ad]", "<aside data-ad=\"1\">", true),
        ("div[role=complementary]", "<div role=\"complementary\">", true),
        ("div[role='complementary']", "<div role=\"main\">", false),
        ("DIV.a.b", "<div class=\"b a\">", true),
        ("DIV.a.b", "<div class=\"a\">", false),
        ("*[hidden]", "<span hidden>", true),
    ])
    func matches(selector: String, html: String, expected: Bool) throws {
        let name = String(html.dropFirst().prefix { $0.isLetter })
        #expect(try HTMLSelector(selector).matches(Self.element(html + "x", name)) == expected)
    }

    @Test(arguments: ["", "div p", "ul > li", "a:hover", ".", "#", "[", "[=x]", "*", "div;x"])
    func whatIsNotReadIsRefusedWithAReason(selector: String) {
        #expect(throws: HTMLSelector.Failure.self) { try HTMLSelector(selector) }
    }
}
