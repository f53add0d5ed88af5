import AlihHTML

/// Which elements of a page are clusters of links, page chrome on any site.
///
/// A cluster is a container (`div`, `section`, a list or a table) with three or more links that
/// hold at least half of its letters, each link on a line of its own (in its own block, or after
/// a `<br>`) or with nothing but spaces and punctuation between them, and no prose (no run of
/// `proseWords` words outside links, no `h1`): lists of other articles' headlines with their
/// dates and sections, tag lists, menus laid out in `div`s. A sentence that links three names is
/// not one.
///
/// What decides it is summed over every element's subtree in one pass over the page, so that a
/// page of deeply nested containers costs no more than a flat one. Words are counted in page
/// order, a run ending at a link, a `<br>` or the start of a block (a container starts one, so
/// the runs inside a container are its own); what is never read (`script`, hidden elements …)
/// is left out.
struct HTMLLinkClusters {
    /// Per element, over its subtree: links with text, links on a line after another link's,
    /// letters inside links, all letters, and `Flags`.
    private var links: [Int32]
    private var linkLines: [Int32]
    private var linked: [Int32]
    private var letters: [Int32]
    private var flags: [UInt8]

    private enum Flags {
        /// Words (letters or digits) outside links.
        static let unlinkedWords: UInt8 = 1
        /// A run of `proseWords` words outside links, or an `h1`.
        static let prose: UInt8 = 2
    }

    /// Elements that can be a cluster of links.
    static let containers: Set<String> = ["div", "section", "ul", "ol", "dl", "table"]
    /// Words outside links, in one run, that make prose.
    static let proseWords = 8

    init(tree: HTMLTree) {
        let nodes = tree.nodes
        links = Array(repeating: 0, count: nodes.count)
        linkLines = links
        linked = links
        letters = links
        flags = Array(repeating: 0, count: nodes.count)
        typealias Layout = HTMLArticleText.Layout
        var line = 0
        var lastLinkLine = -1
        var run = 0
        var i = 0
        while i < nodes.count {
            let node = nodes[i]
            switch node.kind {
            case .element:
                if Layout.skipped(node) {
                    i = node.subtreeEnd
                    continue
                }
                if node.name == "h1" { flags[i] |= Flags.prose }
                if node.name == "a" {
                    let count = Self.letters(of: nodes, from: i + 1, to: node.subtreeEnd)
                    if count > 0 {
                        links[i] = 1
                        if line != lastLinkLine { linkLines[i] = 1 }
                        lastLinkLine = line
                    }
                    linked[i] = Int32(count)
                    letters[i] = Int32(count)
                    run = 0
                    i = node.subtreeEnd
                    continue
                }
                if Layout.blocks.contains(node.name) || node.name == "br" {
                    run = 0
                    line += 1
                }
            case .text:
                var words = 0
                var count = 0
                for word in node.text.split(whereSeparator: { Layout.isSpace($0.unicodeScalars.first!) }) {
                    count += word.unicodeScalars.count
                    if word.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) {
                        words += 1
                    }
                }
                letters[i] = Int32(count)
                if words > 0 { flags[i] |= Flags.unlinkedWords }
                run += words
                if run >= Self.proseWords { flags[i] |= Flags.prose }
            default:
                break
            }
            i += 1
        }
        // Children come after their parent: summed from the last node up.
        for index in nodes.indices.reversed() {
            guard let parent = nodes[index].parent else { continue }
            links[parent] += links[index]
            linkLines[parent] += linkLines[index]
            linked[parent] += linked[index]
            letters[parent] += letters[index]
            flags[parent] |= flags[index]
        }
    }

    /// Whether element `index`, named `name`, is a cluster of links.
    func isCluster(_ index: Int, name: String) -> Bool {
        guard Self.containers.contains(name), flags[index] & Flags.prose == 0, links[index] >= 3,
            Int(linked[index]) * 2 >= Int(letters[index])
        else { return false }
        return linkLines[index] >= 3 || flags[index] & Flags.unlinkedWords == 0
    }

    /// Letters (scalars but whitespace) of the text read in `nodes[start..<end]`.
    private static func letters(of nodes: [HTMLNode], from start: Int, to end: Int) -> Int {
        var count = 0
        var inner = start
        while inner < end {
            let node = nodes[inner]
            if node.kind == .element && HTMLArticleText.Layout.skipped(node) {
                inner = node.subtreeEnd
                continue
            }
            if node.kind == .text {
                count += node.text.unicodeScalars.count { !HTMLArticleText.Layout.isSpace($0) }
            }
            inner += 1
        }
        return count
    }
}
