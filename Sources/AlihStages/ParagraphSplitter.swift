import AlihCore

/// Finds the blocks of a document: paragraphs, which are runs of non-blank lines.
///
/// A blank line is a line with nothing but spaces or tabs. A single line break inside a
/// paragraph stays in the block and is a hard sentence boundary later. The text between
/// blocks becomes each block's separator, so the document can be rebuilt exactly.
public struct ParagraphSplitter: Stage {
    public var name: String { "paragraphs" }

    public init() {}

    public func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let text = document.text
        let lines = TextLines.ranges(in: text, within: text.startIndex..<text.endIndex)

        var paragraphs: [Range<String.Index>] = []
        var current: Range<String.Index>? = nil
        for line in lines {
            if isBlank(text.utf8[line]) {
                if let open = current { paragraphs.append(open) }
                current = nil
            } else {
                current = (current?.lowerBound ?? line.lowerBound)..<line.upperBound
            }
        }
        if let open = current { paragraphs.append(open) }

        document.leading = text.startIndex..<(paragraphs.first?.lowerBound ?? text.endIndex)
        document.blocks = paragraphs.enumerated().map { number, range in
            let next = number + 1 < paragraphs.count ? paragraphs[number + 1].lowerBound : text.endIndex
            return Block(id: "b\(number + 1)", range: range, separator: range.upperBound..<next)
        }
    }

    private func isBlank(_ bytes: Substring.UTF8View) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
