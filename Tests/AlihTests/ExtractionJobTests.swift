import Alih
import AlihCore
import AlihStages
import AlihTestSupport
import Foundation
import Testing

/// `ExtractionJob`, the library entry point of `alih extract`: where the XLIFF goes, and what
/// a failure leaves behind.
@Suite struct ExtractionJobTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)
    static let article = Array("Judul Berita\n\nSatu. Dua.\n".utf8)
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("xjob") }

    func path(_ name: String) -> String { folder.path(name) }

    @Test func theXLIFFGoesToItsFileOrWholeToTheCallerAsAPlainExtractionMakesIt() throws {
        defer { folder.remove() }
        let expected = try Self.pipeline.extract(Self.article, name: "a.txt", options: ExtractionOptions())
        let job = ExtractionJob(pipeline: Self.pipeline, options: ExtractionOptions())
        var handed: [String] = []
        let toFile = try job.run(Self.article, name: "a.txt", to: path("a.xlf")) { handed.append($0) }
        #expect(handed.isEmpty)
        #expect(try String(contentsOfFile: path("a.xlf"), encoding: .utf8) == expected.xliff)
        #expect(toFile == expected.report)
        let whole = try job.run(Self.article, name: "a.txt", to: nil) { handed.append($0) }
        #expect(handed == [expected.xliff])
        #expect(whole == expected.report)
    }

    @Test func aFailedExtractionLeavesNoFileAndHandsNothingOver() throws {
        defer { folder.remove() }
        let job = ExtractionJob(pipeline: Self.pipeline, options: ExtractionOptions())
        for destination in [path("empty.xlf"), nil] {
            let error = try #require(throws: DiagnosticError.self) {
                try job.run(Array(" \n\n ".utf8), name: "empty.txt", to: destination) { _ in
                    Issue.record("a failed extraction handed XLIFF over")
                }
            }
            #expect(error.diagnostic.code == "input.empty")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func theMemorysExactMatchesPrefillTargets() throws {
        defer { folder.remove() }
        try TranslationMemory.open(path: path("tm.sqlite")).store([
            TranslationPair(
                source: "Satu.", target: "One.", sourceLanguage: "id", targetLanguage: "en", document: "a.txt",
                segmentID: "b2-s1", origin: "Alih", created: Date(timeIntervalSince1970: 1_700_000_000))
        ])
        let job = ExtractionJob(pipeline: Self.pipeline, options: ExtractionOptions(), memoryPath: path("tm.sqlite"))
        var xliff = ""
        _ = try job.run(Self.article, name: "a.txt", to: nil) { xliff = $0 }
        #expect(xliff.contains("<target>One.</target>"))
        #expect(!xliff.contains("<target>Dua."))
    }

    @Test(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
    func theGlossaryEntriesFoundGoToTheTBXFile() throws {
        defer { folder.remove() }
        let glossary = try GlossaryFile.read(
            path: TestPaths.repo("Tests/AlihTests/Fixtures/berita-glossary.tsv").path
        ).glossary
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let job = ExtractionJob(pipeline: pipeline, options: ExtractionOptions(), tbxPath: path("found.tbx"))
        _ = try job.run(Array("Juru bicara itu datang.\n".utf8), name: "a.txt", to: path("a.xlf"))
        let tbx = try String(contentsOfFile: path("found.tbx"), encoding: .utf8)
        #expect(tbx.contains("juru bicara"))
        #expect(tbx.contains("spokesperson"))
    }

    @Test(arguments: [
        ("a/berita.txt", nil, "a/berita.xlf"), ("a/berita.txt", "out.xlf", "out.xlf"), ("a/berita.txt", "-", "-"),
        ("-", nil, "-"), ("-", "out.xlf", "out.xlf"),
    ])
    func theDestinationIsTheOutputGivenOrTheDefault(input: String, output: String?, expected: String) {
        #expect(ExtractionJob.destination(input: input, output: output) == expected)
    }

    @Test func aRunFromAnInputReportsWhereTheXLIFFWent() throws {
        defer { folder.remove() }
        let job = ExtractionJob(pipeline: Self.pipeline, options: ExtractionOptions())
        let expected = try Self.pipeline.extract(Self.article, name: "a.txt", options: ExtractionOptions())
        var printed: [String] = []
        let toFile = try #require(
            try job.run(Self.article, input: path("a.txt"), output: nil) { printed.append($0) })
        #expect(printed.isEmpty)
        #expect(toFile.destination == path("a.xlf"))
        #expect(try String(contentsOfFile: path("a.xlf"), encoding: .utf8) == expected.xliff)
        #expect(toFile.summary == toFile.report.summary + "\n  wrote \(path("a.xlf"))")
        // The JSON is the report's: where the XLIFF went is not part of it.
        #expect(
            try toFile.rendered(as: .json)
                == String(decoding: try ReportEncoder.make().encode(toFile.report), as: UTF8.self))

        let fromStandardInput = try #require(try job.run(Self.article, input: "-", output: nil) { printed.append($0) })
        let fromStdin = try Self.pipeline.extract(Self.article, name: "stdin", options: ExtractionOptions())
        #expect(printed == [fromStdin.xliff])
        #expect(fromStandardInput.destination == "-")
        #expect(fromStandardInput.report.source == "stdin")
        #expect(fromStandardInput.summary == fromStandardInput.report.summary)
    }

    @Test(arguments: [("a/berita.txt", "a/berita.xlf"), ("berita", "berita.xlf"), (".txt", ".txt.xlf")])
    func theDefaultOutputIsTheInputWithTheXLIFFExtension(input: String, expected: String) {
        #expect(ExtractionJob.defaultOutput(for: input) == expected)
    }
}
