import Alih
import AlihTestSupport
import Foundation
import Testing

/// The shipped example article, extracted, compared byte for byte with the golden files.
///
/// After an intended change of output, re-record with `ALIH_RECORD_GOLDEN=1 swift test
/// --filter GoldenXLIFFTests` and review the diff; a recording run fails, so it is never green.
@Suite struct GoldenXLIFFTests {
    static let example = "Examples/berita-contoh.txt"
    static let recording = ProcessInfo.processInfo.environment["ALIH_RECORD_GOLDEN"] == "1"

    struct Case: Sendable, CustomTestStringConvertible {
        var golden: String
        var options: ExtractionOptions
        var testDescription: String { golden }
    }

    static let cases = [
        Case(golden: "berita-contoh.xlf", options: ExtractionOptions()),
        Case(
            golden: "berita-contoh.xliff12.xlf", options: ExtractionOptions(xliffVersion: .v1_2, prefillTargets: true)),
        Case(golden: "berita-contoh.dropped.xlf", options: ExtractionOptions(dropBoilerplate: true)),
    ]

    static func extract(_ options: ExtractionOptions) throws -> Extraction {
        let bytes = try Array(Data(contentsOf: TestPaths.repo(example)))
        return try ArticlePipeline(definition: .newsArticle).extract(bytes, name: example, options: options)
    }

    static func goldenURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }

    /// Writes `text` as the golden file at `url` and fails the test, so that a run with
    /// `ALIH_RECORD_GOLDEN=1` (in CI, say) can never pass.
    static func record(_ text: String, to url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record(
            "recorded \(url.lastPathComponent); unset ALIH_RECORD_GOLDEN and review the diff",
            sourceLocation: sourceLocation)
    }

    @Test(arguments: cases)
    func extractionMatchesGolden(_ testCase: Case) throws {
        let xliff = try Self.extract(testCase.options).xliff
        let url = Self.goldenURL(testCase.golden)
        if Self.recording {
            try Self.record(xliff, to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(xliff == golden, "re-record with ALIH_RECORD_GOLDEN=1 if the change is intended")
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"), arguments: cases)
    func goldenFilesValidateAgainstTheOfficialSchemas(_ testCase: Case) throws {
        let xml = try String(contentsOf: Self.goldenURL(testCase.golden), encoding: .utf8)
        let schema: SchemaValidator.Schema = testCase.options.xliffVersion == .v1_2 ? .xliff12Strict : .xliff21
        let result = try #require(try SchemaValidator.validate(xml, against: schema))
        #expect(result.valid, "\(result.output)")
    }

    @Test func xliffGivesBackTheNormalizedArticle() throws {
        let extraction = try Self.extract(ExtractionOptions())
        #expect(XLIFFLayoutReader.text21(extraction.xliff) == extraction.document.text)
        let twelve = try Self.extract(ExtractionOptions(xliffVersion: .v1_2))
        #expect(XLIFFLayoutReader.text12(twelve.xliff) == twelve.document.text)
    }

    @Test func exampleExercisesTheHardCases() throws {
        let report = try Self.extract(ExtractionOptions()).report
        #expect(
            Set(report.boilerplate.map(\.rule)) == [
                "loading", "truncated-teaser", "photo-credit", "font-size-widget", "scroll-prompt", "author-initials",
                "read-also", "promo", "related-articles", "copyright",
            ])
        #expect(report.boilerplate.map(\.line) == [4, 5, 6, 7, 20, 38, 40, 42, 44, 54, 58])
        #expect(report.normalization.count(of: .emDash) == 2)
        #expect(report.segments == 37)
    }
}
