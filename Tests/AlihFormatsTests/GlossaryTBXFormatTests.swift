import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

@Suite struct GlossaryTBXFormatTests {
    static let glossary = Glossary(
        name: "g.tbx", sourceLanguage: "id", targetLanguage: "en",
        entries: [
            GlossaryEntry(
                id: "e1", source: "juru bicara",
                translations: [
                    GlossaryTranslation("spokesperson", note: "Gender-neutral default"),
                    GlossaryTranslation("spokesman", status: .admitted),
                    GlossaryTranslation(
                        "speaker", status: .forbidden, note: "'speaker' of the House <DPR> & co.\nsecond line"),
                ], partOfSpeech: "noun", domain: "politics"),
            GlossaryEntry(
                id: "e2", source: "Kompas", translations: [GlossaryTranslation("Kompas")],
                partOfSpeech: "propn", caseSensitive: true, doNotTranslate: true, domain: "media"),
            GlossaryEntry(
                id: "e3", source: "  MA ", translations: [GlossaryTranslation("Supreme Court\r")], caseSensitive: true),
            GlossaryEntry(id: "e4", source: "tanpa terjemahan", translations: []),
        ])

    func read(_ xml: String, source: String? = nil, target: String? = nil) throws(DiagnosticError) -> GlossaryReading {
        try GlossaryTBXFormat.read(Array(xml.utf8), path: "g.tbx", sourceLanguage: source, targetLanguage: target)
    }

    func failure(_ xml: String) -> Diagnostic? {
        do {
            _ = try read(xml)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    /// Expects `xml` to validate against the TBX v3 core structure RELAX NG schema in `../shared`
    /// (for tests enabled only when ``SchemaValidator/isAvailable``).
    static func expectValid(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let result = try #require(try SchemaValidator.validate(xml, against: .tbxCore), sourceLocation: sourceLocation)
        #expect(result.valid, "\(result.output)", sourceLocation: sourceLocation)
    }

    @Test func writtenFileHasTheTBXBasicLayout() throws {
        let xml = try GlossaryTBXFormat.write(Self.glossary)
        #expect(
            xml.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"
            ))
        #expect(xml.contains("<note>alih:case-sensitive</note>") && xml.contains("<note>alih:do-not-translate</note>"))
        #expect(xml.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(xml.contains("<descrip type=\"subjectField\">politics</descrip>"))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func writtenFileValidatesAgainstTheTBXSchema() throws {
        try Self.expectValid(try GlossaryTBXFormat.write(Self.glossary))
    }

