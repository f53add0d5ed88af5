import Alih
import Foundation
import Testing

/// What CAT tools do to a file's structure, and what the merge makes of it: harmless rewrites
/// of whitespace are accepted when the checksums prove the text the same; a deleted, swapped or
/// stripped part is refused with its real cause and the unit or segment it concerns.
@Suite struct ArticleMergerStructureTests {
    static let article = "Judul Berita\n\nSatu. Dua. Tiga.\n\nEmpat lima.\n\nEnam.\n"
    static let translated = "EN Judul Berita\n\nEN Satu. EN Dua. EN Tiga.\n\nEN Empat lima.\n\nEN Enam.\n"

    /// The article extracted in `version` with every target translated as "EN " + source.
    static func translatedFile(_ version: XLIFFVersion) throws -> String {
        let extraction = try #require(try ReimportTests.extract(article, version))
        return pseudoTranslated(extraction.xliff)
    }

    /// Every `<target …>text</target>` as `<target …>EN text</target>`.
    static func pseudoTranslated(_ xliff: String) -> String {
        var result = ""
        var rest = xliff[...]
        while let end = rest.range(of: "</target>") {
            let before = rest[..<end.lowerBound]
            let open = before.range(of: ">", options: .backwards)!
            result += before[..<open.upperBound] + "EN " + before[open.upperBound...] + "</target>"
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    static func merge(_ xliff: String, force: Bool = false) throws -> ArticleMerger.Result {
        ArticleMerger(boilerplate: .keep).merge(try ReimportTests.read(xliff), file: "t.xlf")
    }

    /// Replaces every match of `pattern` (a regular expression) with `template`.
    static func replacing(_ pattern: String, with template: String, in text: String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func aTranslatedFileComesBackWhole(version: XLIFFVersion) throws {
        let result = try Self.merge(try Self.translatedFile(version))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.text == Self.translated)
        #expect(result.repairedUnits == 0)
        #expect(result.resegmentedUnits == 0)
    }

    /// XLIFF 2: a tool folds each block's final ignorable (its separator) into the last segment,
    /// source and target. The text is the same: accepted, and the article is exact.
    @Test func aSeparatorFoldedIntoTheLastSegmentIsAccepted() throws {
        let folded = Self.replacing(
            #"<source>([^<]*)</source>(\s*)<target>([^<]*)</target>(\s*</segment>)\s*<ignorable id="b\d+-sep"><source>(\s*)</source></ignorable>"#,
            with: "<source>$1$5</source>$2<target>$3$5</target>$4", in: try Self.translatedFile(.v2_1))
        #expect(!folded.contains("-sep\""))
        let result = try Self.merge(folded)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.text == Self.translated)
        #expect(result.repairedUnits == 4)
    }

    /// XLIFF 2: the whitespace between sentences moved into the sentence before it, or dropped
    /// (where it was one space): accepted, exact.
    @Test(arguments: ["$5", ""])
    func whitespaceBetweenSentencesMovedOrDroppedIsAccepted(kept: String) throws {
        let moved = Self.replacing(
            #"<source>([^<]*)</source>(\s*)<target>([^<]*)</target>(\s*</segment>)\s*<ignorable id="b\d+-i\d+"><source>(\s*)</source></ignorable>"#,
            with: "<source>$1\(kept)</source>$2<target>$3\(kept)</target>$4", in: try Self.translatedFile(.v2_1))
        #expect(!moved.contains("-i1\""))
        let result = try Self.merge(moved)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.text == Self.translated)
        // Moved, the unit's text is the same as it is; dropped, the space is put back.
        #expect(result.repairedUnits == (kept.isEmpty ? 1 : 0))
    }

