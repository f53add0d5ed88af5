import Alih
import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

/// A large article's units are rendered on several threads: the XLIFF is the same bytes as one
/// thread writes, in every layout.
@Suite struct ParallelWritingTests {
    /// The example article 160 times over: some 4,000 blocks, several rounds of units; `extra`
    /// goes after the 20th and the 100th copy.
    static func largeDocument(definition: PipelineDefinition = .newsArticle, extra: String = "") throws -> (
        ArticlePipeline, Document
    ) {
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        func copies(_ count: Int) -> String { String(repeating: example + "\n\n", count: count) }
        let text = copies(20) + extra + copies(80) + extra + copies(60)
        let pipeline = try ArticlePipeline(definition: definition)
        return (pipeline, try pipeline.process(Array(text.utf8), name: "besar.txt").0)
    }

    static func options(dropBoilerplate: Bool = false, prefill: Bool = false) -> XLIFFWriterOptions {
        XLIFFWriterOptions(
            sourceLanguage: "id", targetLanguage: "en", dropBoilerplate: dropBoilerplate, prefillTargets: prefill,
            record: ExtractionRecord(
                toolVersion: "test", pipelineName: "news-article", pipelineVersion: 1, pipelineChecksum: "",
                sourceChecksum: "",
                sourceEncoding: .utf8, sourceHadByteOrderMark: false, sourceLanguage: "id", targetLanguage: "en",
                droppedBoilerplate: dropBoilerplate))
    }

    static func pieces(_ write: ((String) throws -> Void) throws -> Void) throws -> (whole: String, count: Int) {
        var whole = ""
        var count = 0
        try write {
            whole += $0
            count += 1
        }
        return (whole, count)
    }

    /// The pieces handed over as bytes (as files are written) are the UTF-8 of the pieces
    /// handed over as Strings, for both versions.
    @Test(arguments: [false, true])
    func bytesAndStringsAreTheSameXLIFF(version12: Bool) throws {
        let (_, document) = try Self.largeDocument()
        var bytes: [UInt8] = []
        var text = ""
        if version12 {
            let writer = XLIFF12Writer(options: Self.options(prefill: true))
            try writer.write(document, workers: 2, toUTF8: { bytes += $0 })
            try writer.write(document, workers: 2, to: { text += $0 })
        } else {
            let writer = XLIFF2Writer(options: Self.options())
            try writer.write(document, workers: 2, toUTF8: { bytes += $0 })
            try writer.write(document, workers: 2, to: { text += $0 })
        }
        #expect(!bytes.isEmpty)
        #expect(bytes == Array(text.utf8))
    }

    @Test(arguments: [false, true])
    func xliff2IsTheSameOnOneOrTwoThreads(dropBoilerplate: Bool) throws {
        let (_, document) = try Self.largeDocument()
        #expect(document.blocks.count > 4_000)
        let writer = XLIFF2Writer(options: Self.options(dropBoilerplate: dropBoilerplate))
        let one = try Self.pieces { try writer.write(document, workers: 1, to: $0) }
        let two = try Self.pieces { try writer.write(document, workers: 2, to: $0) }
        #expect(one.whole == two.whole)
        #expect(one.whole == writer.write(document))
        #expect(two.count > 3)  // streamed in rounds, not whole
    }

    @Test func xliff12IsTheSameOnOneOrTwoThreads() throws {
        let (_, document) = try Self.largeDocument()
        let writer = XLIFF12Writer(options: Self.options(prefill: true))
        let one = try Self.pieces { try writer.write(document, workers: 1, to: $0) }
        let two = try Self.pieces { try writer.write(document, workers: 3, to: $0) }
        #expect(one.whole == two.whole)
    }

    /// With characters XLIFF 1.2 cannot carry in two places (in one round, in different
    /// threads' chunks with four workers), the one reported is the first, whichever thread
    /// reaches its own first.
    @Test func xliff12ReportsTheFirstForbiddenCharacter() throws {
        var definition = PipelineDefinition.newsArticle
        definition.normalization.controlCharacters = false
        let (_, document) = try Self.largeDocument(definition: definition, extra: "Awal\u{1} kalimat.\n\n")
        let writer = XLIFF12Writer(options: Self.options())
        let first = try #require(document.blocks.first { document.text(of: $0).contains("\u{1}") })
        for workers in [1, 2, 4] {
            let error = try #require(throws: DiagnosticError.self) {
                try writer.write(document, workers: workers, to: { _ in })
            }
            #expect(error.diagnostic.code == "xliff.forbidden-character")
            #expect(error.diagnostic.location?.unitID == first.id + "-s1", "\(workers) workers")
        }
    }
}
