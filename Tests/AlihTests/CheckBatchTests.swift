import Alih
import AlihCore
import AlihStages
import AlihTestSupport
import Foundation
import Testing

/// `CheckBatch`, the library entry point of `alih check` given several files or a folder: each
/// report as `alih check` gives it for one file, then the totals.
@Suite struct CheckBatchTests {
    let folder: ScratchFolder
    let files: [String]

    /// Two files: one translated well, one with a number changed; and one that is no XLIFF.
    init() throws {
        folder = try ScratchFolder("check-batch")
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        let xliff = try pipeline.extract(
            Array("Ada 3.000 warga.\n".utf8), name: "a.txt", options: ExtractionOptions(prefillTargets: true)
        ).xliff
        for (name, target) in [("a.xlf", "There are 3,000 citizens."), ("b.xlf", "There are 300 citizens.")] {
            try xliff.replacingOccurrences(of: "<target>Ada 3.000 warga.</target>", with: "<target>\(target)</target>")
                .write(toFile: folder.path(name), atomically: true, encoding: .utf8)
        }
        try Data("<xliff".utf8).write(to: URL(fileURLWithPath: folder.path("c.xlf")))
        files = try TranslatedFiles.files(in: [folder.url.path])
    }

    func run(_ format: QAReport.Format) throws -> (output: String, totals: CheckBatch.Totals, failures: [String]) {
        var output: [UInt8] = []
        var failures: [String] = []
        let totals = try CheckBatch(check: TranslationCheck()).run(
            files, format: format, emit: { output += $0 }, failure: { failures.append($0.diagnostic.code) })
        return (String(decoding: output, as: UTF8.self), totals, failures)
    }

    /// Text: each file's report as for one file, a blank line between, then the totals.
    @Test func textIsEachReportThenTheTotals() throws {
        defer { folder.remove() }
        let (output, totals, failures) = try run(.text)
        var alone: [String] = []
        for file in files.prefix(2) {
            var bytes: [UInt8] = []
            try TranslationCheck().report(path: file).render(as: .text) { bytes += $0 }
            alone.append(String(decoding: bytes, as: UTF8.self))
        }
        #expect(
            output
                == alone.joined(separator: "\n")
                + "\n2 files checked (1 with errors), 1 could not be read: 2 segments, 1 error, 0 warnings\n")
        #expect(failures == ["xliff.not-xliff"])
        #expect(totals.failed)
        #expect((totals.checked, totals.unreadable, totals.errors, totals.filesWithErrors) == (2, 1, 1, 1))
    }

    /// JSON: an array of what `alih check -f json` writes for each file.
    @Test func jsonIsAnArrayOfTheReports() throws {
        defer { folder.remove() }
        let (output, _, _) = try run(.json)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["file"] as? String } == files.prefix(2).map { $0 })
        #expect(reports.map { $0["errors"] as? Int } == [0, 1])
        var alone: [UInt8] = []
        try TranslationCheck().report(path: files[1]).render(as: .json) { alone += $0 }
        let single = try #require(try JSONSerialization.jsonObject(with: Data(alone)) as? [String: Any])
        #expect(NSDictionary(dictionary: single).isEqual(to: reports[1]))
    }
}

/// With a glossary, a batch compiles it once for the files that share it, and checks each file
/// as it would be checked alone.
@Suite(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
struct CheckBatchGlossaryTests {
    @Test func theGlossaryIsCompiledOnceAndEachFileCheckedAsAlone() throws {
        let folder = try ScratchFolder("check-batch-glossary")
        defer { folder.remove() }
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        let xliff = try pipeline.extract(
            Array("Juru bicara itu datang ke perbatasan.\n".utf8), name: "a.txt",
            options: ExtractionOptions(prefillTargets: true)
        ).xliff.replacingOccurrences(
            of: "<target>Juru bicara itu datang ke perbatasan.</target>",
            with: "<target>The speaker came to the border.</target>")
        for name in ["a.xlf", "b.xlf", "c.xlf"] {
            try xliff.write(toFile: folder.path(name), atomically: true, encoding: .utf8)
        }
        let files = try TranslatedFiles.files(in: [folder.url.path])
        let check = TranslationCheck(glossaryPath: TranslationCheckTests.glossary)
        let batch = CheckBatch(check: check)
        var output: [UInt8] = []
        let totals = try batch.run(files, format: .json, emit: { output += $0 })
        #expect(batch.check.matchers?.count == 1)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(output)) as? [[String: Any]])
        #expect(reports.count == 3)
        for (file, report) in zip(files, reports) {
            var alone: [UInt8] = []
            try check.report(path: file).render(as: .json) { alone += $0 }
            let single = try #require(try JSONSerialization.jsonObject(with: Data(alone)) as? [String: Any])
            #expect(NSDictionary(dictionary: single).isEqual(to: report))
        }
        #expect(totals.warnings + totals.errors >= 3)
    }
}