    @Test func emptyGlossaryIsWrittenAndRead() throws {
        let xml = try GlossaryTBXFormat.write(Glossary(name: "empty"))
        #expect(try read(xml).glossary.entries.isEmpty)
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func emptyGlossaryValidatesToo() throws {
        try Self.expectValid(try GlossaryTBXFormat.write(Glossary(name: "empty")))
    }

    @Test func writeThenReadGivesTheSameGlossary() throws {
        let reading = try read(try GlossaryTBXFormat.write(Self.glossary))
        #expect(reading.diagnostics.isEmpty)
        #expect(reading.glossary == Self.glossary)
        // Each translation points at the line of its <term>.
        let lines = try GlossaryTBXFormat.write(Self.glossary).split(separator: "\n", omittingEmptySubsequences: false)
        let spokesman = try #require(reading.translationLocations[0][1].line)
        #expect(lines[spokesman - 1].contains("<term>spokesman</term>"))
    }

    /// Ids that are not XML ids (a number, a repeated id).
    static let badIDs = Glossary(
        name: "g",
        entries: [
            GlossaryEntry(id: "1", source: "a", translations: [GlossaryTranslation("b")]),
            GlossaryEntry(id: "x", source: "c", translations: [GlossaryTranslation("d")]),
            GlossaryEntry(id: "x", source: "e", translations: [GlossaryTranslation("f")]),
        ])

    @Test func idsThatAreNotXMLIDsAreReplaced() throws {
        let xml = try GlossaryTBXFormat.write(Self.badIDs)
        #expect(try read(xml).glossary.entries.map(\.id) == ["e1", "x", "e3"])
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func replacedIDsValidate() throws {
        try Self.expectValid(try GlossaryTBXFormat.write(Self.badIDs))
    }

    @Test(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
    func readsTheSharedSamples() throws {
        let shared = try #require(TestPaths.shared)
        let sample = try GlossaryFile.read(
            path: shared.appendingPathComponent("schemas/samples/tbx-basic-dca-valid.tbx").path)
        #expect(
            sample.glossary.entries == [
                GlossaryEntry(
                    id: "c1", source: "pemerintah daerah", translations: [GlossaryTranslation("regional government")],
                    partOfSpeech: "noun")
            ])
        // LTAC's astronomy example: English, Spanish and Zulu; the first two are taken.
        let astronomy = try GlossaryFile.read(
            path: shared.appendingPathComponent("schemas/samples/tbx-basic-dca-example-astronomy.tbx").path)
        #expect(astronomy.glossary.sourceLanguage == "en" && astronomy.glossary.targetLanguage == "es")
        #expect(astronomy.glossary.entries.first?.source == "open cluster")
        #expect(astronomy.diagnostics.contains { $0.code == "glossary.tbx-language" && $0.message.contains("'zu'") })
    }

    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>

        """
    static let footer = "</body></text></tbx>\n"

    @Test func statusesSynonymsAndMarkersAtConceptLevel() throws {
        let xml =
            Self.header + """
                <conceptEntry id="c9">
                  <note>alih:do-not-translate</note>
                  <langSec xml:lang="id">
                    <termSec><term>Komisi Pemberantasan Korupsi</term></termSec>
                    <termSec><term>KPK</term><note>alih:case-sensitive</note><note>a source note is not kept</note></termSec>
                  </langSec>
                  <langSec xml:lang="en">
                    <termSec><term>Corruption Eradication Commission</term><termNote type="partOfSpeech">propn</termNote></termSec>
                    <termSec><term>anti-graft agency</term></termSec>
                    <termSec><term>KPK commission</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
                    <termSec><term>CEC</term><termNote type="administrativeStatus">somethingElse</termNote><note>one</note><note>two</note></termSec>
                  </langSec>
                </conceptEntry>

                """ + Self.footer
        let reading = try read(xml)
        let translations = [
            GlossaryTranslation("Corruption Eradication Commission"),
            GlossaryTranslation("anti-graft agency", status: .admitted),
            GlossaryTranslation("KPK commission", status: .forbidden),
            GlossaryTranslation("CEC", status: .admitted, note: "one\ntwo"),
        ]
        #expect(
            reading.glossary.entries == [
                GlossaryEntry(
                    id: "c9", source: "Komisi Pemberantasan Korupsi", translations: translations, partOfSpeech: "propn",
                    doNotTranslate: true),
                GlossaryEntry(
                    id: "c9-2", source: "KPK", translations: translations, partOfSpeech: "propn", caseSensitive: true,
                    doNotTranslate: true),
            ])
        #expect(reading.diagnostics.map(\.code) == ["glossary.tbx-status"])
        #expect(reading.glossary.entries[1].definedAt?.line == 9)
    }

    @Test func languagesComeFromTheFileOrTheCaller() throws {
        let xml =
            Self.header + """
                <conceptEntry id="c1">
                  <langSec xml:lang="id"><termSec><term>presiden</term></termSec></langSec>
                  <langSec xml:lang="fr"><termSec><term>président</term></termSec></langSec>
                  <langSec xml:lang="en-GB"><termSec><term>president</term></termSec></langSec>
                </conceptEntry>

                """ + Self.footer
        let first = try read(xml)
        #expect(first.glossary.sourceLanguage == "id" && first.glossary.targetLanguage == "fr")
        #expect(first.glossary.entries.first?.translations.map(\.text) == ["président"])
        #expect(first.diagnostics.map(\.code) == ["glossary.tbx-language"])
        let english = try read(xml, target: "en")
        #expect(english.glossary.targetLanguage == "en")
        #expect(english.glossary.entries.first?.translations.map(\.text) == ["president"])
        let reversed = try read(xml, source: "en-GB", target: "id")
        #expect(reversed.glossary.entries.first?.source == "president")
        do {
            _ = try read(xml, target: "ja")
            Issue.record("a missing language was accepted")
        } catch {
            #expect(error.diagnostic.code == "glossary.tbx-language")
            #expect(error.diagnostic.hint?.contains("id, fr, en-GB") == true)
        }
    }

    @Test func legacyMartifFilesAreRead() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
            <martif type="TBX" xml:lang="en">
              <martifHeader><fileDesc><sourceDesc><p>v2</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="t1">
                  <descrip type="subjectField">law</descrip>
                  <langSet xml:lang="id"><tig><term>MA</term><termNote type="partOfSpeech">noun</termNote><note>alih:case-sensitive</note></tig></langSet>
                  <langSet xml:lang="en">
                    <tig><term>Supreme Court</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                    <ntig><termGrp><term>High Court</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp><note>wrong court</note></ntig>
                  </langSet>
                </termEntry>
              </body></text>
            </martif>

            """
        let reading = try read(xml)
        #expect(
            reading.glossary.entries == [
                GlossaryEntry(
                    id: "t1", source: "MA",
                    translations: [
                        GlossaryTranslation("Supreme Court"),
                        GlossaryTranslation("High Court", status: .forbidden, note: "wrong court"),
                    ],
                    partOfSpeech: "noun", caseSensitive: true, domain: "law")
            ])
    }

