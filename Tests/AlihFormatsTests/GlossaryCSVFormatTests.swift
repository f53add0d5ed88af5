import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

@Suite struct GlossaryCSVFormatTests {
    static let sample = """
        source,target,status,pos,case_sensitive,dnt,domain,note
        juru bicara,spokesperson,preferred,noun,no,no,politics,Gender-neutral default
        KPK,Corruption Eradication Commission,preferred,abbr,yes,no,law,"Komisi Pemberantasan Korupsi, the anti-graft agency"
        juru bicara,spokesman,admitted,,,,,When the person is known to be male
        juru bicara,speaker,forbidden,noun,no,no,politics,"Wrong: ""speaker"" of the House is ketua DPR"
        Kompas,Kompas,preferred,propn,yes,yes,media,

        """

    func read(_ text: String) throws(DiagnosticError) -> GlossaryReading {
        try GlossaryCSVFormat.read(text, path: "g.csv")
    }

    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test func rowsOfOneSourceMergeIntoOneEntry() throws {
        let reading = try read(Self.sample)
        #expect(reading.diagnostics.isEmpty)
        let entries = reading.glossary.entries
        #expect(entries.map(\.id) == ["e1", "e2", "e3"])
        #expect(entries.map(\.source) == ["juru bicara", "KPK", "Kompas"])
        #expect(
            entries[0].translations == [
                GlossaryTranslation("spokesperson", note: "Gender-neutral default"),
                GlossaryTranslation("spokesman", status: .admitted, note: "When the person is known to be male"),
                GlossaryTranslation(
                    "speaker", status: .forbidden, note: "Wrong: \"speaker\" of the House is ketua DPR"),
            ])
        #expect(entries[0].partOfSpeech == "noun" && entries[0].domain == "politics")
        #expect(entries[1].caseSensitive && !entries[1].doNotTranslate)
        #expect(entries[2].doNotTranslate && entries[2].translations == [GlossaryTranslation("Kompas")])
        #expect(entries[0].definedAt == SourceLocation(file: "g.csv", line: 2))
        #expect(reading.translationLocations[0].map(\.line) == [2, 4, 5])
        #expect(reading.glossary.sourceLanguage == "id" && reading.glossary.targetLanguage == "en")
    }

    @Test func headerNamesIgnoreCaseAndDashesAndMayComeInAnyOrder() throws {
        let reading = try read("Comment,TARGET,Case-Sensitive,Source\nnote here,Supreme Court,yes,MA\n")
        let entry = try #require(reading.glossary.entries.first)
        #expect(entry.source == "MA" && entry.caseSensitive)
        #expect(entry.translations == [GlossaryTranslation("Supreme Court", note: "note here")])
    }

    @Test func unknownColumnsAreWarningsWithTheHeaderLine() throws {
        let reading = try read("\n\nsource,target,colour\nx,y,red\n")
        #expect(reading.diagnostics.count == 1)
        #expect(reading.diagnostics.first?.code == "glossary.unknown-column")
        #expect(reading.diagnostics.first?.location?.line == 3)
        #expect(reading.diagnostics.first?.severity == .warning)
        #expect(reading.glossary.entries.count == 1)
    }

    @Test(arguments: [
        ("", TermStatus.preferred), ("preferred", .preferred), ("Admitted", .admitted), ("forbidden", .forbidden),
        ("preferredTerm", .preferred), ("admittedTerm", .admitted), ("deprecatedTerm", .forbidden),
        ("supersededTerm", .forbidden), ("deprecatedTerm-admn-sts", .forbidden), (" admitted ", .admitted),
    ])
    func statusWords(word: String, status: TermStatus) throws {
        let reading = try read("source,target,status\nx,y,\(word)\n")
        #expect(reading.glossary.entries.first?.translations.first?.status == status)
    }

    @Test(arguments: [
        ("yes", true), ("no", false), ("TRUE", true), ("false", false), ("1", true), ("0", false), ("", false),
    ])
    func booleanWords(word: String, value: Bool) throws {
        let entry = try #require(
            try read("source,target,case_sensitive,dnt\nx,y,\(word),\(word)\n").glossary.entries.first)
        #expect(entry.caseSensitive == value && entry.doNotTranslate == value)
    }

    @Test func laterRowsMayLeaveSharedCellsEmptyButNotContradictThem() throws {
        let reading = try read(
            "source,target,pos,case_sensitive,domain\nMA,Supreme Court,,,\nMA,top court,propn,yes,law\nMA,court,noun,,\n"
        )
        let entry = try #require(reading.glossary.entries.first)
        #expect(entry.caseSensitive && entry.partOfSpeech == "propn" && entry.domain == "law")
        #expect(entry.translations.count == 3)
    }

    @Test(
        arguments: [
            // (csv, code, line, words in the message)
            (
                "source,target,dnt\nKompas,Kompas,yes\nx,y,no\nKompas,Compass,no\n", "glossary.conflict", 4,
                ["line 4", "line 2", "dnt"]
            ),
            (
                "source,target,case_sensitive\nMA,Supreme Court,yes\nMA,court,false\n", "glossary.conflict", 3,
                ["line 3", "line 2", "case_sensitive"]
            ),
            ("source,target,status\nx,y,preferred\nx,z,prefered\n", "glossary.value", 3, ["prefered"]),
            ("source,target,dnt\nx,y,maybe\n", "glossary.value", 2, ["maybe"]),
            ("source,note\nx,y\n", "glossary.header", 1, ["target"]),
            ("target,source,Source\nx,y,z\n", "glossary.header", 1, ["source"]),
            ("source,target\nx,y\nx,a,b,c\n", "glossary.row", 3, ["4 fields", "2 columns"]),
            ("\n\n", "glossary.header", nil, ["empty"]),
            ("source,target\nx,\"y\n", "glossary.csv-quoting", 2, ["never ends"]),
        ] as [(String, String, Int?, [String])])
    func brokenFilesAreErrorsWithTheirLine(csv: String, code: String, line: Int?, words: [String]) {
        let diagnostic = failure(csv)
        #expect(diagnostic?.code == code)
        #expect(diagnostic?.location?.file == "g.csv")
        #expect(diagnostic?.location?.line == line)
        for word in words {
            #expect(diagnostic?.message.contains(word) == true, "\(word) in \(diagnostic?.message ?? "")")
        }
    }

    @Test func extraEmptyFieldsAreTolerated() throws {
        #expect(try read("source,target\nx,y,,\n").glossary.entries.count == 1)
    }

    @Test func emptySourcesAndTargetsAreKeptForTheChecker() throws {
        let entries = try read("source,target\n,y\nx,\n").glossary.entries
        #expect(entries.map(\.source) == ["", "x"])
        #expect(entries[1].translations == [GlossaryTranslation("")])
    }

    @Test func writerQuotesOnlyWhereNeeded() throws {
        let text = GlossaryCSVFormat.write(try read(Self.sample).glossary)
        #expect(
            text == """
                source,target,status,pos,case_sensitive,dnt,domain,note
                juru bicara,spokesperson,preferred,noun,no,no,politics,Gender-neutral default
                juru bicara,spokesman,admitted,noun,no,no,politics,When the person is known to be male
                juru bicara,speaker,forbidden,noun,no,no,politics,"Wrong: ""speaker"" of the House is ketua DPR"
                KPK,Corruption Eradication Commission,preferred,abbr,yes,no,law,"Komisi Pemberantasan Korupsi, the anti-graft agency"
                Kompas,Kompas,preferred,propn,yes,yes,media,

                """)
    }

    @Test func writeThenReadGivesTheSameGlossary() throws {
        var glossary = try read(Self.sample).glossary
        glossary.entries.append(
            GlossaryEntry(
                id: "e4", source: "kata \"bersayap\"",
                translations: [GlossaryTranslation("winged word", note: "line one\r\nline two, with comma")]))
        let back = try read(GlossaryCSVFormat.write(glossary)).glossary
        glossary.entries[3].translations[0].note = "line one\nline two, with comma"  // CRLF in a field reads as LF
        #expect(back == glossary)
    }

    @Test func aOneMegabyteNoteIsReadAndWritten() throws {
        let note = String(repeating: "catatan panjang, \"kutipan\"; ", count: 40_000)
        #expect(note.utf8.count > 1_000_000)
        let glossary = Glossary(
            name: "g.csv",
            entries: [GlossaryEntry(id: "e1", source: "x", translations: [GlossaryTranslation("y", note: note)])])
        let back = try read(GlossaryCSVFormat.write(glossary)).glossary
        #expect(back == glossary)
    }

    @Test func shippedGlossaryReadsCleanlyAndWritesBackTheSameGlossary() throws {
        let path = TestPaths.repo("Glossaries/id-en-news.csv").path
        let reading = try GlossaryFile.read(path: path)
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.glossary.entries.count > 1000)
        let back = try read(GlossaryCSVFormat.write(reading.glossary)).glossary
        #expect(back.entries == reading.glossary.entries)
    }
}

