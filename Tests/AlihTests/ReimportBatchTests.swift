import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// `ReimportBatch`, the library entry point of `alih reimport` given several files or a folder:
/// which files it takes, and that each is reimported as it would be alone.
@Suite struct ReimportBatchTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)
    static let english = ["Satu.": "One.", "Dua.": "Two.", "Ada 3.000 warga.": "There are 3,000 citizens."]

    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("reimport-batch") }

    /// Writes the XLIFF of `text` (targets prefilled) to `name` in the folder, each target
    /// replaced by its English when `translated`.
    func xliff(_ name: String, translated: Bool, text: String = "Satu. Dua.\n\nAda 3.000 warga.\n") throws {
        let extraction = try Self.pipeline.extract(
            Array(text.utf8), name: "a.txt", options: ExtractionOptions(prefillTargets: true))
        var xliff = extraction.xliff
        if translated {
            for (source, target) in Self.english {
                xliff = xliff.replacingOccurrences(of: "<target>\(source)</target>", with: "<target>\(target)</target>")
            }
        }
        let url = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try xliff.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Each file as alone: the translated one written beside it, the untranslated one refused,
    /// the broken one reported; the others go on, and the totals count them.
    @Test func eachFileIsReimportedAndTheTotalsCountThem() throws {
        defer { folder.remove() }
        try xliff("done/a.xlf", translated: true)
        try xliff("todo/b.xlf", translated: false)
        try Data("<xliff".utf8).write(to: URL(fileURLWithPath: folder.path("todo/c.xlf")))
        let files = try TranslatedFiles.files(in: [folder.url.path])
        var finished: [String] = []
        var notices: [String] = []
        let batch = ReimportBatch(reimport: Reimport(memoryPath: folder.path("tm.sqlite")))
        let summary = batch.run(files) {
            notices.append($0.description)
        } finished: {
            switch $0 {
            case .success(let outcome): finished.append(outcome.file)
            case .failure(let error): finished.append(error.diagnostic.location?.file ?? "")
            }
        }
        #expect(finished == files)
        // The untranslated file's segments, as the merge finds them.
        #expect(notices.count { $0.contains("[reimport.untranslated]") } == 3)
        #expect(
            try String(contentsOfFile: folder.path("done/a.en.txt"), encoding: .utf8)
                == "One. Two.\n\nThere are 3,000 citizens.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("todo/b.en.txt")))
        #expect(
            (summary.files, summary.written, summary.notWritten, summary.notReimported, summary.failed) == (
                3, 1, 1, 1, 2
            ))
        #expect((summary.segments, summary.translated, summary.leftInIndonesian) == (6, 3, 3))
        #expect(summary.pairsAdded == 3)
        #expect(summary.reports.map(\.file) == [folder.path("done/a.xlf"), folder.path("todo/b.xlf")])
        #expect(summary.errors.map(\.code) == ["xliff.not-xliff"])
        #expect(
            summary.summary
                == "3 files: 1 written, 1 not written, 1 could not be reimported; 6 segments, 3 translated, 3 left in Indonesian; QA 1 error, 3 warnings; 3 pairs added to the memory"
        )
    }

    /// `berita.xlf` and `berita.en.xlf` both write `berita.en.txt`: the second is refused, not
    /// written over the first (the file as sent out would have replaced the translation).
    @Test func anArticleAnotherFileWroteIsNotWrittenOver() throws {
        defer { folder.remove() }
        try xliff("berita.en.xlf", translated: true)
        try xliff("berita.xlf", translated: false)
        let files = try TranslatedFiles.files(in: [folder.url.path])
        #expect(files == [folder.path("berita.en.xlf"), folder.path("berita.xlf")])
        let summary = ReimportBatch(reimport: Reimport(keepSourceForMissing: true)).run(files)
        #expect(
            try String(contentsOfFile: folder.path("berita.en.txt"), encoding: .utf8)
                == "One. Two.\n\nThere are 3,000 citizens.\n")
        #expect((summary.written, summary.notReimported, summary.failed) == (1, 1, 1))
        #expect(summary.errors.map(\.code) == ["output.collision"])
        #expect(summary.errors.first?.location?.file == folder.path("berita.xlf"))
    }

    /// A pipe's article would go to standard output with the others': refused in a batch.
    @Test func aPipeIsRefusedInABatch() throws {
        defer { folder.remove() }
        try xliff("a.xlf", translated: true)
        let summary = ReimportBatch(reimport: Reimport()).run([folder.path("a.xlf"), "/dev/stdin"])
        #expect((summary.written, summary.notReimported) == (1, 1))
        #expect(summary.errors.map(\.code) == ["reimport.stream-in-batch"])
    }
}
