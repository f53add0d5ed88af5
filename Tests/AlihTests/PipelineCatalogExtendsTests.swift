import Alih
import AlihTestSupport
import Foundation
import Testing

/// `PipelineCatalog` reading a file that `extends` another: the base found as a name is found
/// (a file in ./Pipelines, else a built-in), chains followed, a loop refused where it closes.
@Suite struct PipelineCatalogExtendsTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-extends-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Pipelines"), withIntermediateDirectories: true)
    }

    func write(_ name: String, _ yaml: String) throws {
        try yaml.write(
            to: folder.appendingPathComponent("Pipelines/\(name).yaml"), atomically: true, encoding: .utf8)
    }

    @Test func aChainIsFollowedToABuiltInAndEachFileAddsItsPart() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("site", "version: 1\nname: site\nextends: region\nhtml:\n  chrome: [div.site]\n")
        try write("region", "version: 1\nname: region\nextends: news-article-html\nhtml:\n  chrome: [div.region]\n")
        let entry = try PipelineCatalog(workingDirectory: folder.path).resolve("site")
        #expect(entry.definition.name == "site")
        #expect(entry.definition.html?.chrome == ["div.region", "div.site"])
        #expect(entry.definition.boilerplate == PipelineDefinition.builtIn["news-article-html"]!.boilerplate)
        #expect(entry.warnings.isEmpty)
    }

    @Test func theBasesWarningsComeWithTheFiles() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("site", "version: 1\nname: site\nextends: region\nsumary: typo\n")
        try write("region", "version: 1\nname: region\nextends: plain-text\nnormalise: {}\n")
        let entry = try PipelineCatalog(workingDirectory: folder.path).resolve("site")
        #expect(entry.warnings.count == 2)
        #expect(entry.warnings.first?.location?.file == "Pipelines/region.yaml")
        #expect(entry.warnings.last?.location?.file == "Pipelines/site.yaml")
    }

    @Test(arguments: [["a"], ["a", "b"], ["a", "b", "c"]])
    func aLoopIsRefusedWhereItCloses(loop: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for (n, name) in loop.enumerated() {
            try write(name, "version: 1\nname: \(name)\nextends: \(loop[(n + 1) % loop.count])\n")
        }
        let error = try #require(throws: DiagnosticError.self) {
            try PipelineCatalog(workingDirectory: folder.path).resolve("a")
        }
        #expect(error.diagnostic.code == "pipeline.extends")
        #expect(error.diagnostic.message.contains("extends itself"))
        #expect(error.diagnostic.location?.line == 3)
    }

    @Test func aMissingBaseNamesTheFileAndLineThatAskedForIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("site", "version: 1\nname: site\nextends: nowhere\n")
        let error = try #require(throws: DiagnosticError.self) {
            try PipelineCatalog(workingDirectory: folder.path).resolve("site")
        }
        #expect(error.diagnostic.code == "pipeline.not-found")
        #expect(error.diagnostic.message.contains("the pipeline it extends, 'nowhere'"))
        #expect(error.diagnostic.location == SourceLocation(file: "Pipelines/site.yaml", line: 3, column: 10))
    }
}
