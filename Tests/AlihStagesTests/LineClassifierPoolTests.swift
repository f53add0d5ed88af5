import AlihCore
import Testing

@testable import AlihStages

@Suite struct LineClassifierPoolTests {
    static let text =
        "Isi berita.\n\nloading...\nA A A\nWarga mengungsi. Foto/REUTERS\n\nBaca juga: Rusia setuju\n\nBerita Terkait\nJudul lain"

    static func blocks(_ detector: BoilerplateDetector) throws -> [Block] {
        var document = Document(sourceName: "t", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try detector.run(on: &document, diagnostics: &diagnostics)
        return document.blocks
    }

    /// Articles one after another share one classifier, and find what a fresh stage finds.
    @Test func aClassifierIsCompiledOnceForManyArticles() throws {
        let detector = try BoilerplateDetector(options: PipelineDefinition.newsArticle.boilerplate)
        let expected = try Self.blocks(BoilerplateDetector(options: PipelineDefinition.newsArticle.boilerplate))
        for _ in 0..<5 { #expect(try Self.blocks(detector) == expected) }
        #expect(detector.classifiers.count == 1)
    }

    /// Many threads using one stage at once each get a classifier of their own.
    @Test func threadsAtOnceGetClassifiersOfTheirOwn() async throws {
        let detector = try BoilerplateDetector(options: PipelineDefinition.newsArticle.boilerplate)
        let expected = try Self.blocks(detector)
        try await withThrowingTaskGroup(of: [Block].self) { group in
            for _ in 0..<64 { group.addTask { try Self.blocks(detector) } }
            for try await found in group { #expect(found == expected) }
        }
        #expect((1...64).contains(detector.classifiers.count))
    }
}
