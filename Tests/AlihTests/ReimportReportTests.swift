import Alih
import Testing

/// The summary and JSON report of a reimport.
@Suite struct ReimportReportTests {
    @Test func theSummarySaysWhereTheArticleWentOrThatItWasNot() throws {
        let good = try ReimportEntryPointTests.document("Satu. Dua.\n") { ReimportEntryPointTests.english[$0] }
        let (written, _) = try ReimportEntryPointTests.run(Reimport(boilerplate: .keep), good)
        #expect(
            written.summary(destination: "a.en.txt")
                == "a.xlf: 1 units, 2 segments, 2 translated, 0 missing, 0 boilerplate units kept; 0 errors\n"
                + "  QA: 2 segments checked: 0 errors, 0 warnings\n  wrote a.en.txt")
        #expect(!written.summary(destination: "-").contains("wrote"))
        #expect(written.report(destination: "a.en.txt").written == "a.en.txt")
        #expect(written.report(destination: "a.en.txt").boilerplate == "keep")

        let missing = try ReimportEntryPointTests.document("Satu. Dua.\n") { _ in nil }
        let (refused, _) = try ReimportEntryPointTests.run(Reimport(), missing)
        #expect(
            refused.summary(destination: "a.en.txt").hasSuffix(
                "\n  not written: fix the errors above (or see --force, --keep-source-for-missing)"))
        #expect(refused.summary(destination: "a.en.txt").contains("boilerplate units dropped; 2 errors"))
        #expect(refused.report(destination: "a.en.txt").written == nil)
        #expect(refused.report(destination: "a.en.txt").diagnostics.count == 2)
    }
}
