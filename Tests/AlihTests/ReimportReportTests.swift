import Alih
import Testing

/// The summary and JSON report of a reimport: counts, then one verdict line that says whether
/// the article was written and why not.
@Suite struct ReimportReportTests {
    @Test func theSummarySaysWhereTheArticleWentOrThatItWasNot() throws {
        let good = try ReimportEntryPointTests.document("Satu. Dua.\n") { ReimportEntryPointTests.english[$0] }
        let (written, _) = try ReimportEntryPointTests.run(Reimport(boilerplate: .keep), good)
        #expect(
            written.summary(destination: "a.en.txt")
                == "a.xlf: 1 unit, 2 segments: 2 translated, 0 still in Indonesian, 0 missing; 0 boilerplate units kept\n"
                + "  QA: 2 segments checked: 0 errors, 0 warnings\n  wrote a.en.txt")
        #expect(!written.summary(destination: "-").contains("wrote"))
        #expect(written.report(destination: "a.en.txt").written == "a.en.txt")
        #expect(written.report(destination: "a.en.txt").boilerplate == "keep")
        #expect(written.report(destination: "a.en.txt").verdict == "wrote a.en.txt")

        let missing = try ReimportEntryPointTests.document("Satu. Dua.\n") { _ in nil }
        let (refused, _) = try ReimportEntryPointTests.run(Reimport(), missing)
        #expect(
            refused.summary(destination: "a.en.txt").hasSuffix(
                "\n  not written: 2 segments without a translation (see above); translate them, or "
                    + "--keep-source-for-missing to keep the Indonesian"))
        #expect(refused.report(destination: "a.en.txt").written == nil)
        #expect(refused.report(destination: "a.en.txt").diagnostics.count == 2)
    }

    /// A target left as the copy of its source is counted and named as still Indonesian, and
    /// the verdict says so (the QA's findings do not contradict it).
    @Test func copiedTargetsAreStillIndonesianInTheVerdict() throws {
        let copied = try ReimportEntryPointTests.document("Satu. Dua.\n") { $0 == "Satu." ? "One." : $0 }
        let (refused, written) = try ReimportEntryPointTests.run(Reimport(), copied)
        #expect(written.isEmpty)
        #expect(refused.merge.untranslated == 1)
        #expect(refused.summary.contains("1 translated, 1 still in Indonesian, 0 missing"))
        #expect(
            refused.summary.hasSuffix(
                "not written: 1 segment still in Indonesian (see above); translate them, or --keep-source-for-missing to keep the Indonesian"
            ))
        let (forced, _) = try ReimportEntryPointTests.run(Reimport(force: true), copied)
        #expect(forced.refusal == .missingTranslations)
        #expect(
            forced.summary.hasSuffix(
                "not written: 1 segment still in Indonesian, which --force does not write over; translate them, or add --keep-source-for-missing to keep the Indonesian"
            ))
        let (kept, keptWritten) = try ReimportEntryPointTests.run(Reimport(keepSourceForMissing: true), copied)
        #expect(keptWritten == ["One. Dua.\n"])
        #expect(
            kept.summary(destination: "a.en.txt").hasSuffix(
                "wrote a.en.txt; 1 segment still in Indonesian kept in Indonesian (--keep-source-for-missing)"))
    }

    @Test func qaErrorsThatDoNotStopTheWriteAreNamedInTheVerdict() throws {
        let wrongNumber = try ReimportEntryPointTests.document("Ada 3.000 warga.\n") { _ in "There are 4,000 citizens."
        }
        let (written, _) = try ReimportEntryPointTests.run(Reimport(), wrongNumber)
        #expect(written.refusal == nil)
        #expect(written.qa.errors == 1)
        #expect(
            written.summary(destination: "a.en.txt").hasSuffix(
                "wrote a.en.txt; QA found 1 error to review (--strict stops the write on them)"))
        let (strict, _) = try ReimportEntryPointTests.run(Reimport(strict: true), wrongNumber)
        #expect(strict.summary.hasSuffix("not written: QA found 1 error and --strict is set"))
    }
}
