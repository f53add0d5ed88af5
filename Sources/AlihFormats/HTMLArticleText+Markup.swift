import AlihCore
import AlihHTML

/// The layout with markup kept (`HTMLArticleText.read`'s `keepsMarkup`): inline elements as
/// code markers, and where each paragraph stands in the page.
///
/// A paragraph's region runs from its first piece (text or markup) to its last, so that
/// replacing the region's bytes by the translation, its markers turned back into their markup,
/// leaves every byte around it as it was. Bytes inside the region that belong to no piece (a
/// stray end tag the parser dropped) join the markup of the code next to them, so nothing in a
/// region is lost.
extension HTMLArticleText.Layout {
    /// Elements without content: a code of their own, not a pair.
    static let voidElements: Set<String> = [
        "area", "base", "col", "embed", "img", "input", "keygen", "param", "source", "track", "wbr",
    ]

    /// The `<meta>` whose `content` is translated, by `name` or `property`.
    static let translatableMeta: Set<String> = [
        "description", "og:title", "og:description", "twitter:title", "twitter:description", "keywords",
    ]

    /// Takes element `index`'s translatable attribute values as paragraphs of their own: `alt`
    /// of an image, `title` of any element, `content` of a description `<meta>`.
    mutating func collectAttributes(_ index: Int) {
        let node = tree.nodes[index]
        guard !node.attributes.isEmpty else { return }
        for attribute in node.attributes {
            let translated: Bool =
                switch attribute.name {
                case "alt": node.name == "img" || node.name == "area" || node.name == "input"
                case "title": node.name != "link" && node.name != "style"
                case "content":
                    node.name == "meta"
                        && Self.translatableMeta.contains(
                            (node.attribute("name") ?? node.attribute("property") ?? "").lowercased())
                default: false
                }
            guard translated, let region = attribute.valueSource else { continue }
            var text: [UInt8] = []
            var space = false
            for scalar in attribute.value.unicodeScalars where !InlineCodeMarker.isReserved(scalar) {
                if scalar.properties.isWhitespace {
                    space = !text.isEmpty
                    continue
                }
                if space { text.append(UInt8(ascii: " ")) }
                space = false
                text += Array(String(scalar).utf8)
            }
            guard !Self.isBlank(marked: text) else { continue }
            attributeRegions.append(region)
            attributeTexts.append(text)
            // A link's value (its title, a thumbnail's alt) belongs to the line of text the link
            // stands in; an image outside links shows what the article shows, wherever it stands.
            if node.name == "a" || openCodes.keys.contains(where: { tree.nodes[$0].name == "a" }) {
                paragraphAttributes.append((attributeTexts.count - 1, paragraph.count))
            }
        }
    }

    /// Whether the paragraph has begun (text or markup).
    var hasPieces: Bool { region != nil || markup.count > markupStart }

    /// The bytes of `range` in the page, as text.
    func bytes(_ range: Range<Int>?) -> String {
        guard let range else { return "" }
        return String(decoding: source[range], as: UTF8.self)
    }

    /// Where node `index` and everything in it stand in the page (nil when the parser made it up
    /// and it holds nothing from the page).
    func extent(of index: Int) -> Range<Int>? {
        var lower: Int?
        var upper: Int?
        for node in tree.nodes[index..<tree.nodes[index].subtreeEnd] {
            for range in [node.startTag, node.source, node.endTag] {
                guard let range else { continue }
                lower = min(lower ?? range.lowerBound, range.lowerBound)
                upper = max(upper ?? range.upperBound, range.upperBound)
            }
        }
        guard let lower, let upper else { return nil }
        return lower..<upper
    }

    /// Notes a piece of the paragraph (text, or the code at `markup[code]`) and where it stands.
    mutating func notePiece(_ range: Range<Int>?, code: Int?, at node: Int) {
        defer { lastCode = code }
        guard let range else { return }
        guard let current = region else {
            region = range
            firstNode = node
            return
        }
        if range.lowerBound < current.upperBound {
            inOrder = false
        } else if range.lowerBound > current.upperBound {
            let gap = bytes(current.upperBound..<range.lowerBound)
            if let lastCode {
                markup[lastCode].data += gap
            } else if let code {
                markup[code].data = gap + markup[code].data
            } else {
                writeMarker(.standalone, id: takeID(), name: "#markup", data: gap)
            }
        }
        region = current.lowerBound..<max(current.upperBound, range.upperBound)
    }

    /// The next code id of the paragraph.
    mutating func takeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    /// Writes a code's marker and markup; returns the markup's index.
    @discardableResult
    mutating func writeMarker(_ kind: InlineCode.Kind, id: Int, name: String, data: String) -> Int {
        if kind != .closing && pendingSpace {
            paragraph.append(UInt8(ascii: " "))
            pendingSpace = false
        }
        paragraph += Array(String(InlineCodeMarker.scalar(kind, id: id)).utf8)
        markup.append(HTMLArticleText.Markup(name: name, data: data))
        trailingBreak = nil
        return markup.count - 1
    }

    /// A code for node `index`; `range` is its markup in the page.
    @discardableResult
    mutating func appendCode(_ kind: InlineCode.Kind, id: Int? = nil, node index: Int, range: Range<Int>?) -> Int {
        if id == nil && nextID > InlineCodeMarker.maximumID { endParagraph() }
        let code = writeMarker(kind, id: id ?? takeID(), name: tree.nodes[index].name, data: bytes(range))
        notePiece(range, code: code, at: index)
        return code
    }

