import AlihCore
import AlihTestSupport
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct ParagraphSplitterTests {
    /// The byte scan finds the paragraphs the line-by-line definition finds.
    @Test func theByteScanAgreesWithTheLines() async {
        let pieces = ["a", " ", "\t", "\n", "\r", "é", "\n\n", "😀"]
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30)) { picks in
            var text = picks.map { pieces[$0] }.joined()
            text.makeContiguousUTF8()
            let scanned = text.utf8.withContiguousStorageIfAvailable(ParagraphSplitter.paragraphs)!.map {
                text.utf8.index(
                    text.startIndex, offsetBy: $0.lowerBound)..<text.utf8.index(
                        text.startIndex, offsetBy: $0.upperBound)
            }
            #expect(scanned == Self.paragraphs(of: text), "\(text.debugDescription)")
        }
    }

    /// The definition, line by line: runs of lines that are not blank (spaces and tabs only).
    static func paragraphs(of text: String) -> [Range<String.Index>] {
        var paragraphs: [Range<String.Index>] = []
        var current: Range<String.Index>? = nil
        for line in TextLines.ranges(in: text, within: text.startIndex..<text.endIndex) {
            if text.utf8[line].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if let open = current { paragraphs.append(open) }
                current = nil
            } else {
                current = (current?.lowerBound ?? line.lowerBound)..<line.upperBound
            }
        }
        if let open = current { paragraphs.append(open) }
        return paragraphs
    }

    func blocks(_ text: String) throws -> Document {
        var document = Document(sourceName: "t", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        return document
    }

    @Test func paragraphsAreSeparatedByBlankLines() throws {
        let document = try blocks("Judul\n\nSatu.\nDua.\n\n\nTiga.\n")
        #expect(document.blocks.map { String(document.text(of: $0)) } == ["Judul", "Satu.\nDua.", "Tiga."])
        #expect(document.blocks.map { String(document.separator(after: $0)) } == ["\n\n", "\n\n\n", "\n"])
        #expect(document.blocks.map(\.id) == ["b1", "b2", "b3"])
    }

    @Test func linesOfSpacesAreBlank() throws {
        let document = try blocks("a\n  \nb")
        #expect(document.blocks.count == 2)
    }

    @Test func leadingBlankLinesAreKept() throws {
        let document = try blocks("\n\nawal")
        #expect(document.text(document.leading) == "\n\n")
        #expect(document.blocks.count == 1)
    }

    @Test func blocksAndSeparatorsTileTheText() async {
        await propertyCheck(count: 300, input: ArticleText.generator()) { text in
            let document = try blocks(text)
            let rebuilt =
                document.text(document.leading)
                + document.blocks.map { document.text(of: $0) + document.separator(after: $0) }.joined()
            #expect(Array(rebuilt.utf8) == Array(text.utf8))
        }
    }
}
