import AlihCore
import AlihFormats
import AlihTestSupport
import Testing

@Suite struct GlossaryCheckerTests {
    static let header = "source,target,status,pos,case_sensitive,dnt,domain,note\n"

    func check(_ rows: String) throws -> [Diagnostic] {
        GlossaryChecker().check(try GlossaryCSVFormat.read(Self.header + rows, path: "g.csv"))
    }

    @Test func aCleanGlossaryHasNothingToSay() throws {
        let diagnostics = try check(
            """
            juru bicara,spokesperson,preferred,noun,no,no,politics,Gender-neutral default
            juru bicara,spokesman,admitted,noun,no,no,politics,
            juru bicara,speaker,forbidden,noun,no,no,politics,"Wrong (see ""ketua DPR"")"
            KPK,Corruption Eradication Commission,preferred,abbr,yes,no,law,
            Kompas,Kompas,preferred,propn,yes,yes,media,
            Jum’at,Friday,preferred,noun,no,no,time,

            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test(
        arguments: [
            // (rows; the problem row is always line 3, after a clean line 2)
            (",nothing,preferred,,,,,\n", "glossary.empty-source"),
            ("x,,preferred,,,,,\n", "glossary.empty-target"),
            ("x,y,admitted,,,,,\n", "glossary.duplicate"),
            ("x,z,preferred,,,,,\n", "glossary.two-preferred"),
            ("x,y,forbidden,,,,,\n", "glossary.allowed-and-forbidden"),
        ] as [(String, String)])
    func errorsPointAtTheirRow(row: String, code: String) throws {
        let diagnostics = try check("x,y,preferred,,,,,\n" + row)
        let found = try #require(diagnostics.first { $0.code == code }, "\(diagnostics)")
        #expect(found.severity == .error)
        #expect(found.location == SourceLocation(file: "g.csv", line: 3))
        #expect(found.hint != nil)
    }

    /// A term written over two lines in a CSV cell (or with a tab) matches as if with a space,
    /// but OmegaT's TSV cannot hold it: a warning on its row.
    @Test func aTermWithALineBreakIsAWarning() throws {
        let diagnostics = try check("x,y,preferred,,,,,\n\"sumber\ndaya\",resources,preferred,,,,,\n")
        #expect(diagnostics.map(\.code) == ["glossary.line-break"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location?.line == 3)
    }

    /// A row written twice is one problem, a duplicate, not also two preferred translations.
    @Test func aRowWrittenTwiceIsOneDuplicate() throws {
        let diagnostics = try check("x,y,preferred,,,,,\nx,y,preferred,,,,,\n")
        #expect(diagnostics.map(\.code) == ["glossary.duplicate"], "\(diagnostics)")
    }

    @Test func duplicatesNameTheFirstLine() throws {
        let diagnostics = try check("a,b,preferred,,,,,\nx,y,preferred,,,,,\nx,y,admitted,,,,,\n")
        #expect(diagnostics.map(\.code) == ["glossary.duplicate"])
        #expect(diagnostics.first?.message.contains("line 3") == true)
        #expect(diagnostics.first?.location?.line == 4)
    }

    @Test func onlyForbiddenTranslationsPointAtTheEntry() throws {
        let diagnostics = try check("a,b,preferred,,,,,\nx,y,forbidden,,,,,\nx,z,forbidden,,,,,\n")
        #expect(diagnostics.map(\.code) == ["glossary.only-forbidden"])
        #expect(diagnostics.first?.location?.line == 3)
    }

    @Test(
        arguments: [
            ("x ,y,preferred,,,,,\n", "glossary.spaces"),
            ("x, y,preferred,,,,,\n", "glossary.spaces"),
            ("DPR RI,House of Representatives,preferred,abbr,no,no,,\n", "glossary.all-caps"),
            ("Garuda,Garuda Indonesia Airlines,preferred,propn,yes,yes,,\n", "glossary.dnt-target"),
            ("x,y,preferred,,,,,\(String(repeating: "n", count: 501))\n", "glossary.long-note"),
            ("satu dua tiga empat lima enam tujuh delapan sembilan,nine,preferred,,,,,\n", "glossary.long-term"),
            ("x,one two three four five six seven eight nine,preferred,,,,,\n", "glossary.long-term"),
            ("x,(y,preferred,,,,,\n", "glossary.brackets"),
            ("x],y,preferred,,,,,\n", "glossary.brackets"),
            ("x,y,preferred,,,,,see “here\n", "glossary.brackets"),
            ("x,\"say \"\"y\",preferred,,,,,\n", "glossary.brackets"),
            ("x,y,preferred,,,,,(a [b) c]\n", "glossary.brackets"),
        ] as [(String, String)])
    func warningsPointAtTheirRow(row: String, code: String) throws {
        let diagnostics = try check("a,b,preferred,,,,,\n" + row)
        #expect(diagnostics.map(\.code) == [code], "\(diagnostics)")
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == SourceLocation(file: "g.csv", line: 3))
    }

    @Test(arguments: [
        "x,y,preferred,,,,,500 \(String(repeating: "n", count: 496))\n",
        "satu dua tiga empat lima enam tujuh delapan,eight,preferred,,,,,\n",
        "Garuda,Garuda,preferred,propn,yes,yes,,\nGaruda,Garuda Indonesia,admitted,propn,yes,yes,,\n",
        "PBB,United Nations,preferred,abbr,yes,no,,\n",
        "COVID-19,COVID-19,preferred,noun,yes,no,,\n",
        "Jl.,Street,preferred,abbr,no,no,,\n",
        "x,y (z),preferred,,,,,\"a \"\"b\"\" [c {d}] «e»\"\n",
    ])
    func borderlineRowsAreFine(row: String) throws {
        #expect(try check(row).isEmpty)
    }

    @Test func readerWarningsComeFirstInLineOrder() throws {
        let reading = try GlossaryCSVFormat.read("source,target,extra\nx ,y,\n", path: "g.csv")
        let diagnostics = GlossaryChecker().check(reading)
        #expect(diagnostics.map(\.code) == ["glossary.unknown-column", "glossary.spaces"])
        #expect(diagnostics.map { $0.location?.line } == [1, 2])
    }

    @Test func translationsOfEntriesBuiltInCodePointAtTheEntry() {
        let at = SourceLocation(file: "code", line: 7)
        let glossary = Glossary(
            name: "code",
            entries: [
                GlossaryEntry(
                    id: "e1", source: "x", translations: [GlossaryTranslation("y"), GlossaryTranslation("y")],
                    definedAt: at),
                GlossaryEntry(id: "e2", source: "z", translations: []),
            ])
        let diagnostics = GlossaryChecker().check(glossary)
        #expect(diagnostics.map(\.code) == ["glossary.no-translation", "glossary.duplicate"])
        #expect(diagnostics.last?.location == at)
    }

    @Test func summaryCountsEntriesTranslationsAndFindings() throws {
        let reading = try GlossaryCSVFormat.read(
            Self.header + """
                juru bicara,spokesperson,preferred,noun,no,no,politics,
                juru bicara,speaker,forbidden,noun,no,no,politics,
                Kompas,Kompas,preferred,propn,yes,yes,media,
                Kompas,Compass,forbidden,propn,yes,yes,media,
                MA,Supreme Court,preferred,abbr,no,no,law,
                MA,Supreme Court,admitted,abbr,no,no,law,

                """, path: "g.csv")
        let diagnostics = GlossaryChecker().check(reading)
        let summary = GlossaryChecker.Summary(glossary: reading.glossary, diagnostics: diagnostics)
        #expect(
            summary.description == "3 entries, 6 translations (2 forbidden, 1 do-not-translate): 1 error, 1 warning")
    }

    @Test func shippedGlossariesHaveNoErrors() throws {
        for name in ["id-en-news.csv", "id-en-news.tsv", "id-en-news.tbx"] {
            let reading = try GlossaryFile.read(path: TestPaths.repo("Glossaries/\(name)").path)
            let diagnostics = GlossaryChecker().check(reading)
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(name): \(diagnostics.prefix(5))")
        }
    }
}
