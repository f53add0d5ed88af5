import AlihTestSupport
import Foundation
import Testing

/// `alih srx`: the pipeline's segmentation rules for CAT tools, and OmegaT 3.6 using them the
/// way a user installs them.
@Suite struct SRXCommandTests {
    @Test func writesSRXToStandardOutputOrAtomicallyToAFile() throws {
        let folder = try ScratchFolder("srx")
        defer { folder.remove() }
        let printed = try AlihProcess.run(["srx"])
        #expect(printed.status == 0)
        #expect(printed.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(printed.stdout.contains(#"<srx xmlns="http://www.lisa.org/srx20" version="2.0">"#))
        #expect(printed.stdout.contains(#"<languagemap languagepattern="[Ii][DdNn]([-_].*)?""#))

        let written = try AlihProcess.run(["srx", "-o", folder.path("alih-id.srx")])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(try String(contentsOfFile: folder.path("alih-id.srx"), encoding: .utf8) == printed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["alih-id.srx"])

        let omegat = try AlihProcess.run(["srx", "--format", "omegat"])
        #expect(omegat.status == 0)
        #expect(omegat.stdout.contains(#"<object class="org.omegat.core.segmentation.SRX" id="SRX0">"#))

        let missingFolder = try AlihProcess.run(["srx", "-o", folder.path("no/such/folder/alih-id.srx")])
        #expect(missingFolder.status == 2)
        #expect(missingFolder.stderr.contains("[output.write]"))
        let badFormat = try AlihProcess.run(["srx", "--format", "trados"])
        #expect(badFormat.status == 2)
    }

    @Test func theRulesAreThePipelines() throws {
        let folder = try ScratchFolder("srx-pipeline")
        defer { folder.remove() }
        let pipeline = """
            version: 1
            name: kantor-berita
            segment:
              initials: false
              non-terminal: [Kadis.]
              list-ending: [dlsb.]
              remove: [Dr.]

            """
        try Data(pipeline.utf8).write(to: folder.url.appendingPathComponent("kantor-berita.yaml"))
        let result = try AlihProcess.run(["srx", "--pipeline", folder.path("kantor-berita.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"languagerulename="Alih kantor-berita (id)""#))
        #expect(result.stdout.contains(#"<beforebreak>[Kk]adis\.(?&lt;="#))
        #expect(result.stdout.contains(#"<beforebreak>dlsb\.(?&lt;="#))
        #expect(!result.stdout.contains(#"<beforebreak>[Dd]r\.(?&lt;="#))
        #expect(!result.stdout.contains(#"<beforebreak>[\p{Lu}"#))
        #expect(result.stdout.contains("single-letter initials may end a sentence"))

        let malay = try AlihProcess.run(["srx", "--source-lang", "ms"])
        #expect(malay.stdout.contains(#"languagepattern="[Mm][Ss]([-_].*)?""#))
    }

    /// What a translator does: Alih's XLIFF 1.2 for OmegaT, the rules written by `alih srx
    /// --format omegat` into the project's `omegat/segmentation.conf`, sentence segmentation on.
    /// OmegaT then leaves every sentence whole (with its own rules it cuts them after `Dr.`,
    /// `PT.`, `No.`: `OmegaTSegmentationTests` measures that, and compares whole paragraphs).
    @Test(.enabled(if: OmegaTProject.isInstalled, "\(OmegaTProject.notInstalled)"))
    func omegaTWithTheRulesKeepsAlihsSentencesWhole() throws {
        let project = try OmegaTProject(sentenceSegmentation: true)
        defer { try? FileManager.default.removeItem(at: project.url) }
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o",
            project.path("source/berita.xlf"), "-q",
        ])
        #expect(extract.status == 0)
        let rules = try AlihProcess.run(["srx", "--format", "omegat", "-o", project.path("omegat/segmentation.conf")])
        #expect(rules.status == 0)

        let segments = try #require(try project.segments())
        let expected = try AlihProcess.run(["segment", "Examples/berita-contoh.txt", "--content-only"]).stdout
            .split(separator: "\n").map(String.init)
        #expect(segments == Set(expected))
        #expect(segments.count == 37)
    }
}
