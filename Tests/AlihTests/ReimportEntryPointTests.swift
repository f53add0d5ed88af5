import Alih
import AlihStages
import Foundation
import Testing

/// `Reimport`, the library entry point of `alih reimport`: what it writes, what it refuses and why.
@Suite struct ReimportEntryPointTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    /// `text` extracted (XLIFF 2.1, no targets) and read back, with `translate` giving each
    /// segment's target (nil leaves it empty).
    static func document(_ text: String, translate: (String) -> String?) throws -> TranslatedDocument {
        let extraction = try pipeline.extract(Array(text.utf8), name: "a.txt", options: ExtractionOptions())
        var document = try XLIFFReader().read(Array(extraction.xliff.utf8), path: "a.xlf")
        for u in document.units.indices {
            for p in document.units[u].pieces.indices {
                if case .segment(var segment) = document.units[u].pieces[p] {
                    segment.target = translate(segment.source)
                    document.units[u].pieces[p] = .segment(segment)
                }
            }
        }
        return document
    }

    /// Runs `reimport` on `document`, returning the outcome and what `write` was given.
    static func run(_ reimport: Reimport, _ document: TranslatedDocument) throws -> (Reimport.Outcome, [String]) {
        var written: [String] = []
        let outcome = try reimport.run(document, file: "a.xlf") { article, _ in written.append(article) }
        return (outcome, written)
    }

    /// `run`, with the notices the reimport gave on the way.
    static func noticed(_ reimport: Reimport, _ document: TranslatedDocument) throws -> (
        Reimport.Outcome, [String], [Reimport.Notice]
    ) {
        var written: [String] = []
        var notices: [Reimport.Notice] = []
        let outcome = try reimport.run(
            document, file: "a.xlf", notice: { notices.append($0) }, write: { article, _ in written.append(article) })
        return (outcome, written, notices)
    }

    static let english = ["Satu.": "One.", "Dua.": "Two.", "Ada 3.000 warga.": "There are 3,000 citizens."]

    @Test func aGoodFileIsWrittenOnce() throws {
        let document = try Self.document("Satu. Dua.\n\nAda 3.000 warga.\n") { Self.english[$0] }
        let (outcome, written) = try Self.run(Reimport(), document)
        #expect(outcome.refusal == nil)
        #expect(!outcome.failed)
        #expect(written == ["One. Two.\n\nThere are 3,000 citizens.\n"])
        #expect(outcome.article == written.first)
        #expect(outcome.targetLanguage == "en")
        #expect(outcome.qa.errors == 0)
        #expect(!outcome.qa.checks.contains("untranslated"))
        #expect(outcome.stored == nil)
    }

    /// The target language names the article written: a file that came back with one that is
    /// no language tag (`en/../x` names another folder) is refused, even with --force.
    @Test(arguments: ["en/../../x", "en us", "e", "../en", "en-\u{0}"])
    func aLanguageThatIsNoTagIsRefused(language: String) throws {
        var document = try Self.document("Satu. Dua.\n") { Self.english[$0] }
        document.targetLanguage = language
        document.record["target-language"] = language
        #expect {
            try Self.run(Reimport(force: true), document)
        } throws: { ($0 as? DiagnosticError)?.diagnostic.code == "reimport.language" }
    }

    @Test func missingTranslationsAreNotWrittenEvenWithForce() throws {
        let document = try Self.document("Satu. Dua.\n") { $0 == "Satu." ? "One." : nil }
        for force in [false, true] {
            let (outcome, written) = try Self.run(Reimport(force: force), document)
            #expect(outcome.refusal == (force ? .missingTranslations : .checksFailed))
            #expect(outcome.failed)
            #expect(outcome.article == nil)
            #expect(written.isEmpty)
        }
        let (kept, written) = try Self.run(Reimport(keepSourceForMissing: true), document)
        #expect(kept.refusal == nil)
        #expect(written == ["One. Dua.\n"])
    }

    @Test func anEditedSourceIsWrittenOnlyWithForceAndStillFails() throws {
        var document = try Self.document("Satu. Dua.\n") { Self.english[$0] }
        document.units[0].checksum = String(repeating: "0", count: 64)
        let (refused, nothing) = try Self.run(Reimport(), document)
        #expect(refused.refusal == .checksFailed)
        #expect(nothing.isEmpty)
        let (forced, written) = try Self.run(Reimport(force: true), document)
        #expect(forced.refusal == nil)
        #expect(forced.failed)
        #expect(written == ["One. Two.\n"])
    }

    @Test func qaErrorsStopTheWriteOnlyWhenStrict() throws {
        let document = try Self.document("Ada 3.000 warga.\n") { _ in "There are citizens." }
        let (lenient, written) = try Self.run(Reimport(), document)
        #expect(lenient.qa.errors == 1)
        #expect(lenient.refusal == nil)
        #expect(!lenient.failed)
        #expect(written.count == 1)
        let (strict, strictWritten, notices) = try Self.noticed(Reimport(strict: true), document)
        #expect(strictWritten.isEmpty)
        #expect(strict.refusal == .qaFailed)
        #expect(strict.qaStopsWrite)
        #expect(strict.failed)
        #expect(notices.count == 1)
        if case .qaStopsWrite(let qa) = notices.first { #expect(qa == strict.qa) } else { Issue.record("\(notices)") }
        #expect(notices.first?.description == strict.qa.text)
        let (forced, forcedWritten) = try Self.run(Reimport(force: true, strict: true), document)
        #expect(forced.refusal == nil)
        #expect(forced.failed)
        #expect(forcedWritten.count == 1)
    }

    @Test func mergeFindingsAreNoticedInOrderBeforeTheWrite() throws {
        let document = try Self.document("Satu. Dua.\n") { _ in nil }
        let (outcome, _, noticed) = try Self.noticed(Reimport(), document)
        let notices = noticed.compactMap { if case .merge(let d) = $0 { d.code } else { nil } }
        #expect(notices == outcome.merge.diagnostics.map(\.code))
        #expect(notices == ["reimport.missing-translation", "reimport.missing-translation"])
        #expect(noticed.map(\.description) == outcome.merge.diagnostics.map(\.description))
    }

    @Test func aFileReimportedToAnOutputSaysWhereTheArticleWent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-reimport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = folder.appendingPathComponent("a.xlf").path
        let extraction = try Self.pipeline.extract(
            Array("Satu. Dua.\n".utf8), name: "a.txt", options: ExtractionOptions(prefillTargets: true))
        try extraction.xliff.write(toFile: xliff, atomically: true, encoding: .utf8)
        var printed: [String] = []

        let toDefault = try Reimport(keepSourceForMissing: true).run(path: xliff, output: nil) { printed.append($0) }
        let defaultOutput = folder.appendingPathComponent("a.en.txt").path
        #expect(toDefault.destination == defaultOutput)
        #expect(try String(contentsOfFile: defaultOutput, encoding: .utf8) == "Satu. Dua.\n")
        #expect(toDefault.summary == toDefault.summary(destination: defaultOutput))
        #expect(
            try toDefault.rendered(as: .json)
                == String(
                    decoding: try ReportEncoder.make().encode(toDefault.report(destination: defaultOutput)),
                    as: UTF8.self))

        let toStandardOutput = try Reimport(keepSourceForMissing: true).run(path: xliff, output: "-") {
            printed.append($0)
        }
        #expect(printed == ["Satu. Dua.\n"])
        #expect(toStandardOutput.destination == "-")
        #expect(!toStandardOutput.summary.contains("wrote"))

        let untranslated = try Self.pipeline.extract(Array("Satu.\n".utf8), name: "b.txt", options: ExtractionOptions())
        try untranslated.xliff.write(toFile: xliff, atomically: true, encoding: .utf8)
        let refused = try Reimport().run(path: xliff, output: "b.txt") { printed.append($0) }
        #expect(refused.refusal == .checksFailed)
        #expect(refused.destination == nil)
        #expect(try refused.rendered(as: .json)?.contains("\"written\"") == false)
        #expect(!FileManager.default.fileExists(atPath: "b.txt"))
    }

    /// A run that reads the file frees the document it read, unless asked to hand it back (for a
    /// process that exits right after): both ways, it is the file's document, and the article
    /// and findings are the same.
    @Test(arguments: [false, true])
    func theDocumentReadIsHandedBackOnlyWhenAsked(handsBack: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-reimport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = folder.appendingPathComponent("a.xlf").path
        let extraction = try Self.pipeline.extract(
            Array("Satu. Ada 3 warga.\n\nDua.\n".utf8), name: "a.txt", options: ExtractionOptions(prefillTargets: true))
        try extraction.xliff.write(toFile: xliff, atomically: true, encoding: .utf8)
        var reimport = Reimport(keepSourceForMissing: true)
        reimport.handsBackDocument = handsBack
        var printed: [String] = []
        let viaOutput = try reimport.run(path: xliff, output: "-") { printed.append($0) }
        var written: [String] = []
        let viaWrite = try reimport.run(path: xliff) { article, _ in written.append(article) }
        let read = try XLIFFReader().read(path: xliff)
        for outcome in [viaOutput, viaWrite] {
            #expect(outcome.readDocument == (handsBack ? read : nil))
            #expect(outcome.qa.findings == viaOutput.qa.findings)
            #expect(outcome.qa.findings.contains { $0.check == "identical" })
        }
        #expect(printed == ["Satu. Ada 3 warga.\n\nDua.\n"])
        #expect(written == printed)
    }

    /// The merge runs beside the QA checks, but what each finds is told in the same order:
    /// the merge's findings, then the glossary's warnings; and when the glossary cannot be read,
    /// the merge's findings come before the error.
    @Test(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
    func mergeFindingsAreNoticedBeforeTheGlossarysWarnings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-reimport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let glossary = folder.appendingPathComponent("g.csv").path
        try "source,target,colour\npresiden,president,red\n".write(toFile: glossary, atomically: true, encoding: .utf8)
        let document = try Self.document("Satu. Dua.\n") { _ in nil }
        let reimport = Reimport(check: TranslationCheck(glossaryPath: glossary, disabled: ["untranslated"]))
        let (_, _, noticed) = try Self.noticed(reimport, document)
        let kinds = noticed.map { notice -> String in
            switch notice {
            case .merge(let diagnostic): "merge \(diagnostic.code)"
            case .glossary(let diagnostic): "glossary \(diagnostic.code)"
            case .qaStopsWrite: "qa"
            }
        }
        #expect(
            kinds == [
                "merge reimport.missing-translation", "merge reimport.missing-translation",
                "glossary glossary.unknown-column",
            ])
        var notices: [Reimport.Notice] = []
        let missing = Reimport(check: TranslationCheck(glossaryPath: folder.appendingPathComponent("none.csv").path))
        #expect(throws: DiagnosticError.self) {
            _ = try missing.run(document, file: "a.xlf", notice: { notices.append($0) }, write: { _, _ in })
        }
        #expect(notices.count == 2)
    }

    @Test func theTranslatedSegmentsGoIntoTheMemoryOnceWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-reimport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("tm.sqlite").path
        // "Dua." kept as its source is not a translation: it stays out of the memory.
        let document = try Self.document("Satu. Dua.\n") { $0 == "Satu." ? "One." : $0 }
        let first = try Self.run(Reimport(keepSourceForMissing: true, memoryPath: memory), document).0
        #expect(first.stored?.added == 1)
        #expect(first.stored?.updated == 0)
        let again = try Self.run(Reimport(keepSourceForMissing: true, memoryPath: memory), document).0
        #expect(again.stored?.added == 0)
        #expect(again.stored?.updated == 1)
        let refused = try Self.run(
            Reimport(strict: true, memoryPath: memory), try Self.document("Satu.\n") { _ in nil })
        #expect(refused.0.stored == nil)
    }

    @Test func pairsLeaveOutBlankAndCopiedTargets() throws {
        let document = try Self.document("Satu. Dua.\n\nAda 3.000 warga.\n") { source in
            switch source {
            case "Satu.": "One."
            case "Dua.": "  "
            default: source
            }
        }
        let pairs = Reimport.pairs(of: document, file: "dir/a.xlf")
        #expect(pairs.map(\.source) == ["Satu."])
        #expect(pairs.first?.target == "One.")
        #expect(pairs.first?.sourceLanguage == "id")
        #expect(pairs.first?.targetLanguage == "en")
        #expect(pairs.first?.segmentID == "b1-s1")
        #expect(pairs.first?.origin == "Alih")
    }

    @Test(arguments: [
        ("berita.en.xlf", "en", "berita.en.txt"), ("berita.xlf", "en", "berita.en.txt"),
        ("x/berita.xlf", "", "x/berita.translated.txt"),
    ])
    func theDefaultOutputNamesTheTargetLanguageOnce(input: String, language: String, expected: String) {
        #expect(Reimport.defaultOutput(for: input, targetLanguage: language) == expected)
    }
}
