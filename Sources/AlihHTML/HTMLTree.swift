import CGumbo
import Foundation

/// An HTML page parsed by the HTML5 parsing rules, as values: its elements and text in document
/// order, each with where it stands in the source bytes.
///
/// Parsed by Gumbo (Google's HTML5 parser in C, Debian's `libgumbo-dev`), which builds the tree
/// a browser would from any input — unclosed or misnested tags, stray end tags, text outside
/// `<body>` — and keeps, for every element and text it read, its byte offset in the input and
/// the original tag text; elements the rules imply (`<tbody>`, a missing `<html>`) have no
/// source. Nodes are stored flat in pre-order: node `i`'s descendants are `i + 1 ..<
/// nodes[i].subtreeEnd`, so a page of any depth is walked without recursion.
///
/// The input must be UTF-8 (decode other encodings first; invalid bytes are read as U+FFFD).
package struct HTMLTree: Sendable {
    /// The nodes in document order; the first is the document itself.
    package var nodes: [HTMLNode]

    /// Why a page was not parsed.
    package enum Failure: Error, Equatable {
        /// Its elements nest deeper than `maximumDepth` (estimated: `HTMLNestingEstimate`; the
        /// depth is then `maximumDepth + 1`), first at the tag at byte `offset`: the parse would
        /// take time in the square of the depth.
        case tooDeep(depth: Int, offset: Int)
        /// It is `bytes` long: 2 GiB or more, beyond what a node's offsets hold.
        case tooLarge(bytes: Int)
    }

    /// The deepest nesting a page may have. Browsers stop building deeper at a few hundred
    /// levels (Blink at 512); real pages stay far below this.
    package static let maximumDepth = 10_000

    /// Parses `utf8`; a page nested deeper than `maximumDepth` is refused before it is parsed.
    ///
    /// Gumbo frees a tree by recursion, so the parse runs on a thread with a stack large enough
    /// for the deepest tree let through.
    package static func parse(_ utf8: [UInt8]) throws(Failure) -> HTMLTree {
        guard utf8.count < Int(Int32.max) else { throw .tooLarge(bytes: utf8.count) }
        let estimate = utf8.withUnsafeBufferPointer { HTMLNestingEstimate($0, limit: maximumDepth) }
        guard estimate.depth <= maximumDepth else {
            throw .tooDeep(depth: estimate.depth, offset: estimate.offset)
        }
        let stackBytes = 64 << 20
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.tree = parseOnThisThread(utf8)
            done.signal()
        }
        thread.stackSize = stackBytes
        thread.start()
        done.wait()
        return box.tree ?? HTMLTree(nodes: [])
    }

    /// Carries the tree from the parsing thread back.
    private final class ResultBox: @unchecked Sendable {
        var tree: HTMLTree?
    }

    private static func parseOnThisThread(_ utf8: [UInt8]) -> HTMLTree {
        var options = kGumboDefaultOptions
        options.max_errors = 0
        return utf8.withUnsafeBufferPointer { bytes -> HTMLTree in
            let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            let start = base.assumingMemoryBound(to: CChar.self)
            guard let output = gumbo_parse_with_options(&options, start, bytes.count) else {
                return HTMLTree(nodes: [])
            }
            defer { gumbo_destroy_output(&options, output) }
            return HTMLTree(nodes: Self.nodes(from: output.pointee.document, base: base, length: bytes.count))
        }
    }

    /// The names of Gumbo's known tags, by their number, made once.
    private static let tagNames: [String] = (0..<GUMBO_TAG_UNKNOWN.rawValue).map {
        String(cString: gumbo_normalized_tagname(GumboTag(rawValue: $0)))
    }

    /// How many nodes Gumbo's tree has (an upper bound of the nodes kept), counted with an
    /// explicit stack.
    private static func count(from document: UnsafeMutablePointer<GumboNode>) -> Int {
        var count = 0
        var stack = [document]
        while let node = stack.popLast() {
            count += 1
            let children: GumboVector? =
                switch node.pointee.type {
                case GUMBO_NODE_DOCUMENT: node.pointee.v.document.children
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE: node.pointee.v.element.children
                default: nil
                }
            guard let children else { continue }
            for index in 0..<Int(children.length) {
                stack.append(children.data[index]!.assumingMemoryBound(to: GumboNode.self))
            }
        }
        return count
    }

    /// Gumbo's tree flattened in pre-order, with an explicit stack.
    private static func nodes(from document: UnsafeMutablePointer<GumboNode>, base: UnsafeRawPointer, length: Int)
        -> [HTMLNode]
    {
        // Made at its full size at once: grown by doubling, the array and its previous buffer
        // were the peak of a large page's memory.
        var nodes: [HTMLNode] = []
        nodes.reserveCapacity(Self.count(from: document))
        // (node, index of its HTMLNode, next child to visit)
        var stack: [(node: UnsafeMutablePointer<GumboNode>, index: Int, next: Int)] = []
        func offset(_ pointer: UnsafePointer<CChar>?, _ count: Int) -> Range<Int>? {
            guard let pointer, count > 0 else { return nil }
            let start = UnsafeRawPointer(pointer) - base
            guard start >= 0, start + count <= length else { return nil }
            return start..<(start + count)
        }
        func visit(_ node: UnsafeMutablePointer<GumboNode>, depth: Int) {
            let parent = stack.last?.index
            switch node.pointee.type {
            case GUMBO_NODE_DOCUMENT:
                nodes.append(HTMLNode(kind: .document, parent: parent, depth: depth))
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let element = node.pointee.v.element
                var name =
                    element.tag.rawValue < GUMBO_TAG_UNKNOWN.rawValue ? tagNames[Int(element.tag.rawValue)] : ""
                if name.isEmpty {
                    var piece = element.original_tag
                    gumbo_tag_from_original_text(&piece)
                    if let data = piece.data, piece.length > 0 {
                        name = String(
                            decoding: UnsafeRawBufferPointer(start: data, count: piece.length), as: UTF8.self
                        ).lowercased()
                    }
                }
                var attributes: [HTMLAttribute] = []
                attributes.reserveCapacity(Int(element.attributes.length))
                for a in 0..<Int(element.attributes.length) {
                    let attribute = element.attributes.data[a]!.assumingMemoryBound(to: GumboAttribute.self).pointee
                    attributes.append(
                        HTMLAttribute(
                            name: String(cString: attribute.name), value: String(cString: attribute.value),
                            valueSource: offset(attribute.original_value.data, attribute.original_value.length)))
                }
                var html = HTMLNode(kind: .element, parent: parent, depth: depth)
                html.name = name
                html.isHTML = element.tag_namespace == GUMBO_NAMESPACE_HTML
                html.attributes = attributes
                html.startTag = offset(element.original_tag.data, element.original_tag.length)
                html.endTag = offset(element.original_end_tag.data, element.original_end_tag.length)
                nodes.append(html)
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA, GUMBO_NODE_COMMENT:
                let text = node.pointee.v.text
                let kind: HTMLNode.Kind =
                    switch node.pointee.type {
                    case GUMBO_NODE_WHITESPACE: .whitespace
                    case GUMBO_NODE_COMMENT: .comment
                    default: .text
                    }
                var html = HTMLNode(kind: kind, parent: parent, depth: depth)
                html.text = String(cString: text.text)
                html.source = offset(text.original_text.data, text.original_text.length)
                nodes.append(html)
            default:
                return
            }
            stack.append((node, nodes.count - 1, 0))
        }
        visit(document, depth: 0)
        while let top = stack.last {
            let children: GumboVector? =
                switch top.node.pointee.type {
                case GUMBO_NODE_DOCUMENT: top.node.pointee.v.document.children
                case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE: top.node.pointee.v.element.children
                default: nil
                }
            if let children, top.next < Int(children.length) {
                stack[stack.count - 1].next += 1
                let child = children.data[top.next]!.assumingMemoryBound(to: GumboNode.self)
                visit(child, depth: stack.count)
            } else {
                nodes[top.index].subtreeEnd = nodes.count
                stack.removeLast()
            }
        }
        return nodes
    }
}

