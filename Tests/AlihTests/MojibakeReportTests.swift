import Alih
import AlihCore
import Foundation
import Testing

/// Mojibake in an article: reported with line and column (extract's summary and JSON, coverage),
/// never changed unless the pipeline or `--repair-mojibake` says so.
@Suite struct MojibakeReportTests {
    static let article = "Judul Berita\n\nWarga menyebut kata Ø¹Ù…Ù„ dalam bahasa Arab.\n\nSuhu 25Â°C.\n"

    static func pipeline(repair: Bool) throws -> ArticlePipeline {
        var definition = PipelineDefinition.newsArticle
        definition.normalization.repairMojibake = repair
        return try ArticlePipeline(definition: definition)
    }

    @Test(arguments: [false, true])
    func mojibakeIsReportedNotChanged(utf16: Bool) throws {
        let bytes =
            utf16
            ? [0xFF, 0xFE] + Self.article.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            : Array(Self.article.utf8)
        let extraction = try Self.pipeline(repair: false).extract(bytes, name: "a.txt", options: ExtractionOptions())
        #expect(extraction.document.text.contains("Ø¹Ù…Ù„"))
        let mojibake = try #require(extraction.document.normalization.mojibake)
        #expect(mojibake.count == 2)
        #expect(mojibake.firstPositions == [TextPosition(line: 3, column: 21), TextPosition(line: 5, column: 8)])
        #expect(mojibake.example == "Ø¹Ù…Ù„")
        #expect(mojibake.repairedExample == "عمل")
        let warning = try #require(extraction.report.diagnostics.first { $0.code == "input.mojibake" })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 3)
        #expect(extraction.report.summary.contains("a.txt:3:21: warning: 2 stretches of text look like UTF-8"))
        #expect(extraction.document.normalization.count(of: .mojibake) == 0)
    }

    @Test func theRepairIsARecordedChange() throws {
        let extraction = try Self.pipeline(repair: true).extract(
            Array(Self.article.utf8), name: "a.txt", options: ExtractionOptions())
        #expect(
            extraction.document.text == "Judul Berita\n\nWarga menyebut kata عمل dalam bahasa Arab.\n\nSuhu 25°C.\n")
        #expect(extraction.document.normalization.mojibake == nil)
        #expect(extraction.document.normalization.count(of: .mojibake) == 2)
        #expect(extraction.report.summary.contains("mojibake 2 (first at 3:21)"))
        #expect(!extraction.report.diagnostics.contains { $0.code == "input.mojibake" })
    }

    @Test func aPipelineFileSwitchesTheRepairOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-moji-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("p.yaml")
        try "name: repairing\nversion: 1\nnormalize:\n  repair-mojibake: true\n".write(
            to: file, atomically: true, encoding: .utf8)
        let pipeline = try PipelineCatalog().compile(file.path)
        let extraction = try pipeline.extract(Array(Self.article.utf8), name: "a.txt", options: ExtractionOptions())
        #expect(extraction.document.text.contains("عمل"))
        let flagged = try PipelineCatalog().compile(nil, repairMojibake: true)
        #expect(
            try flagged.extract(Array(Self.article.utf8), name: "a.txt", options: ExtractionOptions()).document.text
                .contains("25°C"))
    }
}
