import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

@Suite struct GlossaryTSVFormatTests {
    static let glossary = Glossary(
        name: "g", sourceLanguage: "id", targetLanguage: "en",
        entries: [
            GlossaryEntry(
                id: "e1", source: "juru bicara",
                translations: [
                    GlossaryTranslation("spokesperson", note: "Gender-neutral default"),
                    GlossaryTranslation("spokesman", status: .admitted),
                    GlossaryTranslation("speaker", status: .forbidden, note: "'speaker' of the House is ketua DPR"),
                    GlossaryTranslation("talker", status: .forbidden),
                ], partOfSpeech: "noun", domain: "politics"),
            GlossaryEntry(
                id: "e2", source: "Kompas",
                translations: [
                    GlossaryTranslation("Kompas"),
                    GlossaryTranslation("Kompas daily", status: .admitted, note: "in running text"),
                    GlossaryTranslation("Compass", status: .forbidden),
                ], partOfSpeech: "propn", caseSensitive: true, doNotTranslate: true, domain: "media"),
            GlossaryEntry(
                id: "e3", source: "MA",
                translations: [GlossaryTranslation("Supreme Court", note: "[forbidden] is not a prefix here")],
                caseSensitive: true),
        ])

    /// `text` read as a glossary file is: its first row that cannot be read is thrown.
    func read(_ text: String, source: String? = nil, target: String? = nil) throws(DiagnosticError) -> GlossaryReading {
        let reading = try GlossaryTSVFormat.read(text, path: "g.txt", sourceLanguage: source, targetLanguage: target)
        try GlossaryFile.requireEveryRow(of: reading, path: "g.txt")
        return reading
    }

    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test func readsOmegaTThreeColumnFiles() throws {
        let text =
            "# a comment\r\n\r\npresiden\tpresident\tCapitalize before a name\r\nwapres\tvice president\r\n   \n#x\ty\n"
        let reading = try read(text)
        #expect(reading.glossary.entries.map(\.source) == ["presiden", "wapres"])
        #expect(
            reading.glossary.entries[0].translations == [
                GlossaryTranslation("president", note: "Capitalize before a name")
            ])
        #expect(reading.glossary.entries[1].translations == [GlossaryTranslation("vice president")])
        #expect(reading.translationLocations.map { $0.map(\.line) } == [[3], [4]])
    }

    @Test func theWrittenFileStartsWithCommentLinesAndKeepsEightColumns() throws {
        let text = try GlossaryTSVFormat.write(Self.glossary)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("# "))
        #expect(lines[1] == "# columns: source\ttarget\tcomment\tstatus\tpos\tcase_sensitive\tdnt\tdomain")
        #expect(lines[2] == "# languages: id → en")
        #expect(lines[3] == "juru bicara\tspokesperson\tGender-neutral default\tpreferred\tnoun\tno\tno\tpolitics")
        #expect(
            lines[5]
                == "juru bicara\tspeaker\t[forbidden] 'speaker' of the House is ketua DPR\tforbidden\tnoun\tno\tno\tpolitics"
        )
        #expect(lines[6] == "juru bicara\ttalker\t[forbidden]\tforbidden\tnoun\tno\tno\tpolitics")
        #expect(lines[7] == "Kompas\tKompas\t[do not translate]\tpreferred\tpropn\tyes\tyes\tmedia")
        #expect(
            lines[8] == "Kompas\tKompas daily\t[do not translate] in running text\tadmitted\tpropn\tyes\tyes\tmedia")
        #expect(lines[9] == "Kompas\tCompass\t[forbidden]\tforbidden\tpropn\tyes\tyes\tmedia")
        #expect(text.hasSuffix("\n") && !text.contains("\r"))
    }

    @Test func writeThenReadGivesTheSameGlossary() throws {
        var back = try read(try GlossaryTSVFormat.write(Self.glossary)).glossary
        back.name = "g"
        #expect(back == Self.glossary)
    }

    @Test(arguments: [
        // (comment, status, dnt, note read)
        ("[forbidden] why", "forbidden", "no", "why"),
        ("[forbidden]", "forbidden", "no", ""),
        ("[forbidden] why", "preferred", "no", "[forbidden] why"),
        ("[forbidden] why", "", "", "[forbidden] why"),
        ("[do not translate] name", "preferred", "yes", "name"),
        ("[do not translate] name", "preferred", "no", "[do not translate] name"),
        ("[do not translate]", "forbidden", "yes", "[do not translate]"),
        ("[forbidden]why", "forbidden", "no", "[forbidden]why"),
    ])
    func prefixesAreRemovedOnlyWhenTheColumnsAgree(comment: String, status: String, dnt: String, note: String) throws {
        let entry = try #require(try read("x\ty\t\(comment)\t\(status)\t\t\t\(dnt)\n").glossary.entries.first)
        #expect(entry.translations.first?.note == note)
    }

    @Test func languagesComeFromTheCommentLineUnlessGiven() throws {
        let text = "# languages: ms → en-GB\nx\ty\n"
        #expect(try read(text).glossary.sourceLanguage == "ms")
        #expect(try read(text).glossary.targetLanguage == "en-GB")
        #expect(try read(text, source: "id", target: "en").glossary.targetLanguage == "en")
        #expect(try read("x\ty\n").glossary.sourceLanguage == "id")
    }

    @Test(
        arguments: [
            ("x\ty\nno tab here\n", 2, "no tab"),
            ("# c\n\n\ty\n", 3, "empty source"),
            ("x\ty\nz\t\tcomment\n", 2, "empty target"),
            ("x\ty\t\tsometimes\n", 1, "sometimes"),
            ("x\ty\t\t\t\tmaybe\n", 1, "maybe"),
            ("x\ty\t\t\t\tyes\nx\tz\t\t\t\tno\n", 2, "line 1"),
        ] as [(String, Int, String)])
    func brokenRowsAreErrorsWithTheirLine(text: String, line: Int, words: String) {
        let diagnostic = failure(text)
        #expect(["glossary.row", "glossary.value", "glossary.conflict"].contains(diagnostic?.code ?? ""))
        #expect(diagnostic?.location == SourceLocation(file: "g.txt", line: line))
        #expect(diagnostic?.message.contains(words) == true, "\(diagnostic?.message ?? "")")
    }

    /// Every row that cannot be read is found in one reading (for `alih glossary check`), each
    /// left out, the others read; a file's reader is told how many there are beside the first.
    @Test func everyBrokenRowIsFoundAtOnce() throws {
        let text = "rumah\thouse\n\tkosong\nmobil\tcar\t\tmaybe\ntanpa tab\nsekolah\tschool\n\tlagi\n"
        let reading = try GlossaryTSVFormat.read(text, path: "g.txt")
        #expect(reading.diagnostics.map { $0.location?.line } == [2, 3, 4, 6])
        #expect(reading.diagnostics.allSatisfy { $0.severity == .error })
        #expect(reading.glossary.entries.map(\.source) == ["rumah", "sekolah"])
        let first = failure(text)
        #expect(first?.location?.line == 2)
        #expect(first?.message.contains("and 3 more rows that cannot be read") == true, "\(first?.message ?? "")")
    }

    @Test(arguments: [
        GlossaryTranslation("y", note: "two\nlines"), GlossaryTranslation("y\tz"), GlossaryTranslation(""),
    ])
    func writerRefusesWhatTSVCannotHold(translation: GlossaryTranslation) {
        let glossary = Glossary(name: "g", entries: [GlossaryEntry(id: "e1", source: "x", translations: [translation])])
        #expect(throws: DiagnosticError.self) { try GlossaryTSVFormat.write(glossary) }
    }

    @Test func writerRefusesASourceOmegaTWouldSkip() {
        let glossary = Glossary(
            name: "g",
            entries: [GlossaryEntry(id: "e1", source: "#tagar", translations: [GlossaryTranslation("hashtag")])])
        do {
            _ = try GlossaryTSVFormat.write(glossary)
            Issue.record("a source starting with # was written")
        } catch {
            #expect(error.diagnostic.code == "glossary.tsv-unwritable")
        }
    }

    @Test func aOneMegabyteCommentIsRead() throws {
        let note = String(repeating: "catatan panjang; ", count: 62_000)
        let reading = try read("x\ty\t\(note)\n")
        #expect(reading.glossary.entries.first?.translations.first?.note == note)
    }

    @Test func shippedTwinEqualsTheShippedCSV() throws {
        let csvReading = try GlossaryFile.read(path: TestPaths.repo("Glossaries/id-en-news.csv").path)
        let csv = csvReading.glossary
        let tsvReading = try GlossaryFile.read(path: TestPaths.repo("Glossaries/id-en-news.tsv").path)
        var tsv = tsvReading.glossary
        let warnings = tsvReading.diagnostics
        #expect(warnings.isEmpty)
        tsv.name = csv.name
        #expect(tsv == csv, "regenerate it: alih glossary convert Glossaries/id-en-news.csv Glossaries/id-en-news.tsv")
        // And a fresh CSV → TSV → model round trip.
        var again = try read(try GlossaryTSVFormat.write(csv)).glossary
        again.name = csv.name
        #expect(again == csv)
    }
}
