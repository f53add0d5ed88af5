import PropertyBased
import Testing

@testable import AlihFormats
@testable import AlihHTML

/// `HTMLLinkClusters` works out each element's facts in one pass over the page; these tests hold
/// it to a direct reading of each container, on generated pages of links, words, blocks, breaks,
/// headlines and scripts nested in any way. (Which pages are clusters, and which are not, is
/// tested through `HTMLArticleText` in `HTMLArticleTextTests`.)
@Suite struct HTMLLinkClustersTests {
    /// Whether element `index` of `tree` is a cluster of links, read off its subtree directly:
    /// the definition `HTMLLinkClusters` must agree with.
    static func directReading(_ tree: HTMLTree, _ index: Int) -> Bool {
        typealias Layout = HTMLArticleText.Layout
        let node = tree.nodes[index]
        guard HTMLLinkClusters.containers.contains(node.name) else { return false }
        func letters(_ start: Int, _ end: Int) -> Int {
            var count = 0
            var inner = start
            while inner < end {
                let child = tree.nodes[inner]
                if child.kind == .element && Layout.skipped(child) {
                    inner = child.subtreeEnd
                    continue
                }
                if child.kind == .text { count += child.text.unicodeScalars.count { !Layout.isSpace($0) } }
                inner += 1
            }
            return count
        }
        var (links, linkLines, line, lastLinkLine, linked, total, unlinkedWords, run) = (0, 0, 0, -1, 0, 0, false, 0)
        var inner = index + 1
        while inner < node.subtreeEnd {
            let child = tree.nodes[inner]
            if child.kind == .element {
                if Layout.skipped(child) {
                    inner = child.subtreeEnd
                    continue
                }
                if child.name == "h1" { return false }
                if child.name == "a" {
                    let count = letters(inner + 1, child.subtreeEnd)
                    if count > 0 {
                        links += 1
                        if line != lastLinkLine { linkLines += 1 }
                        lastLinkLine = line
                    }
                    linked += count
                    total += count
                    run = 0
                    inner = child.subtreeEnd
                    continue
                }
                if Layout.blocks.contains(child.name) || child.name == "br" {
                    run = 0
                    line += 1
                }
            } else if child.kind == .text {
                let words = child.text.split { Layout.isSpace($0.unicodeScalars.first!) }
                total += words.reduce(0) { $0 + $1.unicodeScalars.count }
                let counted = words.count {
                    $0.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                }
                if counted > 0 { unlinkedWords = true }
                run += counted
                if run >= HTMLLinkClusters.proseWords { return false }
            }
            inner += 1
        }
        return links >= 3 && linked * 2 >= total && (linkLines >= 3 || !unlinkedWords)
    }

    static let pieces = [
        "<div>", "</div>", "<section>", "</section>", "<ul>", "</ul>", "<li>", "</li>", "<table><tr><td>",
        "</td></tr></table>", "<p>", "</p>", "<span>", "</span>", "<br>", "<h1>Judul</h1>", "<h5>", "</h5>",
        "<a href=/1>Berita satu</a>", "<a href=/2>Harga beras naik lagi di pasar</a>", "<a href=/3></a>",
        "<a href=/4><b>Dua</b> kata</a>", " | ", " · ", "Kamis, 05/11/2015 10:08 WIB", "Umum",
        "warga mengungsi ke masjid sejak pagi tadi", "dan", "<script>var a = 'kata kata kata';</script>",
        "<div hidden>kata tersembunyi</div>", "<!-- komentar -->", " ",
    ]

    static let generatedPages = Gen.int(in: 0...(pieces.count - 1)).array(of: 1...80).map {
        "<html><body>" + $0.map { pieces[$0] }.joined() + "</body></html>"
    }

    @Test func theOnePassFactsAgreeWithADirectReadingOfEachContainer() async throws {
        await propertyCheck(count: 300, input: Self.generatedPages) { page in
            let tree = try HTMLTree.parse(Array(page.utf8))
            let clusters = HTMLLinkClusters(tree: tree)
            for (index, node) in tree.nodes.enumerated() where node.kind == .element {
                #expect(
                    clusters.isCluster(index, name: node.name) == Self.directReading(tree, index),
                    "element \(index) <\(node.name)> of \(page)")
            }
        }
    }

    /// Both readings tell a cluster from the same links followed by prose.
    @Test func bothReadingsTellAClusterFromProse() throws {
        let cluster = try HTMLTree.parse(
            Array("<div><a href=1>Satu</a><br><a href=2>Dua</a><br><a href=3>Tiga</a></div>".utf8))
        let index = try #require(cluster.nodes.firstIndex { $0.name == "div" })
        #expect(HTMLLinkClusters(tree: cluster).isCluster(index, name: "div"))
        #expect(Self.directReading(cluster, index))
        let prose = try HTMLTree.parse(
            Array(
                "<div><a href=1>Satu</a><br><a href=2>Dua</a><br><a href=3>Tiga</a> warga mengungsi ke masjid sejak pagi tadi</div>"
                    .utf8))
        let proseIndex = try #require(prose.nodes.firstIndex { $0.name == "div" })
        #expect(!HTMLLinkClusters(tree: prose).isCluster(proseIndex, name: "div"))
        #expect(!Self.directReading(prose, proseIndex))
    }
}