    /// XLIFF 2: a segment split in two by the tool (new ids) still adds up to the unit: merged
    /// by unit and counted as re-segmented.
    @Test func aSplitSegmentIsCountedAsReSegmented() throws {
        let split = try Self.translatedFile(.v2_1).replacingOccurrences(
            of:
                "<segment id=\"b3-s1\">\n        <source>Empat lima.</source>\n        <target>EN Empat lima.</target>\n      </segment>",
            with: "<segment id=\"b3-s1a\"><source>Empat</source><target>EN Four</target></segment>"
                + "<ignorable><source> </source></ignorable>"
                + "<segment id=\"b3-s1b\"><source>lima.</source><target>five.</target></segment>")
        let result = try Self.merge(split)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.resegmentedUnits == 1)
        #expect(result.text == Self.translated.replacingOccurrences(of: "EN Empat lima.", with: "EN Four five."))
    }

    /// XLIFF 1.2 without the context groups (a tool that drops them): the real cause is named,
    /// not "a unit was lost"; --force then joins the blocks with blank lines, never glues them.
    @Test func strippedContextGroupsAreNamedAsTheCause() throws {
        let stripped = Self.replacing(
            #"\s*<context-group name="alih-b\d+".*?</context-group>"#, with: "", in: try Self.translatedFile(.v1_2))
        let result = try Self.merge(stripped)
        #expect(result.diagnostics.map(\.code) == ["reimport.context-missing"])
        #expect(result.diagnostics[0].message.hasPrefix("3 groups of 4 lost the <context-group"))
        // What followed the last block is not known either.
        #expect(result.text + "\n" == Self.translated)
    }

    /// XLIFF 2 with its separator ignorables removed: named as such.
    @Test func removedSeparatorsAreNamed() throws {
        let removed = Self.replacing(
            #"\s*<ignorable id="b\d+-sep">.*?</ignorable>"#, with: "", in: try Self.translatedFile(.v2_1))
        let result = try Self.merge(removed)
        #expect(result.diagnostics.map(\.code) == ["reimport.separator-missing"])
        #expect(result.diagnostics[0].location?.unitID == "b1")
        #expect(!result.text.contains("BeritaEN"))
    }

    /// A deleted trans-unit is named by its id, not reported as an edited source: one inside a
    /// block by the gap in the ids, one at its end by the number of sentences the block records.
    @Test(
        arguments: XLIFFVersion.allCases,
        [
            ("b2-s2", "segment b2-s2 is missing from unit b2, before b2-s3: it was deleted"),
            (
                "b2-s3",
                "segment b2-s3 is missing from the end of unit b2, after b2-s2: it was deleted (Alih sent 3 segments)"
            ),
        ])
    func aDeletedSegmentIsNamed(version: XLIFFVersion, deleting: (id: String, message: String)) throws {
        let file = try Self.translatedFile(version)
        // XLIFF 2: the segment and the ignorable beside it (before the last one, after the others).
        let deleted =
            version == .v1_2
            ? Self.replacing(#"\s*<trans-unit id="\#(deleting.id)".*?</trans-unit>"#, with: "", in: file)
            : deleting.id == "b2-s3"
                ? Self.replacing(
                    #"\s*<ignorable id="b2-i2">[^\n]*\s*<segment id="b2-s3">.*?</segment>"#, with: "", in: file)
                : Self.replacing(
                    #"\s*<segment id="b2-s2">.*?</segment>\s*<ignorable id="b2-i2">.*?</ignorable>"#, with: "", in: file
                )
        #expect(deleted != file)
        let result = try Self.merge(deleted)
        #expect(result.diagnostics.map(\.code) == ["reimport.segment-missing"])
        #expect(result.diagnostics.first?.message == deleting.message)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func aDeletedSwappedOrCutUnitIsNamed(version: XLIFFVersion) throws {
        let file = try Self.translatedFile(version)
        let element = version == .v1_2 ? "group" : "unit"
        func block(_ id: String) -> String {
            let regex = try! NSRegularExpression(
                pattern: #"\s*<\#(element) id="\#(id)"[ >].*?</\#(element)>"#, options: [.dotMatchesLineSeparators])
            let match = regex.firstMatch(in: file, range: NSRange(file.startIndex..., in: file))!
            return String(file[Range(match.range, in: file)!])
        }
        let deleted = try Self.merge(file.replacingOccurrences(of: block("b2"), with: ""))
        #expect(
            deleted.diagnostics.map(\.message) == [
                "unit b2 is missing from the file, before b3: deleted after extraction"
            ])
        let swapped = try Self.merge(
            file.replacingOccurrences(of: block("b2") + block("b3"), with: block("b3") + block("b2")))
        #expect(
            swapped.diagnostics.map(\.message) == [
                "unit b2 comes after b3: the units were reordered (Alih sent them out in order)"
            ])
        let cut = try Self.merge(file.replacingOccurrences(of: block("b4"), with: ""))
        #expect(cut.diagnostics.map(\.message) == ["unit b4 is missing from the end of the file: it was cut short"])
    }

    /// A copied target is still Indonesian unless confirmed, or unless there is nothing to
    /// translate in it (numbers, codes, acronyms).
    @Test(
        arguments: [
            ("Satu.", nil, false, true), ("Satu.", "final", false, false), ("Satu.", "reviewed", false, false),
            ("Satu.", "signed-off", false, false), ("Satu.", "translated", false, true), ("Satu.", nil, true, false),
            ("14.35 WIB", nil, false, false), ("COVID-19", nil, false, false), ("Joko Widodo", nil, false, true),
        ] as [(String, String?, Bool, Bool)])
    func aCopiedTargetIsStillIndonesianUnlessConfirmed(source: String, state: String?, approved: Bool, still: Bool) {
        let segment = TranslatedSegment(
            id: "b1-s1", line: 1, source: source, target: source, state: state, approved: approved)
        let unit = TranslatedUnit(id: "b1", line: 1, pieces: [.segment(segment)], separator: "\n")
        let document = TranslatedDocument(
            xliffVersion: "2.1", original: "a.txt", sourceLanguage: "id", targetLanguage: "en",
            record: ["source-checksum": "x", "boilerplate": "dropped"], units: [unit])
        let result = ArticleMerger().merge(document, file: "a.xlf")
        #expect(result.untranslated == (still ? 1 : 0))
        #expect(result.diagnostics.map(\.code) == (still ? ["reimport.untranslated"] : []))
        #expect(ArticleMerger(keepSourceForMissing: true).merge(document, file: "a.xlf").diagnostics.isEmpty)
    }
}

/// Files without the extraction record (`--foreign`): joined as blocks, Alih's ids still
/// checked, what cannot be checked listed.
extension ArticleMergerStructureTests {
    /// `file` without its file-level record; with `stripUnits`, without its units' metadata and
    /// ignorables too (XLIFF 2), as a tool that keeps only segments writes it.
    static func foreign(_ file: String, stripUnits: Bool) -> String {
        var stripped = replacing(#"(<file[^>]*>)\s*<mda:metadata>.*?</mda:metadata>"#, with: "$1", in: file)
        if stripUnits {
            stripped = replacing(#"\s*<mda:metadata>.*?</mda:metadata>"#, with: "", in: stripped)
            stripped = replacing(#"\s*<ignorable[^>]*>.*?</ignorable>"#, with: "", in: stripped)
        }
        return stripped
    }

    @Test func aBareForeignFileIsJoinedAsBlocksNeverGlued() throws {
        let bare = Self.foreign(try Self.translatedFile(.v2_1), stripUnits: true)
        let result = try Self.merge(bare)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.text == "EN Judul Berita\n\nEN Satu. EN Dua. EN Tiga.\n\nEN Empat lima.\n\nEN Enam.")
        #expect(
            result.unchecked == [
                "the paragraph breaks after 3 units (the file does not say what separates them from the next; joined "
                    + "with a blank line)",
                "whether units after the last one (b4) were lost",
                "the source text of 4 units against what was sent out (no checksums)",
            ])
    }

    @Test(arguments: [false, true])
    func aForeignFileStillNamesADeletedOrSwappedUnitByItsID(stripUnits: Bool) throws {
        let file = Self.foreign(try Self.translatedFile(.v2_1), stripUnits: stripUnits)
        func unit(_ id: String) -> String {
            let regex = try! NSRegularExpression(
                pattern: #"\s*<unit id="\#(id)"[ >].*?</unit>"#, options: [.dotMatchesLineSeparators])
            return String(
                file[Range(regex.firstMatch(in: file, range: NSRange(file.startIndex..., in: file))!.range, in: file)!])
        }
        let deleted = try Self.merge(file.replacingOccurrences(of: unit("b2"), with: ""))
        #expect(deleted.diagnostics.map(\.code) == ["reimport.unit-ids"])
        #expect(deleted.diagnostics.first?.message.hasPrefix("unit b2 is missing from the file, before b3") == true)
        let swapped = try Self.merge(
            file.replacingOccurrences(of: unit("b2") + unit("b3"), with: unit("b3") + unit("b2")))
        #expect(
            swapped.diagnostics.map(\.message) == [
                "unit b2 comes after b3: the units were reordered (Alih numbers them in order)"
            ])
    }

    /// Units that still carry their checksums are checked against them.
    @Test func aForeignFileWithUnitChecksumsStillChecksSources() throws {
        let edited = Self.foreign(try Self.translatedFile(.v2_1), stripUnits: false).replacingOccurrences(
            of: "<source>Dua.</source>", with: "<source>Tiga.</source>")
        let result = try Self.merge(edited)
        #expect(result.diagnostics.map(\.code) == ["reimport.source-changed"])
        #expect(result.diagnostics.first?.location?.unitID == "b2")
        #expect(result.unchecked == ["whether units after the last one (b4) were lost"])
    }
}

extension ArticleMergerStructureTests {
    /// XLIFF 1.2 as Trados writes it: `<seg-source>` and a target of `<mrk mtype="seg">`
    /// sentences. A target split into two marks is a re-segmented unit, merged as one.
    @Test func aTargetSplitIntoSentenceMarksIsCountedAsReSegmented() throws {
        let file = try Self.translatedFile(.v1_2).replacingOccurrences(
            of: "<target state=\"needs-translation\">EN Empat lima.</target>",
            with:
                "<seg-source><mrk mtype=\"seg\" mid=\"1\">Empat</mrk> <mrk mtype=\"seg\" mid=\"2\">lima.</mrk></seg-source>"
                + "<target state=\"translated\"><mrk mtype=\"seg\" mid=\"1\">EN Four</mrk> "
                + "<mrk mtype=\"seg\" mid=\"2\">five.</mrk></target>")
        #expect(file.contains("mid=\"2\">five."))
        let result = try Self.merge(file)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.resegmentedUnits == 1)
        #expect(result.text == Self.translated.replacingOccurrences(of: "EN Empat lima.", with: "EN Four five."))
    }
}
