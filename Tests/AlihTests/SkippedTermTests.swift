import Alih
import AlihStages
import Testing

/// `--skip-term`: a glossary entry silenced for one article, at extraction and in its QA.
@Suite(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
struct SkippedTermTests {
    static let article = "Juru bicara itu datang ke perbatasan.\n"

    static func pipeline(skipping terms: [String] = []) throws -> ArticlePipeline {
        try PipelineCatalog().compile(nil, glossaryPath: TranslationCheckTests.glossary, skippedTerms: terms)
    }

    /// The article extracted with `terms` skipped, read back with every target `target`.
    static func translated(skipping terms: [String], target: String) throws -> TranslatedDocument {
        let extraction = try pipeline(skipping: terms).extract(
            Array(article.utf8), name: "a.txt", options: ExtractionOptions())
        var document = try XLIFFReader().read(Array(extraction.xliff.utf8), path: "a.xlf")
        for u in document.units.indices {
            for p in document.units[u].pieces.indices {
                if case .segment(var segment) = document.units[u].pieces[p] {
                    segment.target = target
                    document.units[u].pieces[p] = .segment(segment)
                }
            }
        }
        return document
    }

    @Test func aSkippedEntryIsNotMarkedAndIsRecorded() throws {
        let extraction = try Self.pipeline(skipping: ["Juru Bicara"]).extract(
            Array(Self.article.utf8), name: "a.txt", options: ExtractionOptions())
        #expect(!extraction.xliff.contains("spokesperson"))
        #expect(extraction.xliff.contains("border"))
        #expect(extraction.xliff.contains(#"<mda:meta type="skipped-terms">juru bicara</mda:meta>"#))
        let full = try Self.pipeline().extract(Array(Self.article.utf8), name: "a.txt", options: ExtractionOptions())
        #expect(full.xliff.contains("spokesperson"))
        #expect(!full.xliff.contains("skipped-terms"))
    }

    @Test func theQALeavesOutWhatTheFileSkipped() throws {
        let check = TranslationCheck(glossaryPath: TranslationCheckTests.glossary)
        let wrong = "The speaker came to the border."
        let plain = try check.report(try Self.translated(skipping: [], target: wrong), file: "a.xlf")
        #expect(plain.findings.contains { $0.check == "terminology" })
        let skipped = try check.report(try Self.translated(skipping: ["juru bicara"], target: wrong), file: "a.xlf")
        #expect(!skipped.findings.contains { $0.check == "terminology" })
        // Given to the check itself, for a file extracted without it.
        var byHand = check
        byHand.skippedTerms = ["juru bicara"]
        let late = try byHand.report(try Self.translated(skipping: [], target: wrong), file: "a.xlf")
        #expect(!late.findings.contains { $0.check == "terminology" })
    }

    @Test func aTermTheGlossaryDoesNotHaveIsAnError() throws {
        #expect(throws: DiagnosticError.self) { try Self.pipeline(skipping: ["juru bicaraa"]) }
        #expect(throws: DiagnosticError.self) { try Self.pipeline(skipping: ["a|b"]) }
        #expect(throws: DiagnosticError.self) { try ArticlePipeline(definition: .newsArticle, skippedTerms: ["bank"]) }
        var check = TranslationCheck(glossaryPath: TranslationCheckTests.glossary)
        check.skippedTerms = ["tepi"]
        #expect(throws: DiagnosticError.self) {
            try check.report(try Self.translated(skipping: [], target: "x"), file: "a.xlf")
        }
    }

    /// A file that skipped an entry the glossary no longer has: a warning, the check goes on.
    @Test func aRecordedTermTheGlossaryLostIsAWarning() throws {
        var document = try Self.translated(skipping: [], target: "The spokesperson came to the border.")
        document.record["skipped-terms"] = "sungai"
        var warnings: [Diagnostic] = []
        _ = try TranslationCheck(glossaryPath: TranslationCheckTests.glossary).report(document, file: "a.xlf") {
            warnings.append($0)
        }
        #expect(warnings.map(\.code) == ["glossary.skip"])
    }
}
