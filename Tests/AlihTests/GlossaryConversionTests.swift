import Alih
import AlihTestSupport
import Foundation
import Testing

/// `GlossaryConversion`, the library entry point of `alih glossary convert`: written only
/// without errors, the findings handed over first.
@Suite struct GlossaryConversionTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("gconvert") }

    func path(_ name: String) -> String { folder.path(name) }

    @Test func aGoodGlossaryIsWrittenInTheOutputsFormat() throws {
        defer { folder.remove() }
        try "source,target\njuru bicara,spokesperson\n".write(toFile: path("g.csv"), atomically: true, encoding: .utf8)
        let conversion = try GlossaryConversion(path("g.csv"), to: path("g.tbx"), targetLanguage: "en-GB")
        #expect(conversion.written)
        #expect(conversion.format == .tbx)
        #expect(conversion.summary == "wrote \(path("g.tbx")) (TBX): \(conversion.review.summary)")
        let writtenReading = try GlossaryFile.read(path: path("g.tbx"))
        let written = writtenReading.glossary
        #expect(written.entries.map(\.source) == ["juru bicara"])
        #expect(written.targetLanguage == "en-GB")
    }

    @Test func aGlossaryWithErrorsIsNotWrittenAndItsFindingsComeFirst() throws {
        defer { folder.remove() }
        try "source,target\nsatu,\n".write(toFile: path("g.csv"), atomically: true, encoding: .utf8)
        var found: [String] = []
        let conversion = try GlossaryConversion(path("g.csv"), to: path("g.tsv")) { found.append($0.code) }
        #expect(!conversion.written)
        #expect(!found.isEmpty)
        #expect(found == conversion.review.diagnostics.map(\.code))
        #expect(
            conversion.summary.hasSuffix("not written: fix the errors first (alih glossary check \(path("g.csv")))"))
        #expect(!FileManager.default.fileExists(atPath: path("g.tsv")))
    }

    @Test func anOutputOfUnknownFormatIsTheFilesFault() throws {
        defer { folder.remove() }
        let failure = try #require(throws: GlossaryReview.Failure.self) {
            try GlossaryConversion(path("none.csv"), to: path("g.docx"))
        }
        guard case .file(let error) = failure else {
            Issue.record("\(failure)")
            return
        }
        #expect(error.diagnostic.code == "glossary.format")
    }
}
