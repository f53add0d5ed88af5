import AlihTestSupport
import Foundation
import Testing

@testable import AlihHTML

@Suite struct HTMLTreeTests {
    static func parse(_ html: String) -> (tree: HTMLTree, bytes: [UInt8]) {
        let bytes = Array(html.utf8)
        return ((try? HTMLTree.parse(bytes)) ?? HTMLTree(nodes: []), bytes)
    }

    @Test func elementsAndTextKeepTheirPlaceInTheSource() throws {
        let (tree, bytes) = Self.parse(#"<p class="lead">Gempa &amp; <b>banjir</b></p>"#)
        let names = tree.nodes.filter { $0.kind == .element }.map(\.name)
        #expect(names == ["html", "head", "body", "p", "b"])
        let p = try #require(tree.nodes.first { $0.name == "p" })
        #expect(p.attribute("class") == "lead")
        let value = try #require(p.attributes.first?.valueSource)
        #expect(String(decoding: bytes[value], as: UTF8.self) == #""lead""#)
        #expect(String(decoding: bytes[try #require(p.startTag)], as: UTF8.self) == #"<p class="lead">"#)
        #expect(String(decoding: bytes[try #require(p.endTag)], as: UTF8.self) == "</p>")
        let texts = tree.nodes.filter { $0.kind == .text }
        #expect(texts.map(\.text) == ["Gempa & ", "banjir"])
        #expect(String(decoding: bytes[try #require(texts[0].source)], as: UTF8.self) == "Gempa &amp; ")
        // Implied elements have no source.
        #expect(tree.nodes.first { $0.name == "html" }?.startTag == nil)
    }

    @Test func subtreesAreRangesOfTheFlatList() throws {
        let (tree, _) = Self.parse("<div><p>a<i>b</i></p><p>c</p></div>")
        let div = try #require(tree.nodes.firstIndex { $0.name == "div" })
        let inside = tree.nodes[(div + 1)..<tree.nodes[div].subtreeEnd]
        #expect(inside.map { $0.kind == .element ? $0.name : $0.text } == ["p", "a", "i", "b", "p", "c"])
        for (index, node) in tree.nodes.enumerated() where index > 0 {
            let parent = try #require(node.parent)
            #expect(parent < index && tree.nodes[parent].subtreeEnd >= tree.nodes[index].subtreeEnd)
            #expect(node.depth == tree.nodes[parent].depth + 1)
        }
    }

    @Test(arguments: [
        "<p>unclosed <b>bold <i>both</b> italic</i>",
        "</div></div><p>stray end tags",
        "<table><tr><td>cell<p>para</table>after",
        "\u{0}\u{1}binary\u{FFFD}<<<>>>",
        "",
        "just text, no tags",
    ])
    func brokenInputGivesATree(html: String) {
        let (tree, _) = Self.parse(html)
        #expect(tree.nodes.first?.kind == .document)
        #expect(tree.nodes.contains { $0.name == "body" })
    }

    /// Nesting the parse would take time in the square of: refused at once, with where.
    @Test(arguments: ["<div>", "<b>", "<span class=x>", "<font size=2>"])
    func deepNestingIsRefused(tag: String) throws {
        let depth = 100_000
        let html = "<p>awal</p>" + String(repeating: tag, count: depth) + "dalam"
        #expect(
            throws: HTMLTree.Failure.tooDeep(
                depth: HTMLTree.maximumDepth + 1, offset: 11 + tag.utf8.count * HTMLTree.maximumDepth)
        ) {
            try HTMLTree.parse(Array(html.utf8))
        }
    }

    /// As deep as allowed: parsed, and freed without overflowing the stack.
    @Test func nestingUpToTheLimitIsParsed() throws {
        let depth = HTMLTree.maximumDepth
        let html = String(repeating: "<div>", count: depth) + "dalam" + String(repeating: "</div>", count: depth)
        let tree = try HTMLTree.parse(Array(html.utf8))
        #expect(tree.nodes.count { $0.name == "div" } == depth)
        #expect(tree.nodes.contains { $0.text == "dalam" })
    }

    /// Pages whose end tags may be left out (old pages' `<p>`, lists, tables) are not deep.
    @Test func elementsClosedByTheNextAreNotNesting() {
        let html =
            String(repeating: "<p>paragraf<li>butir<tr><td>sel<br><img src=a.png>", count: 20_000)
            + "<script>if (a<b) { document.write('<div><div>') }</script><!-- <div><div> -->"
        let estimate = Array(html.utf8).withUnsafeBufferPointer { HTMLNestingEstimate($0) }
        #expect(estimate.depth == 0)
    }
}
