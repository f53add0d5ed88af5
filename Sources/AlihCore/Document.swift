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