    @Test(arguments: [
        """
        <?xml version="1.0"?>
        <!DOCTYPE tbx [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        ]>
        <tbx type="TBX-Basic" style="dca" xml:lang="en"><text><body/></text></tbx>
        """,
        """
        <?xml version="1.0"?>
        <!DOCTYPE tbx SYSTEM "x.dtd" [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]><tbx/>
        """,
    ])
    func doctypesWithEntitiesAreRefusedBeforeParsing(xml: String) {
        let diagnostic = failure(xml)
        #expect(diagnostic?.code == "glossary.tbx-entities")
        #expect(diagnostic?.location?.line == (xml.contains("lol2") ? 3 : 2))
    }

    @Test(
        arguments: [
            // (xml, code, line, column?)
            ("<?xml version=\"1.0\"?>\n<tbx>\n  <text>\n</tbx>\n", "glossary.tbx-xml", 4, true),
            (
                "<tbx><text><body><conceptEntry id=\"a\">x &nbsp; y</conceptEntry></body></text></tbx>",
                "glossary.tbx-xml", 1, true
            ),
            ("", "glossary.tbx-xml", 1, false),
            ("<?xml version=\"1.0\"?>\n<xliff version=\"2.1\"/>\n", "glossary.tbx-root", 2, false),
        ] as [(String, String, Int, Bool)])
    func malformedFilesAreErrorsWithLineAndColumn(xml: String, code: String, line: Int, hasColumn: Bool) {
        let diagnostic = failure(xml)
        #expect(diagnostic?.code == code, "\(diagnostic?.description ?? "")")
        #expect(diagnostic?.location?.file == "g.tbx")
        #expect(diagnostic?.location?.line == line)
        if hasColumn { #expect(diagnostic?.location?.column != nil) }
    }

    @Test func controlCharactersCannotBeWritten() {
        let glossary = Glossary(
            name: "g", entries: [GlossaryEntry(id: "e1", source: "a\u{1}", translations: [GlossaryTranslation("b")])])
        #expect(throws: DiagnosticError.self) { try GlossaryTBXFormat.write(glossary) }
    }

    @Test func aOneMegabyteNoteIsWrittenAndRead() throws {
        let note = String(repeating: "catatan <panjang> & \"kutipan\"\n", count: 35_000)
        #expect(note.utf8.count > 1_000_000)
        let glossary = Glossary(
            name: "g.tbx",
            entries: [GlossaryEntry(id: "e1", source: "x", translations: [GlossaryTranslation("y", note: note)])])
        #expect(try read(try GlossaryTBXFormat.write(glossary)).glossary == glossary)
    }

    @Test func shippedTwinEqualsTheShippedCSV() throws {
        let csvReading = try GlossaryFile.read(path: TestPaths.repo("Glossaries/id-en-news.csv").path)
        let csv = csvReading.glossary
        let tbxPath = TestPaths.repo("Glossaries/id-en-news.tbx").path
        let tbxReading = try GlossaryFile.read(path: tbxPath)
        var tbx = tbxReading.glossary
        let warnings = tbxReading.diagnostics
        #expect(warnings.isEmpty)
        tbx.name = csv.name
        #expect(tbx == csv, "regenerate it: alih glossary convert Glossaries/id-en-news.csv Glossaries/id-en-news.tbx")
        let xml = try String(contentsOfFile: tbxPath, encoding: .utf8)
        #expect(xml == (try GlossaryTBXFormat.write(Glossary(name: "id-en-news.csv", entries: csv.entries))))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func shippedTwinValidates() throws {
        try Self.expectValid(
            try String(contentsOfFile: TestPaths.repo("Glossaries/id-en-news.tbx").path, encoding: .utf8))
    }
}
