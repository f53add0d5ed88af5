import AlihTestSupport
import Foundation
import Testing

@Suite struct PipelineCommandTests {
    @Test(arguments: ["Pipelines/news-article.yaml", "Pipelines/plain-text.yaml", "news-article", "plain-text"])
    func shippedPipelinesCheckClean(pipeline: String) throws {
        let result = try AlihProcess.run(["pipeline", "check", pipeline])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ok"))
        #expect(result.stderr.isEmpty)
    }

    @Test func errorsExitWithOneAndPointAtTheLine() throws {
        let folder = try AlihProcess.temporaryFolder()
        let file = folder.appendingPathComponent("site.yaml")
        try Data(
            "version: 1\nname: site\nnormalise: {}\nboilerplate:\n  rules:\n    - id: x\n      line: '(oops'\n".utf8
        ).write(to: file)
        let result = try AlihProcess.run(["pipeline", "check", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("site.yaml:3:1: warning: unknown key 'normalise'"))
        #expect(result.stderr.contains("site.yaml:6:7: error: boilerplate rule 'x'"))
    }

    @Test func aMissingFileIsAnInputError() throws {
        let result = try AlihProcess.run(["pipeline", "check", "/no/such.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot read pipeline file"))
    }

    @Test func aLocalPipelineFileIsFoundByName() throws {
        let folder = try AlihProcess.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Pipelines"), withIntermediateDirectories: true)
        try Data("version: 1\nname: situs\nboilerplate:\n  rules:\n    - id: iklan\n      line: '^IKLAN$'\n".utf8)
            .write(to: folder.appendingPathComponent("Pipelines/situs.yaml"))
        let result = try AlihProcess.run(
            ["segment", "-", "--pipeline", "situs", "--content-only"], stdin: Data("Isi.\n\nIKLAN\n".utf8), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Isi.\n")
    }
}
