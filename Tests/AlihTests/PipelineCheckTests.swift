import Alih
import Foundation
import Testing

/// `PipelineCatalog.check`, the library entry point of `alih pipeline check`: a wrong definition
/// is a `DefinitionProblem`, a missing one a plain `DiagnosticError`.
@Suite struct PipelineCheckTests {
    @Test func aBuiltInPipelineChecksClean() throws {
        var warnings: [Diagnostic] = []
        let definition = try PipelineCatalog().check("plain-text") { warnings.append($0) }
        #expect(definition.name == "plain-text")
        #expect(warnings.isEmpty)
        #expect(
            PipelineCatalog.summary(of: definition, checkedAs: "plain-text")
                == "plain-text: ok (pipeline plain-text, version \(definition.version), "
                + "\(definition.boilerplate.rules.count) boilerplate rules)")
    }

    @Test func aWrongDefinitionIsAProblemAndAMissingOneIsNot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-pcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.yaml")
        try "name: x\n  bad: [\n".write(to: bad, atomically: true, encoding: .utf8)
        let problem = try #require(throws: PipelineCatalog.DefinitionProblem.self) {
            try PipelineCatalog().check(bad.path)
        }
        #expect(problem.error.diagnostic.code == "pipeline.yaml")
        for missing in [folder.appendingPathComponent("none.yaml").path, "no-such-pipeline"] {
            let error = try #require(throws: DiagnosticError.self) { try PipelineCatalog().check(missing) }
            #expect(["pipeline.unreadable", "pipeline.not-found"].contains(error.diagnostic.code))
        }
    }
}
