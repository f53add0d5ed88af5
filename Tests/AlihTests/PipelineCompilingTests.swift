import Alih
import AlihStages
import AlihTestSupport
import Foundation
import Testing

/// `PipelineCatalog.compile`: the pipeline every article command runs, with its languages and
/// glossary.
@Suite struct PipelineCompilingTests {
    @Test func languagesGivenReplaceTheDefinitions() throws {
        let pipeline = try PipelineCatalog().compile("plain-text", targetLanguage: "de")
        #expect(pipeline.definition.name == "plain-text")
        #expect(pipeline.definition.sourceLanguage == "id")
        #expect(pipeline.definition.targetLanguage == "de")
        #expect(pipeline.glossary == nil)
        #expect(try PipelineCatalog().compile(nil).definition.name == PipelineCatalog.defaultName)
    }

    @Test func anUnknownPipelineIsNotFound() throws {
        let error = try #require(throws: DiagnosticError.self) { try PipelineCatalog().compile("no-such-pipeline") }
        #expect(error.diagnostic.code == "pipeline.not-found")
    }

    @Test(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
    func theGlossaryIsReadInThePipelinesLanguagesAfterTheDefinitionsWarnings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try String(contentsOf: TestPaths.repo("Pipelines/news-article.yaml"), encoding: .utf8)
        let pipelineFile = folder.appendingPathComponent("p.yaml")
        try (yaml + "\nunknown-key: 1\n").write(to: pipelineFile, atomically: true, encoding: .utf8)
        let glossaryFile = folder.appendingPathComponent("g.csv")
        try "source,target,colour\njuru bicara,spokesperson,red\n".write(
            to: glossaryFile, atomically: true, encoding: .utf8)
        var warnings: [Diagnostic] = []
        let pipeline = try PipelineCatalog().compile(
            pipelineFile.path, targetLanguage: "en-GB", glossaryPath: glossaryFile.path
        ) { warnings.append($0) }
        #expect(pipeline.glossary?.targetLanguage == "en-GB")
        #expect(pipeline.matcher != nil)
        let files = warnings.map { $0.location?.file ?? "" }
        #expect(files.first == pipelineFile.path, "\(warnings)")
        #expect(files.last == glossaryFile.path, "\(warnings)")
    }
}
