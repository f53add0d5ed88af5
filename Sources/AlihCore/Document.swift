/// An article being localized: its normalized text and the blocks and segments found in it.
///
/// Blocks and segments are ranges into `text`, never copies. Together with the gaps between
/// them they tile the text exactly: `leading` + each block followed by its separator gives
/// back `text`, and a block's segments with the whitespace between them give back the block.
/// Merging translations relies on that.
public struct Document: Sendable, Equatable {
    /// The file name the text came from, without folders (`stdin` for standard input).
    public var sourceName: String
    /// The text after normalization; every range in the document points into it.
    public var text: String
    /// How the bytes were decoded.
    public var origin: TextOrigin
    /// Whitespace before the first block (normally empty).
    public var leading: Range<String.Index>
    /// Blocks in text order.
    public var blocks: [Block]
    /// What normalization changed, filled by the normalize stage.
    public var normalization: NormalizationReport
    /// Markup inside blocks (an HTML page's inline elements), in text order; empty for text.
    public var codes: [InlineCode] = []

    package init(sourceName: String, text: String, origin: TextOrigin = TextOrigin()) {
        self.sourceName = sourceName
        self.text = text
        self.origin = origin
        self.leading = text.startIndex..<text.startIndex
        self.blocks = []
        self.normalization = NormalizationReport()
    }

    /// The text of `block`.
    public func text(of block: Block) -> Substring { text[block.range] }

    /// The text of a segment or any other range into the document.
    public func text(_ range: Range<String.Index>) -> Substring { text[range] }

    /// The separator that follows `block` (blank lines, a single newline, or nothing at the end).
    public func separator(after block: Block) -> Substring { text[block.separator] }

    /// The 1-based line number of `index` in `text`.
    public func line(of index: String.Index) -> Int {
        var line = 1
        for byte in text.utf8[text.startIndex..<index] where byte == 0x0A { line += 1 }
        return line
    }
}

extension Document {
    /// Takes the inline code markers (`InlineCodeMarker`) out of the text into `codes`, each at
    /// the position its marker had; `markup` gives each code's element name and markup, in the
    /// order the markers stand in the text. Run before blocks are found.
    package mutating func takeCodeMarkers(markup: [(name: String, data: String)]) {
        guard InlineCodeMarker.hasMarkers(text) else { return }
        var plain: [UInt8] = []
        plain.reserveCapacity(text.utf8.count)
        var found: [(kind: InlineCode.Kind, id: Int, offset: Int)] = []
        for scalar in text.unicodeScalars {
            if let code = InlineCodeMarker.code(scalar) {
                found.append((code.kind, code.id, plain.count))
            } else {
                plain.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        text = String(decoding: plain, as: UTF8.self)
        leading = text.startIndex..<text.startIndex
        codes = found.enumerated().map { number, code in
            let details = number < markup.count ? markup[number] : (name: "", data: "")
            return InlineCode(
                kind: code.kind, id: code.id, position: text.utf8Index(at: code.offset), name: details.name,
                data: details.data)
        }
    }
}
