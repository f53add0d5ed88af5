import AlihCore
import AlihHTML

/// The text of an HTML page as an article to translate: its title, then each block's text as a
/// paragraph, without scripts, styles and page chrome, its inline markup as code markers, and
/// where each paragraph stands in the page (to put a translation back).
///
/// The page is decoded as browsers decode it (`HTMLCharset`) and parsed by the HTML5 rules
/// (`HTMLTree`). Text is laid out as a browser renders it: runs of whitespace are one space,
/// block elements (`p`, `h1`–`h6`, `li`, `td`, `blockquote`, `div` …) start and end paragraphs,
/// a `<br>` is an inline code and two in a row (`…<br><br>…`, as several Indonesian sites write
/// their articles inside one `div`) a paragraph break.
///
/// Never read: `script`, `style`, `noscript`, `template`, `svg`, `math`, `iframe`, `object`,
/// form controls, `code` and `pre`, anything `hidden`, `translate="no"`, `class="notranslate"`
/// or `display:none`. **Page chrome** — `nav`, `aside`, `form`, `menu`, `dialog`, and elements
/// whose `class` or `id` has a part naming chrome (`share`, `social`, `related`, `terkait`,
/// `komentar`, `iklan`, `ads`, `sidebar`, `breadcrumb`, `menu`, `widget`, `terpopuler` …, parts
/// split at `-` and `_`), lists and tables that are mostly links (three or more holding 60 %
/// of their text: menus, other articles' headlines) and clusters of links (`HTMLLinkClusters`:
/// headlines with their dates, tag lists, menus in `div`s) — is left out and listed (`chrome`), never
/// dropped silently; a `header` or `footer` (element or class) is chrome unless it holds an `h1`
/// (an article's own header).
package struct HTMLArticleText: Sendable {
    /// The article, paragraphs separated by blank lines, ending in a line break.
    package var text: String
    /// Page chrome left out, in page order.
    package var chrome: [Chrome]
    /// How the bytes were decoded.
    package var charset: HTMLCharset
    /// Each inline code's element name and markup, in the order their
    /// markers (`InlineCodeMarker`) stand in `text`.
    package var markup: [Markup] = []
    /// Where each paragraph of `text` stands in `page`, in order: the bytes
    /// a translation replaces (its text and inline markup, nothing around it).
    package var regions: [Range<Int>] = []
    /// The translatable attribute values (`alt`, `title`, a `<meta>`
    /// description), each a paragraph of `text` after the regions' paragraphs, in page order:
    /// where each value stands in `page`, with its quotes if it has them.
    package var attributes: [Range<Int>] = []
    /// The line of `text` of each attribute value of a link (its `title`, the `alt` of an image
    /// in it) → the line of the paragraph text the link stands in.
    package var attributeOwners: [Int: Int] = [:]
    /// The page as UTF-8 (the bytes `regions` point into).
    package var page: [UInt8] = []
    /// The `<html>` start tag, and its `lang` value (with its quotes) if it has
    /// one: where a translated page says its language.
    package var htmlTag: (tag: Range<Int>, lang: Range<Int>?)?
    /// The values (with their quotes) of the `<meta>` attributes that name the
    /// page's encoding (`charset`, or `content` with `http-equiv="content-type"`).
    package var charsetValues: [Range<Int>] = []
    /// Paragraphs left untranslated because the parser moved their text
    /// out of page order (text misplaced in a table), by the line of their first text.
    package var misplaced: [Int] = []

    /// An inline code's element name and its markup as written in the page.
    package struct Markup: Sendable, Equatable {
        package var name: String
        package var data: String
    }

    /// An element of page chrome left out.
    package struct Chrome: Sendable, Equatable {
        /// The element as a selector: `nav`, `div.share-box`, `ul#menu`.
        package var element: String
        /// The line of its start tag in the page.
        package var line: Int
        /// The start of its text.
        package var preview: String
        /// Which rule took it (`a cluster of links`, `class or id part "share"`, `html.chrome
        /// selector div.kanan_2` …).
        package var reason: String = ""
    }

    /// The version of the generic rules that lay a page out, recorded in the XLIFF (`html-layout`)
    /// so that a reimport reads the page as its extraction did, whichever Alih extracted it:
    /// 1, the rules up to Alih 0.1.0 of 2026-12-02; 2, clusters of links (`HTMLLinkClusters`) are chrome
    /// too.
    package static let layoutVersion = 2

    /// Whether a file is read as an HTML page: by its extension, `.html`, `.htm` or `.xhtml`.
    package static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
    }

    /// Reads the page `bytes` from `name`.
    ///
    /// The text is laid out for translation: each paragraph on one line, its inline elements
    /// (`b`, `a`, `span` …, a lone `<br>`, an image, a script or comment between its words) as
    /// inline code markers (`InlineCodeMarker`, numbered from 1 in each paragraph; an element
    /// open across two paragraphs becomes a standalone code in each), with `markup` and
    /// `regions` to put a translation back into the page. Paragraphs without visible text are
    /// left out.
    ///
    /// `chrome` and `content` are a site's selectors (`HTMLOptions`): elements that are chrome
    /// beyond the generic rules, and elements that never are. `layout` is the version of the
    /// generic rules (`layoutVersion`; a reimport reads a page by the version its file records).
    package static func read(
        _ bytes: [UInt8], name: String, chrome: [HTMLSelector] = [], content: [HTMLSelector] = [],
        layout: Int = layoutVersion
    ) throws(DiagnosticError) -> HTMLArticleText {
        let (utf8, charset) = try HTMLCharset.utf8(bytes, name: name)
        let tree: HTMLTree
        do {
            tree = try HTMLTree.parse(utf8)
        } catch {
            switch error {
            case .tooDeep(let depth, let offset):
                throw DiagnosticError(
                    code: "input.html-too-deep",
                    "the page nests elements more than \(depth - 1) deep (browsers stop at a few hundred)",
                    at: SourceLocation(file: name, line: 1 + utf8[..<offset].count { $0 == UInt8(ascii: "\n") }),
                    hint: "this is not an article page as a site serves it; check the file")
            case .tooLarge(let bytes):
                throw DiagnosticError(
                    code: "input.html-too-large", "the page is \(bytes >> 20) MB; Alih reads pages below 2 GiB",
                    at: SourceLocation(file: name),
                    hint: "this is not an article page as a site serves it; check the file")
            }
        }
        var reader = Layout(tree: tree, source: utf8)
        reader.chromeSelectors = chrome
        reader.contentSelectors = content
        if layout >= 2 { reader.linkClusters = HTMLLinkClusters(tree: tree) }
        reader.run()
        var article = HTMLArticleText(
            text: String(decoding: reader.output, as: UTF8.self), chrome: reader.chrome, charset: charset)
        article.markup = reader.markup
        article.regions = reader.regions
        article.attributes = reader.attributeRegions
        article.attributeOwners = reader.attributeOwners
        article.misplaced = reader.misplaced
        article.page = utf8
        for node in tree.nodes where node.kind == .element && node.isHTML {
            if node.name == "html", article.htmlTag == nil, let tag = node.startTag {
                article.htmlTag = (tag, node.attributes.first { $0.name == "lang" }?.valueSource)
            } else if node.name == "meta" {
                for attribute in node.attributes {
                    let named =
                        attribute.name == "charset"
                        || (attribute.name == "content"
                            && node.attribute("http-equiv")?.lowercased() == "content-type")
                    if named, let value = attribute.valueSource { article.charsetValues.append(value) }
                }
            }
        }
        return article
    }

    /// The notes a reader of the article should get: the encoding's warnings, and each chrome
    /// element left out.
    package func diagnostics(name: String) -> [Diagnostic] {
        charset.diagnostics
            + chrome.map { element in
                Diagnostic(
                    .note, code: "html.chrome",
                    "left out as page chrome (\(element.reason)): <\(element.element)> \"\(element.preview)\"",
                    at: SourceLocation(file: name, line: element.line))
            }
            + misplaced.map { line in
                Diagnostic(
                    .warning, code: "html.misplaced-text",
                    "a paragraph's text is not in page order (the HTML parser moved it, as browsers do with text "
                        + "misplaced in a table): it is left untranslated",
                    at: SourceLocation(file: name, line: line), hint: "put the text inside a table cell in the page")
            }
    }

    /// The walk over the tree that lays the text out.
    struct Layout {
        let tree: HTMLTree
        let source: [UInt8]
        /// The article so far, as UTF-8.
        var output: [UInt8] = []
        var chrome: [Chrome] = []
        /// The paragraph being read, its inline codes as markers.
        var paragraph: [UInt8] = []
        var pendingSpace = false
        /// Newlines counted in `source` up to `countedTo`.
        var newlines = 0
        var countedTo = 0
        var markup: [Markup] = []
        var regions: [Range<Int>] = []
        /// A site's selectors: elements that are chrome, and elements that never are.
        var chromeSelectors: [HTMLSelector] = []
        var contentSelectors: [HTMLSelector] = []
        /// The page's clusters of links, which are chrome from layout version 2 on (nil before).
        var linkClusters: HTMLLinkClusters?
        /// Translatable attribute values: where each stands, and its text as laid out.
        var attributeRegions: [Range<Int>] = []
        var attributeTexts: [[UInt8]] = []
        /// By attribute (index in `attributeTexts`): the line of the paragraph text its inline
        /// element stands in, once that paragraph is written.
        var attributeOwnerLines: [Int: Int] = [:]
        /// The attributes of the paragraph being read's inline elements, with the paragraph's
        /// length when each was met.
        var paragraphAttributes: [(attribute: Int, offset: Int)] = []
        /// Line breaks written to `output` so far.
        var outputLineBreaks = 0
        /// Attribute paragraphs' lines → their owners' (`HTMLArticleText.attributeOwners`).
        var attributeOwners: [Int: Int] = [:]
        var misplaced: [Int] = []
        /// The paragraph being read, with markup: where it stands in the page so far, whether its
        /// pieces came in page order, its codes.
        var region: Range<Int>?
        var inOrder = true
        var firstNode = 0
        var nextID = 1
        var markupStart = 0
        /// Whether the paragraph has text to show yet (whitespace before it is not kept).
        var visible = false
        /// What the paragraph's last piece was: a code (its index in `markup`) or text.
        var lastCode: Int?
        /// A `<br>` the paragraph ends with (but whitespace): its marker's offset in
        /// `paragraph`, its index in `markup`, and the region before it.
        var trailingBreak: (offset: Int, markup: Int, region: Range<Int>?)?
        /// The paragraph's open inline elements' codes, by node index: id, marker offset.
        var openCodes: [Int: (id: Int, offset: Int)] = [:]

        init(tree: HTMLTree, source: [UInt8]) {
            self.tree = tree
            self.source = source
        }

        mutating func run() {
            let nodes = tree.nodes
            var open: [Int] = []
            var i = 0
            while i < nodes.count {
                while let last = open.last, nodes[last].subtreeEnd <= i {
                    open.removeLast()
                    if Self.blocks.contains(nodes[last].name) {
                        endParagraph()
                    } else {
                        closeInline(last)
                    }
                }
                let node = nodes[i]
                switch node.kind {
                case .text:
                    notePiece(node.source, code: nil, at: i)
                    append(node.text)
                case .whitespace:
                    if visible {
                        notePiece(node.source, code: nil, at: i)
                        pendingSpace = true
                    }
                case .element:
                    let skipped = Self.skipped(node)
                    let chrome = skipped ? nil : chromeReason(i)
                    if chrome == nil && (!skipped || node.name == "meta") { collectAttributes(i) }
                    if skipped || chrome != nil {
                        if let chrome { recordChrome(i, reason: chrome) }
                        appendWhole(i)
                        i = node.subtreeEnd
                        continue
                    }
                    if node.name == "br" {
                        breakTag(i)
                    } else if Self.blocks.contains(node.name) {
                        endParagraph()
                    } else {
                        openInline(i)
                    }
                    open.append(i)
                case .comment:
                    appendWhole(i)
                case .document:
                    break
                }
                i += 1
            }
            while let last = open.popLast() {
                if Self.blocks.contains(nodes[last].name) {
                    endParagraph()
                } else {
                    closeInline(last)
                }
            }
            endParagraph()
            for (n, text) in attributeTexts.enumerated() {
                if !output.isEmpty {
                    output += [UInt8(ascii: "\n"), UInt8(ascii: "\n")]
                    outputLineBreaks += 2
                }
                if let owner = attributeOwnerLines[n] { attributeOwners[outputLineBreaks + 1] = owner }
                output += text
            }
            if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
        }

        /// Appends a text's characters, runs of whitespace as one space (none at a line's start).
        mutating func append(_ text: String) {
            if text.utf8.contains(0xF3) {
                append(
                    String(String.UnicodeScalarView(text.unicodeScalars.filter { !InlineCodeMarker.isReserved($0) })))
                return
            }
            for byte in text.utf8 {
                if Self.isSpace(byte) {
                    if visible { pendingSpace = true }
                } else {
                    if pendingSpace {
                        paragraph.append(UInt8(ascii: " "))
                        pendingSpace = false
                    }
                    paragraph.append(byte)
                    visible = true
                    trailingBreak = nil
                }
            }
        }

        /// Why element `index` is page chrome (which rule took it), or nil when it is not.
        func chromeReason(_ index: Int) -> String? {
            let node = tree.nodes[index]
            if !contentSelectors.isEmpty && contentSelectors.contains(where: { $0.matches(node) }) { return nil }
            if let selector = chromeSelectors.first(where: { $0.matches(node) }) {
                return "html.chrome selector \(selector.text)"
            }
            var parts = Set<String>()
            for attribute in ["class", "id"] {
                guard let value = node.attribute(attribute) else { continue }
                for token in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                    for part in token.split(whereSeparator: { $0 == "-" || $0 == "_" }) { parts.insert(String(part)) }
                }
            }
            let headerLike =
                ["header", "footer"].contains(node.name) || parts.contains("header") || parts.contains("footer")
                || parts.contains("masthead")
            if headerLike { return holdsHeadline(index) ? nil : "a header or footer without the headline" }
            if Self.chromeElements.contains(node.name) {
                return ("aeiou".contains(node.name.first ?? "x") ? "an " : "a ") + node.name + " element"
            }
            if let part = parts.intersection(Self.chromeParts).sorted().first { return "class or id part \"\(part)\"" }
            if Self.lists.contains(node.name) && isLinkList(index) { return "a list or table mostly links" }
            if linkClusters?.isCluster(index, name: node.name) == true { return "a cluster of links" }
            return nil
        }

        /// Whether element `index` holds an `h1` (an article's own header does).
        func holdsHeadline(_ index: Int) -> Bool {
            tree.nodes[(index + 1)..<tree.nodes[index].subtreeEnd].contains { $0.kind == .element && $0.name == "h1" }
        }

        /// Whether list or table `index` is mostly links: three or more, holding at least 60 % of
        /// its text (menus, lists of other articles' headlines).
        func isLinkList(_ index: Int) -> Bool {
            let node = tree.nodes[index]
            var links = 0
            var linkEnd = index
            var linked = 0
            var total = 0
            for inner in (index + 1)..<node.subtreeEnd {
                let child = tree.nodes[inner]
                if child.kind == .element && child.name == "a" && inner >= linkEnd {
                    links += 1
                    linkEnd = child.subtreeEnd
                } else if child.kind == .text {
                    let letters = child.text.unicodeScalars.count { !Self.isSpace($0) }
                    total += letters
                    if inner < linkEnd { linked += letters }
                }
            }
            return links >= 3 && linked * 10 >= total * 6
        }

        mutating func recordChrome(_ index: Int, reason: String) {
            let node = tree.nodes[index]
            var selector = node.name
            if let id = node.attribute("id"), !id.isEmpty {
                selector += "#" + id
            } else if let first = node.attribute("class")?.split(separator: " ").first {
                selector += "." + first
            }
            var preview = ""
            var inner = index + 1
            while inner < node.subtreeEnd, preview.count <= 60 {
                let child = tree.nodes[inner]
                if child.kind == .element && Self.skipped(child) {
                    inner = child.subtreeEnd
                    continue
                }
                if child.kind == .text {
                    for word in child.text.split(whereSeparator: { Self.isSpace($0.unicodeScalars.first!) }) {
                        if preview.count > 60 { break }
                        preview += (preview.isEmpty ? "" : " ") + word
                    }
                }
                inner += 1
            }
            if preview.count > 60 { preview = String(preview.prefix(57)) + "..." }
            chrome.append(Chrome(element: selector, line: lineNumber(of: index), preview: preview, reason: reason))
        }

        /// The line of element `index`'s start tag (of the nearest element before it with one).
        mutating func lineNumber(of index: Int) -> Int {
            var at = index
            while at > 0, tree.nodes[at].startTag == nil && tree.nodes[at].source == nil { at -= 1 }
            let offset = tree.nodes[at].startTag?.lowerBound ?? tree.nodes[at].source?.lowerBound ?? 0
            if offset >= countedTo {
                newlines += source[countedTo..<offset].count { $0 == UInt8(ascii: "\n") }
                countedTo = offset
            } else {
                return 1 + source[..<offset].count { $0 == UInt8(ascii: "\n") }
            }
            return 1 + newlines
        }

        /// Elements whose content is never article text.
        static func skipped(_ node: HTMLNode) -> Bool {
            if !node.isHTML || Self.neverRead.contains(node.name) { return true }
            if node.attribute("hidden") != nil || node.attribute("translate")?.lowercased() == "no" { return true }
            if let classes = node.attribute("class"), classes.split(separator: " ").contains("notranslate") {
                return true
            }
            if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
                style.contains("display:none") || style.contains("visibility:hidden")
            {
                return true
            }
            if node.attribute("aria-hidden") == "true" { return true }
            return false
        }

        /// HTML's whitespace: space, tab, line feed, form feed, carriage return.
        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && isSpace(UInt8(scalar.value)) }

        static let neverRead: Set<String> = [
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
            "audio", "select", "input", "textarea", "button", "code", "pre", "link", "meta",
        ]
        static let chromeElements: Set<String> = ["nav", "aside", "form", "menu", "dialog"]
        /// Containers that are chrome when they are mostly links.
        static let lists: Set<String> = ["ul", "ol", "dl", "table"]
        static let chromeParts: Set<String> = [
            "nav", "navbar", "navigation", "menu", "share", "sharing", "sharer", "social", "sosmed", "related",
            "terkait", "comment", "comments", "komentar", "disqus", "ads", "ad", "advert", "advertisement", "iklan",
            "banner", "sidebar", "breadcrumb", "breadcrumbs", "widget", "popular", "terpopuler", "populer",
            "newsletter", "subscribe", "tags", "tag", "trending", "rekomendasi", "recommendation", "bacajuga", "login",
            "search", "copyright", "topbar", "pagination", "paging",
        ]
        static let blocks: Set<String> = [
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div",
            "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hgroup", "hr", "html", "legend", "li", "main", "ol", "p", "section", "summary", "table", "tbody", "td",
            "tfoot", "th", "thead", "title", "tr", "ul",
        ]
    }
}
