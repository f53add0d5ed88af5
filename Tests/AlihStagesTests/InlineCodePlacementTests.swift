import AlihCore
import Testing

@testable import AlihStages

/// `InlineCodePlacement`: each segment's codes, sentences kept whole around a pair, terms that
/// would cross a pair dropped.
@Suite struct InlineCodePlacementTests {
    /// A one-block document of `text` split into sentences at `breaks` (UTF-8 offsets of each
    /// sentence's start and end), with `codes` (kind, id, offset).
    static func document(
        _ text: String, sentences: [Range<Int>], codes: [(InlineCode.Kind, Int, Int)], terms: [Range<Int>] = []
    ) -> Document {
        var document = Document(sourceName: "p.html", text: text)
        let index = { text.utf8Index(at: $0) }
        var block = Block(id: "b1", range: text.startIndex..<text.endIndex, separator: text.endIndex..<text.endIndex)
        block.segments = sentences.enumerated().map { number, range in
            Segment(id: block.segmentID(number: number + 1), range: index(range.lowerBound)..<index(range.upperBound))
        }
        for term in terms {
            for s in block.segments.indices
            where block.segments[s].range.contains(index(term.lowerBound)) {
                block.segments[s].terms.append(
                    TermMatch(range: index(term.lowerBound)..<index(term.upperBound), entryIndex: 0, tier: .exact))
            }
        }
        document.blocks = [block]
        document.codes = codes.map { InlineCode(kind: $0.0, id: $0.1, position: index($0.2), name: "b", data: "") }
        return document
    }

    static func run(_ document: Document) throws -> Document {
        var document = document
        var diagnostics: [Diagnostic] = []
        try InlineCodePlacement().run(on: &document, diagnostics: &diagnostics)
        return document
    }

    @Test func eachSegmentGetsTheCodesAtItsEdgesAndInside() throws {
        // "<b>Satu.</b> Dua.<br> Tiga."
        let text = "Satu. Dua. Tiga."
        let placed = try Self.run(
            Self.document(
                text, sentences: [0..<5, 6..<10, 11..<16],
                codes: [(.opening, 1, 0), (.closing, 1, 5), (.standalone, 2, 10)]))
        #expect(placed.blocks[0].segments.map(\.codes) == [0..<2, 2..<3, 0..<0])
    }

    @Test func aPairAcrossASentenceBoundaryKeepsTheSentencesWhole() throws {
        // "<b>Satu. Dua.</b> Tiga."
        let text = "Satu. Dua. Tiga."
        let placed = try Self.run(
            Self.document(text, sentences: [0..<5, 6..<10, 11..<16], codes: [(.opening, 1, 0), (.closing, 1, 10)]))
        let segments = placed.blocks[0].segments
        #expect(segments.map { String(text[$0.range]) } == ["Satu. Dua.", "Tiga."])
        #expect(segments.map(\.id) == ["b1-s1", "b1-s2"])
        #expect(segments[0].codes == 0..<2)
    }

    @Test func aCodeInTheWhitespaceAfterASentenceStretchesIt() throws {
        // "Satu. <!-- x -->"
        let text = "Satu.  "
        let placed = try Self.run(Self.document(text, sentences: [0..<5], codes: [(.standalone, 1, 6)]))
        #expect(placed.blocks[0].segments[0].range == text.startIndex..<text.utf8Index(at: 6))
    }

    @Test func aPairSplitBetweenBlocksBecomesCodesAlone() throws {
        // "Satu <b>dua" — the `</b>` is in the next block (a credit split off the paragraph).
        let placed = try Self.run(Self.document("Satu dua", sentences: [0..<8], codes: [(.opening, 1, 5)]))
        #expect(placed.codes.map(\.kind) == [.standalone])
    }

    @Test(arguments: [
        // A term inside a pair, around one, or apart from it is kept; one that holds half is dropped.
        // "Dewan <a>Perwakilan</a>" with the terms "Dewan", "Perwakilan", "Dewan Perwakilan",
        // and "Dewan Perwa", which starts outside the pair and ends inside it.
        (6..<16, 0..<5, true), (6..<16, 6..<16, true), (6..<16, 0..<16, true), (6..<16, 0..<11, false),
        // "Dewan <a>Per</a>wakilan": the term holds the pair.
        (6..<9, 0..<16, true),
    ])
    func termsThatWouldCrossAPairAreDropped(pair: Range<Int>, term: Range<Int>, kept: Bool) throws {
        let text = "Dewan Perwakilan"
        let placed = try Self.run(
            Self.document(
                text, sentences: [0..<16], codes: [(.opening, 1, pair.lowerBound), (.closing, 1, pair.upperBound)],
                terms: [term]))
        #expect(placed.blocks[0].segments[0].terms.count == (kept ? 1 : 0))
    }

    @Test func aDocumentWithoutCodesIsLeftAsItIs() throws {
        let document = Self.document("Satu. Dua.", sentences: [0..<5, 6..<10], codes: [])
        #expect(try Self.run(document) == document)
    }
}
