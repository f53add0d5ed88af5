import AlihTestSupport
import Foundation
import Testing

/// `extract -g`, `coverage`, `glossary` and `lemma` from the command line.
@Suite struct GlossaryCommandsTests {
    static let glossary = TestPaths.repo("Tests/AlihTests/Fixtures/berita-glossary.tsv").path
    static let example = "Examples/berita-contoh.txt"

    /// `extract -g --emit-tbx` of the example: its result and the TBX it wrote.
    static func extractEmittingTBX() throws -> (result: AlihProcess.Result, tbx: String) {
        let folder = try AlihProcess.temporaryFolder()
        let tbx = folder.appendingPathComponent("terms.tbx")
        let result = try AlihProcess.run([
            "extract", Self.example, "-g", Self.glossary, "-o", folder.appendingPathComponent("a.xlf").path,
            "--emit-tbx", tbx.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return (result, try String(contentsOf: tbx, encoding: .utf8))
    }

    @Test func extractWithGlossaryReportsTermsAndEmitsTBX() throws {
        let (result, written) = try Self.extractEmittingTBX()
        #expect(result.stderr.contains("glossary: "))
        #expect(written.contains("<term>juru bicara</term>"))
        #expect(!written.contains("<term>gubernur</term>") || result.stderr.contains("gubernur") == false)
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func emittedTBXValidates() throws {
        let result = try #require(try SchemaValidator.validate(try Self.extractEmittingTBX().tbx, against: .tbxCore))
        #expect(result.valid, "\(result.output)")
    }

    @Test func emitTBXWithoutAGlossaryIsAUsageError() throws {
        let result = try AlihProcess.run(["extract", Self.example, "--emit-tbx", "/tmp/x.tbx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--emit-tbx needs a glossary"))
    }

    @Test func coverageFormats() throws {
        let text = try AlihProcess.run(["coverage", Self.example, "-g", Self.glossary])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Candidate terms missing from the glossary"))
        let json = try AlihProcess.run(["coverage", Self.example, "-g", Self.glossary, "--format", "json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let total = report?["total"] as? [String: Any]
        #expect(report?["version"] as? Int == 1)
        #expect((total?["termOccurrences"] as? Int ?? 0) > 10)
        let folder = try AlihProcess.temporaryFolder()
        let page = folder.appendingPathComponent("coverage.html")
        let html = try AlihProcess.run(["coverage", Self.example, "-g", Self.glossary, "-f", "html", "-o", page.path])
        #expect(html.status == 0)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<mark class=\"inflected\""))
    }

    @Test func minimumCoverageFailsTheRun() throws {
        let low = try AlihProcess.run(["coverage", Self.example, "-g", Self.glossary, "--min-coverage", "0.99"])
        #expect(low.status == 1)
        #expect(low.stderr.contains("below the minimum"))
        let met = try AlihProcess.run(["coverage", Self.example, "-g", Self.glossary, "--min-coverage", "0.01"])
        #expect(met.status == 0)
        let bad = try AlihProcess.run(["coverage", Self.example, "-g", Self.glossary, "--min-coverage", "80"])
        #expect(bad.status == 2)
        let none = try AlihProcess.run(["coverage", Self.example])
        #expect(none.status == 2)
        #expect(none.stderr.contains("needs a glossary"))
    }

    @Test func glossaryCheckAndConvert() throws {
        let check = try AlihProcess.run(["glossary", "check", Self.glossary])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("17 entries") || check.stdout.contains("entries"))
        let folder = try AlihProcess.temporaryFolder()
        let broken = folder.appendingPathComponent("broken.csv")
        try Data("source,target\njuru bicara,spokesperson\n\"unclosed,x\n".utf8).write(to: broken)
        let failed = try AlihProcess.run(["glossary", "check", broken.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("broken.csv:3"))
        let out = folder.appendingPathComponent("g.tbx")
        let converted = try AlihProcess.run(["glossary", "convert", Self.glossary, out.path])
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.path))
    }

    @Test func lemmaPrintsWordLemmaAndHow() throws {
        let result = try AlihProcess.run(["lemma", "menyetujuinya", "pasukan"])
        #expect(result.status == 0)
        #expect(result.stdout == "menyetujuinya\tsetuju\tmeN- -i -nya (rules)\npasukan\tpasukan\t(lexicon)\n")
        let piped = try AlihProcess.run(["lemma"], stdin: Data("tentaranya\n\nberbulan-bulan\n".utf8))
        #expect(
            piped.stdout == "tentaranya\ttentara\t-nya (rules)\nberbulan-bulan\tbulan\treduplication ber- (rules)\n")
    }
}