@Suite struct GlossaryFileTests {
    @Test(arguments: [
        ("g.csv", GlossaryFileFormat.csv), ("G.CSV", .csv), ("a/b.tsv", .tsv), ("x.txt", .tsv), ("x.tab", .tsv),
        ("x.utf8", .tsv), ("x.tbx", .tbx), ("x.xml", .tbx), ("dir.v2/x.TBX", .tbx),
    ])
    func formatFromTheExtension(path: String, format: GlossaryFileFormat) throws {
        #expect(try GlossaryFileFormat(path: path) == format)
    }

    @Test(arguments: ["g.xlsx", "glossary", "dir.csv/glossary"])
    func unknownExtensionsAreRefusedWithAHint(path: String) {
        #expect(throws: DiagnosticError.self) { try GlossaryFileFormat(path: path) }
        do {
            _ = try GlossaryFileFormat(path: path)
        } catch {
            #expect(error.diagnostic.code == "glossary.format")
            #expect(error.diagnostic.hint?.contains(".csv") == true)
        }
    }

    func decodeFailure(_ bytes: [UInt8], format: GlossaryFileFormat = .csv) -> Diagnostic? {
        do {
            _ = try GlossaryFile.decode(bytes, path: "g.\(format.rawValue)", format: format)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test func invalidUTF8IsRefusedWithTheByteOffset() {
        let bytes = Array("source,target\nkaf".utf8) + [0xE9] + Array(",cafe\n".utf8)
        let diagnostic = decodeFailure(bytes)
        #expect(diagnostic?.code == "glossary.invalid-utf8")
        #expect(diagnostic?.message.contains("byte offset 17") == true)
        #expect(diagnostic?.location?.line == 2)
    }

    @Test func utf16IsRefusedWithAHint() {
        #expect(decodeFailure([0xFF, 0xFE, 0x73, 0x00])?.code == "glossary.encoding")
    }

    @Test(arguments: GlossaryFileFormat.allCases)
    func byteOrderMarkIsTolerated(format: GlossaryFileFormat) throws {
        let glossary = Glossary(
            name: "g", entries: [GlossaryEntry(id: "e1", source: "x", translations: [GlossaryTranslation("y")])])
        let bytes = [0xEF, 0xBB, 0xBF] + Array(try GlossaryFile.encode(glossary, format: format).utf8)
        let reading = try GlossaryFile.decode(bytes, path: "g", format: format)
        #expect(reading.glossary.entries == glossary.entries)
    }

    @Test(arguments: GlossaryFileFormat.allCases)
    func writeAndReadAFile(format: GlossaryFileFormat) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("g.\(format.rawValue)").path
        let glossary = Glossary(
            name: path, sourceLanguage: "id", targetLanguage: "en-GB",
            entries: [
                GlossaryEntry(
                    id: "e1", source: "MA", translations: [GlossaryTranslation("Supreme Court")], caseSensitive: true)
            ])
        try GlossaryFile.write(glossary, to: path)
        let backReading = try GlossaryFile.read(path: path, targetLanguage: format == .csv ? "en-GB" : nil)
        let back = backReading.glossary
        let warnings = backReading.diagnostics
        #expect(warnings.isEmpty)
        #expect(back == glossary)
    }

    @Test func missingFilesAndFoldersAreNamed() {
        #expect(throws: DiagnosticError.self) { try GlossaryFile.read(path: "/nonexistent/g.csv") }
        do {
            _ = try GlossaryFile.read(path: "/nonexistent/g.csv")
        } catch {
            #expect(error.diagnostic.code == "glossary.not-found")
        }
        do {
            _ = try GlossaryFile.read(path: FileManager.default.temporaryDirectory.path + "/.")
        } catch {
            #expect(["glossary.format", "glossary.directory"].contains(error.diagnostic.code))
        }
    }
}
