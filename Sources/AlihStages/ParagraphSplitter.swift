import AlihCore

/// Finds the blocks of a document: paragraphs, which are runs of non-blank lines.
///
/// A blank line is a line with nothing but spaces or tabs. A single line break inside a
/// paragraph stays in the block and is a hard sentence boundary later. The text between
/// blocks becomes each block's separator, so the document can be rebuilt exactly.
package struct ParagraphSplitter: Stage {
    package var name: String { "paragraphs" }

    package init() {}

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let text = document.text
        let paragraphs = text.withContiguousUTF8(Self.paragraphs).map {
            text.utf8Index(at: $0.lowerBound)..<text.utf8Index(at: $0.upperBound)
        }

        document.leading = text.startIndex..<(paragraphs.first?.lowerBound ?? text.endIndex)
        document.blocks = paragraphs.enumerated().map { number, range in
            let next = number + 1 < paragraphs.count ? paragraphs[number + 1].lowerBound : text.endIndex
            return Block(id: Block.id(number: number + 1), range: range, separator: range.upperBound..<next)
        }
    }

    /// The paragraphs of UTF-8 `bytes` as byte ranges: one pass (`TextLines.forEachLine`).
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var open: Int? = nil
        var lastEnd = 0
        TextLines.forEachLine(in: bytes, within: 0..<bytes.count) { line in
            if bytes[line].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if let first = open { paragraphs.append(first..<lastEnd) }
                open = nil
            } else {
                if open == nil { open = line.lowerBound }
                lastEnd = line.upperBound
            }
        }
        if let first = open { paragraphs.append(first..<lastEnd) }
        return paragraphs
    }
}
