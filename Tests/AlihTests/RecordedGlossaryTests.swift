import Alih
import AlihCore
import AlihStages
import AlihTestSupport
import Foundation
import Testing

/// The glossary a file was extracted with, recorded in it, is what the QA of the translated
/// file checks terminology against when it is given none.
@Suite(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
struct RecordedGlossaryTests {
    static let article = "Juru bicara itu datang ke perbatasan.\n"
    static let wrong = "The speaker came to the border."

    /// A scratch folder holding a copy of the test glossary, and the article extracted with it
    /// (the glossary given by its absolute path), read back with every target `wrong`.
    static func extracted() throws -> (folder: ScratchFolder, glossary: String, document: TranslatedDocument) {
        let folder = try ScratchFolder("recorded-glossary")
        let glossary = folder.path("berita-glossary.tsv")
        try FileManager.default.copyItem(atPath: TranslationCheckTests.glossary, toPath: glossary)
        let extraction = try PipelineCatalog().compile(nil, glossaryPath: glossary).extract(
            Array(article.utf8), name: "a.txt", options: ExtractionOptions())
        var document = try XLIFFReader().read(Array(extraction.xliff.utf8), path: folder.path("a.xlf"))
        for u in document.units.indices {
            for p in document.units[u].pieces.indices {
                if case .segment(var segment) = document.units[u].pieces[p] {
                    segment.target = wrong
                    document.units[u].pieces[p] = .segment(segment)
                }
            }
        }
        return (folder, glossary, document)
    }

    /// The QA's findings and notes for `document` named `file`.
    static func check(_ document: TranslatedDocument, file: String, _ check: TranslationCheck = TranslationCheck())
        throws -> (terminology: Int, notes: [String])
    {
        var notes: [String] = []
        let report = try check.report(document, file: file) { notes.append($0.code) }
        return (report.findings.count { $0.check == "terminology" }, notes)
    }

    @Test func extractionRecordsTheGlossaryByNameAndChecksum() throws {
        let (folder, glossary, document) = try Self.extracted()
        defer { folder.remove() }
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: glossary)))
        #expect(document.record["glossary"] == "berita-glossary.tsv")
        #expect(document.record["glossary-checksum"] == SHA256.checksum(bytes: bytes))
        // An absolute path is not recorded (the file goes to translators); a relative one is.
        #expect(document.record["glossary-path"] == nil)
        var record = ExtractionRecord(
            toolVersion: "0", pipelineName: "p", pipelineVersion: 1, pipelineChecksum: "c", sourceChecksum: "s",
            sourceEncoding: .utf8, sourceHadByteOrderMark: false, sourceLanguage: "id", targetLanguage: "en",
            droppedBoilerplate: false)
        record.glossary = GlossaryOrigin(path: "Glossaries/id-en-news.tsv", checksum: "sha256:00")
        let fields = Dictionary(uniqueKeysWithValues: record.fields.map { ($0.key, $0.value) })
        #expect(fields["glossary"] == "id-en-news.tsv")
        #expect(fields["glossary-path"] == "Glossaries/id-en-news.tsv")
        #expect(fields["glossary-checksum"] == "sha256:00")
    }

    @Test func withoutAGlossaryTheQAUsesTheRecordedOneBesideTheFile() throws {
        let (folder, _, document) = try Self.extracted()
        defer { folder.remove() }
        let found = try Self.check(document, file: folder.path("a.xlf"))
        #expect(found.terminology > 0)
        #expect(found.notes == ["glossary.recorded"])
        // The same findings as with the glossary given.
        let given = try Self.check(
            document, file: folder.path("a.xlf"), TranslationCheck(glossaryPath: TranslationCheckTests.glossary))
        #expect(given.terminology == found.terminology)
        #expect(given.notes.isEmpty)
    }

    @Test func aGlossaryEditedSinceIsNotUsedUnlessGiven() throws {
        let (folder, glossary, document) = try Self.extracted()
        defer { folder.remove() }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: glossary))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("tepi\tbank\n".utf8))
        try handle.close()
        let changed = try Self.check(document, file: folder.path("a.xlf"))
        #expect(changed.terminology == 0)
        #expect(changed.notes == ["glossary.recorded-changed"])
        let given = try Self.check(document, file: folder.path("a.xlf"), TranslationCheck(glossaryPath: glossary))
        #expect(given.terminology > 0)
    }

    @Test func aMissingGlossaryIsAWarningAndTheOtherChecksRun() throws {
        let (folder, glossary, document) = try Self.extracted()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: glossary)
        var notes: [Diagnostic] = []
        let report = try TranslationCheck().report(document, file: folder.path("a.xlf")) { notes.append($0) }
        #expect(notes.map(\.code) == ["glossary.recorded-missing"])
        #expect(notes.first?.message.contains("berita-glossary.tsv") == true)
        // Given by its absolute path, the glossary was looked for beside the file only: the
        // warning says why (it said "which is not at berita-glossary.tsv").
        #expect(
            notes.first?.message.hasSuffix(
                "which is not beside it (\(folder.path("berita-glossary.tsv"))), and no path to it was recorded (extract does not write an absolute -g path into the file)"
            ) == true)
        #expect(!report.findings.contains { $0.check == "terminology" })
        #expect(report.segments > 0)
    }

    @Test func theRecordedPathIsTheSecondPlaceLookedAt() throws {
        let (folder, glossary, original) = try Self.extracted()
        defer { folder.remove() }
        // The XLIFF file moved elsewhere; the record names where the glossary was given.
        var document = original
        document.record["glossary-path"] = glossary
        let elsewhere = try ScratchFolder("recorded-glossary-elsewhere")
        defer { elsewhere.remove() }
        let found = try Self.check(document, file: elsewhere.path("a.xlf"))
        #expect(found.terminology > 0)
        #expect(found.notes == ["glossary.recorded"])
    }

    /// A file that came through a pipe has no folder to look in (`/dev/fd` is none of the
    /// user's): only a recorded path is looked at, and the warning says so.
    @Test func besideAPipeNothingIsLookedFor() throws {
        let (folder, _, document) = try Self.extracted()
        defer { folder.remove() }
        var notes: [Diagnostic] = []
        _ = try TranslationCheck().report(document, file: "/dev/stdin") { notes.append($0) }
        #expect(notes.map(\.code) == ["glossary.recorded-missing"])
        #expect(
            notes.first?.message.hasSuffix(
                "which is not looked for beside a file that came through a pipe, and no path to it was recorded")
                == true)
    }

    /// The record comes back from translators: a device or a pipe it names is not read.
    @Test func aRecordedPathThatIsNoRegularFileIsNotRead() throws {
        let (folder, glossary, original) = try Self.extracted()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: glossary)
        var document = original
        document.record["glossary-path"] = "/dev/zero"
        #expect(try Self.check(document, file: folder.path("a.xlf")).notes == ["glossary.recorded-missing"])
    }

    @Test func nothingIsLookedForWhenTerminologyIsOffOrTheFileHadNoGlossary() throws {
        let (folder, glossary, document) = try Self.extracted()
        defer { folder.remove() }
        try FileManager.default.removeItem(atPath: glossary)
        let off = try Self.check(document, file: folder.path("a.xlf"), TranslationCheck(disabled: ["terminology"]))
        #expect(off.notes.isEmpty)
        var plain = document
        for field in ["glossary", "glossary-checksum", "glossary-path"] { plain.record[field] = nil }
        #expect(try Self.check(plain, file: folder.path("a.xlf")).notes.isEmpty)
    }
}
