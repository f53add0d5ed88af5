import Alih
import Foundation
import Testing

/// `GlossaryReview`, the library entry point of `alih glossary check` and `convert`: what it
/// finds, and whose fault a failure is.
@Suite struct GlossaryReviewTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-greview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ content: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try content.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aGoodGlossaryIsSummarisedAndConvertsWithTheLanguagesGiven() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = try GlossaryReview(path: try file("g.csv", "source,target\njuru bicara,spokesperson\n"))
        #expect(review.summary.errors == 0)
        #expect(review.summary.entries == 1)
        let output = folder.appendingPathComponent("g.tsv").path
        try review.write(to: output, format: .tsv, targetLanguage: "en-GB")
        let writtenReading = try GlossaryFile.read(path: output)
        let written = writtenReading.glossary
        #expect(written.entries.map(\.source) == ["juru bicara"])
        #expect(written.targetLanguage == "en-GB")
    }

    @Test func aMissingFileIsTheFilesFaultAndABrokenOneTheContents() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try #require(throws: GlossaryReview.Failure.self) {
            try GlossaryReview(path: folder.appendingPathComponent("none.csv").path)
        }
        guard case .file(let error) = missing else {
            Issue.record("\(missing)")
            return
        }
        #expect(error.diagnostic.code == "glossary.not-found")
        let broken = try #require(throws: GlossaryReview.Failure.self) {
            try GlossaryReview(path: try file("b.csv", ""))
        }
        guard case .content(let error) = broken else {
            Issue.record("\(broken)")
            return
        }
        #expect(error.diagnostic.code == "glossary.header")
    }

    @Test func aWriteThatFailsIsTheFilesFault() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = try GlossaryReview(path: try file("g.csv", "source,target\nsatu,one\n"))
        let failure = try #require(throws: GlossaryReview.Failure.self) {
            try review.write(to: folder.appendingPathComponent("no/such/folder/g.tbx").path, format: .tbx)
        }
        guard case .file(let error) = failure else {
            Issue.record("\(failure)")
            return
        }
        #expect(error.diagnostic.code == "output.write")
    }
}