/// An element, a run of text or a comment of an `HTMLTree`.
///
/// Stored compactly (offsets and indices as 32-bit numbers, a missing range as `-1`; a page is
/// below 2 GiB, `HTMLTree.parse` refuses larger ones): a large page has millions of nodes.
package struct HTMLNode: Sendable, Equatable {
    package enum Kind: UInt8, Sendable, Equatable {
        case document, element, text, whitespace, comment
    }

    package var kind: Kind
    /// Whether the element is in the HTML namespace (not SVG or MathML).
    package var isHTML = true
    private var parentIndex: Int32
    private var depthValue: Int32
    private var subtreeEndValue: Int32 = 0
    /// `source`, `startTag`, `endTag` as start and end offsets (`-1`: none).
    private var ranges: (Int32, Int32, Int32, Int32, Int32, Int32) = (-1, -1, -1, -1, -1, -1)
    /// An element's name, lowercased (`p`, `div`, `svg`, or a custom element's).
    package var name = ""
    package var attributes: [HTMLAttribute] = []
    /// The text, character references decoded (text, whitespace and comments).
    package var text = ""

    /// The parent's index in the tree (nil for the document).
    package var parent: Int? {
        get { parentIndex < 0 ? nil : Int(parentIndex) }
        set { parentIndex = newValue.map { Int32($0) } ?? -1 }
    }
    /// How many ancestors it has.
    package var depth: Int {
        get { Int(depthValue) }
        set { depthValue = Int32(newValue) }
    }
    /// One past the index of its last descendant.
    package var subtreeEnd: Int {
        get { Int(subtreeEndValue) }
        set { subtreeEndValue = Int32(newValue) }
    }
    /// Where a text or comment stands in the input; nil for what the parser made up.
    package var source: Range<Int>? {
        get { Self.range(ranges.0, ranges.1) }
        set { (ranges.0, ranges.1) = Self.offsets(newValue) }
    }
    /// An element's start tag in the input, as written; nil when the parser implied it.
    package var startTag: Range<Int>? {
        get { Self.range(ranges.2, ranges.3) }
        set { (ranges.2, ranges.3) = Self.offsets(newValue) }
    }
    /// An element's end tag in the input; nil when it had none (`<br>`, `<p>` closed by the
    /// next one, the end of the page).
    package var endTag: Range<Int>? {
        get { Self.range(ranges.4, ranges.5) }
        set { (ranges.4, ranges.5) = Self.offsets(newValue) }
    }

    init(kind: Kind, parent: Int?, depth: Int) {
        self.kind = kind
        self.parentIndex = parent.map { Int32($0) } ?? -1
        self.depthValue = Int32(depth)
    }

    private static func range(_ start: Int32, _ end: Int32) -> Range<Int>? {
        start < 0 ? nil : Int(start)..<Int(end)
    }

    private static func offsets(_ range: Range<Int>?) -> (Int32, Int32) {
        range.map { (Int32($0.lowerBound), Int32($0.upperBound)) } ?? (-1, -1)
    }

    /// The value of attribute `name` (lowercase), if the element has it.
    package func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    package static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool {
        lhs.kind == rhs.kind && lhs.isHTML == rhs.isHTML && lhs.parent == rhs.parent && lhs.depth == rhs.depth
            && lhs.subtreeEnd == rhs.subtreeEnd && lhs.source == rhs.source && lhs.startTag == rhs.startTag
            && lhs.endTag == rhs.endTag && lhs.name == rhs.name && lhs.attributes == rhs.attributes
            && lhs.text == rhs.text
    }
}

/// An attribute of an element.
package struct HTMLAttribute: Sendable, Equatable {
    /// The name, lowercased.
    package var name: String
    /// The value, character references decoded.
    package var value: String
    /// Where the value stands in the input, as written (with its quotes when it has them); nil
    /// when the attribute has no value or the parser made it up.
    package var valueSource: Range<Int>?
}
