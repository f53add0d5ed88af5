import AlihCore
import AlihStages
import AlihTestSupport
import PropertyBased
import Testing

@Suite struct ParagraphSplitterTests {
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
            let rebuilt = document.text(document.leading)
                + document.blocks.map { document.text(of: $0) + document.separator(after: $0) }.joined()
            #expect(Array(rebuilt.utf8) == Array(text.utf8))
        }
    }
}