    /// An element (or comment) kept whole inside the paragraph as one code: a script, an
    /// image, chrome between words. Outside a paragraph it stays in the page as it is.
    mutating func appendWhole(_ index: Int) {
        guard hasPieces else { return }
        let node = tree.nodes[index]
        let code = writeMarker(
            .standalone, id: takeID(), name: node.kind == .comment ? "#comment" : node.name,
            data: bytes(extent(of: index)))
        notePiece(extent(of: index), code: code, at: index)
    }

    /// The start of inline element `index`: an opening code, or a standalone one for a void
    /// element (`<img>`).
    mutating func openInline(_ index: Int) {
        let node = tree.nodes[index]
        if Self.voidElements.contains(node.name) {
            appendCode(.standalone, node: index, range: node.startTag)
            return
        }
        if nextID > InlineCodeMarker.maximumID { endParagraph() }
        let offset = paragraph.count + (pendingSpace ? 1 : 0)
        let id = nextID
        appendCode(.opening, node: index, range: node.startTag)
        openCodes[index] = (id, offset)
    }

    /// The end of inline element `index`: the closing code of its opening in this paragraph, or
    /// a standalone code for an end tag whose start was in an earlier paragraph.
    mutating func closeInline(_ index: Int) {
        let node = tree.nodes[index]
        guard !Self.voidElements.contains(node.name) else { return }
        if let open = openCodes.removeValue(forKey: index) {
            appendCode(.closing, id: open.id, node: index, range: node.endTag)
        } else if hasPieces, node.endTag != nil {
            appendCode(.standalone, node: index, range: node.endTag)
        }
    }

    /// A `<br>`: a code in the paragraph; a second one with only whitespace since the first ends
    /// the paragraph before the first (`…<br><br>…`, paragraphs written inside one `div`).
    mutating func breakTag(_ index: Int) {
        if let trailing = trailingBreak {
            paragraph.removeSubrange(trailing.offset...)
            markup.removeSubrange(trailing.markup...)
            region = trailing.region
            nextID -= 1
            endParagraph()
            return
        }
        guard hasPieces else { return }
        let before = region
        let offset = paragraph.count
        let code = appendCode(.standalone, node: index, range: tree.nodes[index].startTag)
        trailingBreak = (offset, code, before)
        if visible { pendingSpace = true }
    }

    /// The end of a paragraph with markup: kept with its region when it has visible text in page
    /// order; an element still open becomes a standalone code.
    mutating func endParagraph() {
        pendingSpace = false
        trailingBreak = nil
        defer {
            paragraph.removeAll(keepingCapacity: true)
            paragraphAttributes.removeAll(keepingCapacity: true)
            region = nil
            inOrder = true
            nextID = 1
            markupStart = markup.count
            visible = false
            lastCode = nil
            openCodes = [:]
        }
        for (_, open) in openCodes {
            let standalone = Array(String(InlineCodeMarker.scalar(.standalone, id: open.id)).utf8)
            paragraph.replaceSubrange(open.offset..<(open.offset + standalone.count), with: standalone)
        }
        let blank = Self.isBlank(marked: paragraph)
        // A paragraph whose pieces are out of page order, or that starts inside the region of
        // one before it (text the parser moved out of a table, before the table's cells), is
        // left in the page as it is: the region before it keeps its bytes.
        let placed = inOrder && (region.map { $0.lowerBound >= (regions.last?.upperBound ?? 0) } ?? true)
        guard !blank, placed, let region else {
            if !blank && !placed { misplaced.append(lineNumber(of: firstNode)) }
            markup.removeSubrange(markupStart...)
            return
        }
        if !output.isEmpty {
            output += [UInt8(ascii: "\n"), UInt8(ascii: "\n")]
            outputLineBreaks += 2
        }
        for (attribute, offset) in paragraphAttributes {
            attributeOwnerLines[attribute] =
                outputLineBreaks + 1 + paragraph[..<offset].count { $0 == UInt8(ascii: "\n") }
        }
        outputLineBreaks += paragraph.count { $0 == UInt8(ascii: "\n") }
        output += paragraph
        regions.append(trimmed(region))
    }

    /// `region` without the whitespace at its ends (spaces, no-break spaces as characters or
    /// references), which the paragraph's text leaves out: it stays in the page as it was.
    func trimmed(_ region: Range<Int>) -> Range<Int> {
        let spaces: [[UInt8]] = ["&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "\u{A0}"].map { Array($0.utf8) }
        var lower = region.lowerBound
        var upper = region.upperBound
        func matches(_ piece: [UInt8], at index: Int) -> Bool {
            index >= lower && index + piece.count <= upper && source[index..<(index + piece.count)].elementsEqual(piece)
        }
        while lower < upper {
            if Self.isSpace(source[lower]) {
                lower += 1
            } else if let space = spaces.first(where: { matches($0, at: lower) }) {
                lower += space.count
            } else {
                break
            }
        }
        while lower < upper {
            if Self.isSpace(source[upper - 1]) {
                upper -= 1
            } else if let space = spaces.first(where: { matches($0, at: upper - $0.count) }) {
                upper -= space.count
            } else {
                break
            }
        }
        return lower..<upper
    }

    /// Whether a paragraph shows nothing once normalized: only markers, spaces and the
    /// invisible characters the normalizer removes.
    static func isBlank(marked paragraph: [UInt8]) -> Bool {
        String(decoding: paragraph, as: UTF8.self).unicodeScalars.allSatisfy { scalar in
            InlineCodeMarker.code(scalar) != nil || scalar.properties.isWhitespace || scalar.value < 0x20
                || (0x7F...0x9F).contains(scalar.value)
                || [0x00AD, 0x200B, 0x2060, 0xFEFF, 0x180E].contains(scalar.value)
        }
    }
}
