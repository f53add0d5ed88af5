import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// `ArticlePipeline.process` and `extract`: UTF-8 goes to the normalizer as checked bytes,
/// UTF-16 is decoded first; both give the same document.
@Suite struct ArticlePipelineTests {
    static func example() throws -> String {
        try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
            + text.utf16.flatMap { unit -> [UInt8] in
                let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                return littleEndian ? pair : pair.reversed()
            }
    }

    /// The article in UTF-8, UTF-8 with a BOM and UTF-16 either way round is one document, and
    /// its origin says how it came.
    @Test func everyEncodingGivesTheSameDocument() throws {
        let text = try Self.example()
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        let (expected, _) = try pipeline.process(Array(text.utf8), name: "a.txt")
        let inputs: [([UInt8], TextOrigin.Encoding, Bool)] = [
            ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8, true),
            (Self.utf16(text, littleEndian: true), .utf16LittleEndian, true),
            (Self.utf16(text, littleEndian: false), .utf16BigEndian, true),
        ]
        #expect(expected.origin == TextOrigin(encoding: .utf8, hadByteOrderMark: false, byteCount: text.utf8.count))
        for (bytes, encoding, bom) in inputs {
            let (document, _) = try pipeline.process(bytes, name: "a.txt")
            #expect(document.text == expected.text)
            #expect(document.blocks.map { document.text(of: $0) } == expected.blocks.map { expected.text(of: $0) })
            #expect(document.blocks.map(\.segments.count) == expected.blocks.map(\.segments.count))
            #expect(document.normalization == expected.normalization)
            #expect(document.origin == TextOrigin(encoding: encoding, hadByteOrderMark: bom, byteCount: bytes.count))
        }
    }

    /// A text large enough to be checksummed on a thread of its own gets the checksum of its text.
    @Test func aLargeTextsChecksumIsTakenAsASmallOnes() throws {
        let text = String(repeating: try Self.example() + "\n\n", count: 300)
        #expect(text.utf8.count > 1 << 20)
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        var xliff: [UInt8] = []
        let document = try pipeline.extract(
            Array(text.utf8), name: "besar.txt", options: ExtractionOptions(), writingUTF8To: { xliff += $0 }
        ).document
        let expected = SHA256.checksum(document.text)
        let recorded = String(decoding: xliff, as: UTF8.self).contains(
            #"<mda:meta type="source-checksum">\#(expected)</mda:meta>"#)
        #expect(recorded, "the XLIFF does not record \(expected)")
    }

    /// Invalid UTF-8 is refused with the offset of the first bad byte, whichever path reads it.
    @Test func invalidUTF8IsRefusedWithItsOffset() throws {
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        let bytes = Array("Rusia setuju.\nArmenia ".utf8) + [0xE9] + Array(" menolak.".utf8)
        let error = try #require(throws: DiagnosticError.self) { try pipeline.process(bytes, name: "latin1.txt") }
        #expect(error.diagnostic.code == "input.invalid-utf8")
        #expect(error.diagnostic.message.contains("byte offset 22"))
        #expect(error.diagnostic.location?.line == 2)
    }
}

extension ArticlePipelineTests {
    /// The checksum taken once is the definition's.
    @Test func theDefinitionChecksumIsTheDefinitions() throws {
        var definition = PipelineDefinition.newsArticle
        #expect(try ArticlePipeline(definition: definition).definitionChecksum == definition.checksum)
        definition.boilerplate.rules.removeLast()
        #expect(try ArticlePipeline(definition: definition).definitionChecksum == definition.checksum)
        #expect(definition.checksum != PipelineDefinition.newsArticle.checksum)
    }
}
