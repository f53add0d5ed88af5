import Alih
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@Suite struct ReimportTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    static func extract(_ text: String, _ version: XLIFFVersion) throws -> Extraction? {
        do {
            return try pipeline.extract(
                Array(text.utf8), name: "acak.txt",
                options: ExtractionOptions(xliffVersion: version, prefillTargets: true))
        } catch let error as DiagnosticError where error.diagnostic.code == "input.empty" {
            return nil
        }
    }

    static func read(_ xliff: String) throws -> TranslatedDocument {
        try XLIFFReader().read(Array(xliff.utf8), path: "t.xlf")
    }

    /// A file several read chunks long, in UTF-8 and in UTF-16 (surrogate pairs and multi-byte
    /// characters falling on chunk boundaries), reads the same.
    @Test func aLargeFileReadsTheSameInUTF8AndUTF16() throws {
        let sentence = "Warga 😀 menunggu di Bandara Zvartnots, “kata” dia — é. "
        let article =
            (0..<250).map { n in String(repeating: sentence, count: 40) + "\(n)." }.joined(separator: "\n\n") + "\n"
        let xliff = try Self.pipeline.extract(
            Array(article.utf8), name: "besar.txt", options: ExtractionOptions(prefillTargets: true)
        ).xliff
        #expect(xliff.utf8.count > 2 << 20)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-utf16-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let utf8 = folder.appendingPathComponent("a.xlf")
        let utf16 = folder.appendingPathComponent("b.xlf")
        try Data(xliff.utf8).write(to: utf8)
        let declared = xliff.replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="UTF-16""#)
        try Data([0xFF, 0xFE] + declared.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: utf16)
        let fromUTF8 = try XLIFFReader().read(path: utf8.path)
        let fromUTF16 = try XLIFFReader().read(path: utf16.path)
        #expect(fromUTF8 == fromUTF16)
        let merged = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(fromUTF16, file: "b.xlf")
        #expect(merged.diagnostics.isEmpty)
        #expect(merged.text == article)
    }

    /// extract → targets = sources → reimport (the sources kept) gives the normalized article
    /// byte for byte.
    @Test(arguments: XLIFFVersion.allCases)
    func identityRoundTripOfGeneratedDocuments(version: XLIFFVersion) async {
        await propertyCheck(count: 200, input: ArticleText.generator(maxFragments: 80)) { text in
            guard let extraction = try Self.extract(text, version) else { return }
            let result = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(
                try Self.read(extraction.xliff), file: "t.xlf")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(Array(result.text.utf8) == Array(extraction.document.text.utf8))
        }
    }

    @Test(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
    func identityRoundTripOfTheSeedArticle() throws {
        let seed = try #require(TestPaths.seedArticle)
        for version in XLIFFVersion.allCases {
            let extraction = try #require(try Self.extract(try String(contentsOf: seed, encoding: .utf8), version))
            let result = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(
                try Self.read(extraction.xliff), file: "seed.xlf")
            #expect(result.diagnostics.isEmpty)
            #expect(result.text == extraction.document.text)
        }
    }

    @Test func translationsReplaceSourcesAndChromeIsDropped() throws {
        let extraction = try #require(try Self.extract("Judul\n\nloading...\nSatu. Dua.\n", .v2_1))
        var document = try Self.read(extraction.xliff)
        for u in document.units.indices {
            for p in document.units[u].pieces.indices {
                if case .segment(var segment) = document.units[u].pieces[p] {
                    segment.target = "EN " + segment.source
                    document.units[u].pieces[p] = .segment(segment)
                }
            }
        }
        let result = ArticleMerger().merge(document, file: "t.xlf")
        #expect(result.text == "EN Judul\n\nEN Satu. EN Dua.\n")
        #expect(result.boilerplateUnits == 1)
    }

    @Test func missingTranslationsAreErrorsUnlessTheSourceIsKept() throws {
        let extraction = try Self.pipeline.extract(
            Array("Satu. Dua.\n".utf8), name: "a.txt", options: ExtractionOptions())
        let document = try Self.read(extraction.xliff)
        let strict = ArticleMerger().merge(document, file: "a.xlf")
        #expect(strict.missing == 2)
        #expect(strict.diagnostics.map(\.code) == ["reimport.missing-translation", "reimport.missing-translation"])
        #expect(strict.diagnostics.first?.location?.unitID == "b1-s1")
        let lenient = ArticleMerger(keepSourceForMissing: true).merge(document, file: "a.xlf")
        #expect(!lenient.hasErrors)
        #expect(lenient.text == "Satu. Dua.\n")
    }

    @Test(arguments: XLIFFVersion.allCases)
    func anEditedSourceIsCaughtWithItsUnit(version: XLIFFVersion) throws {
        let extraction = try #require(try Self.extract("Rusia setuju.\n\nArmenia menolak.\n", version))
        let edited = extraction.xliff.replacingOccurrences(
            of: "<source>Armenia menolak.</source>", with: "<source>Armenia setuju.</source>")
        let result = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(
            try Self.read(edited), file: "t.xlf")
        // The unit is named; that the article no longer adds up says nothing more.
        #expect(result.diagnostics.map(\.code) == ["reimport.source-changed"])
        #expect(result.diagnostics.first { $0.code == "reimport.source-changed" }?.location?.unitID == "b2")
    }

    @Test func aChangedTargetLanguageIsCaught() throws {
        let extraction = try #require(try Self.extract("Satu.\n", .v2_1))
        let changed = extraction.xliff.replacingOccurrences(of: #"trgLang="en""#, with: #"trgLang="de""#)
        let result = ArticleMerger(keepSourceForMissing: true).merge(try Self.read(changed), file: "t.xlf")
        #expect(result.diagnostics.map(\.code) == ["reimport.language"])
    }

    /// XLIFF 2 lets tools re-segment: two segments merged into one (the space between them now
    /// inside the merged source) still add up to the unit that was sent out.
    @Test func mergedSegmentsAreAccepted() throws {
        let extraction = try #require(try Self.extract("Satu. Dua.\n", .v2_1))
        let merged = extraction.xliff.replacingOccurrences(
            of: #"""
                      <segment id="b1-s1">
                        <source>Satu.</source>
                        <target>Satu.</target>
                      </segment>
                      <ignorable id="b1-i1"><source> </source></ignorable>
                      <segment id="b1-s2">
                        <source>Dua.</source>
                        <target>Dua.</target>
                      </segment>
                """#,
            with: #"""
                      <segment id="b1-s1">
                        <source>Satu. Dua.</source>
                        <target>One. Two.</target>
                      </segment>
                """#)
        #expect(merged != extraction.xliff)
        let result = ArticleMerger(boilerplate: .keep).merge(try Self.read(merged), file: "t.xlf")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.text == "One. Two.\n")
    }

    @Test func aLostUnitIsCaught() throws {
        let extraction = try #require(try Self.extract("Satu.\n\nDua.\n\nTiga.\n", .v2_1))
        let start = try #require(extraction.xliff.range(of: #"    <unit id="b2">"#))
        let end = try #require(
            extraction.xliff.range(of: "    </unit>\n", range: start.upperBound..<extraction.xliff.endIndex))
        var lost = extraction.xliff
        lost.removeSubrange(start.lowerBound..<end.upperBound)
        let result = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(
            try Self.read(lost), file: "t.xlf")
        #expect(result.diagnostics.map(\.code) == ["reimport.unit-ids"])
        #expect(result.diagnostics.first?.message.hasPrefix("unit b2 is missing from the file, before b3") == true)
        #expect(result.diagnostics.first?.location?.unitID == "b3")
    }

    /// A unit Alih did not send (an added id, or a renamed one) is refused by its id, also when
    /// boilerplate was dropped (where the whole-article checksum cannot be checked).
    @Test(arguments: [false, true])
    func aUnitThatWasNotSentIsRefusedByItsID(dropped: Bool) throws {
        var options = ExtractionOptions(prefillTargets: true)
        options.dropBoilerplate = dropped
        let extraction = try Self.pipeline.extract(Array("Satu.\n\nDua.\n".utf8), name: "a.txt", options: options)
        let added = extraction.xliff.replacingOccurrences(
            of: "  </file>",
            with:
                #"    <unit id="x7"><segment id="x7-s1"><source>Tiga.</source><target>Three.</target></segment></unit>\#n  </file>"#
        )
        let result = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(
            try Self.read(added), file: "t.xlf")
        let refusal = try #require(result.diagnostics.first { $0.code == "reimport.unit-ids" })
        #expect(refusal.message.hasPrefix("unit x7 was not sent out"))
        #expect(refusal.location?.unitID == "x7")
        let renamed = extraction.xliff.replacingOccurrences(of: #"<unit id="b2">"#, with: #"<unit id="b3">"#)
        #expect(renamed != extraction.xliff)
        let renaming = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(
            try Self.read(renamed), file: "t.xlf")
        #expect(renaming.diagnostics.map(\.code) == ["reimport.unit-ids"])
        #expect(renaming.hasErrors)
    }

    /// What CAT tools do to files: state left alone, `<mrk mtype="seg">` in targets,
    /// `<alt-trans>`, vendor namespaces, `approved`.
    @Test func catToolVariantsOfXLIFF12AreRead() throws {
        let extraction = try #require(try Self.extract("Satu. Dua.\n", .v1_2))
        let variant = extraction.xliff
            .replacingOccurrences(
                of: #"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">"#,
                with:
                    #"<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2" sdl:version="1.0">"#
            )
            .replacingOccurrences(
                of: #"<target state="needs-translation">Satu.</target>"#,
                with:
                    #"<target state="translated"><mrk mtype="seg" mid="1">One.</mrk></target><alt-trans match-quality="80"><source>Satu!</source><target>Uno.</target></alt-trans><sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs>"#
            )
            .replacingOccurrences(
                of: #"<trans-unit id="b1-s2" xml:space="preserve">"#,
                with: #"<trans-unit id="b1-s2" xml:space="preserve" approved="yes">"#
            )
            .replacingOccurrences(
                of: #"<target state="needs-translation">Dua.</target>"#, with: #"<target>Two.</target>"#)
        let document = try Self.read(variant)
        let segments = document.units.flatMap(\.segments)
        #expect(segments.map(\.target) == ["One.", "Two."])
        #expect(segments.map(\.state) == ["translated", nil])
        #expect(segments.map(\.approved) == [false, true])
        let result = ArticleMerger().merge(document, file: "t.xlf")
        #expect(!result.hasErrors)
        #expect(result.text == "One. Two.\n")
    }

    /// Entity declarations hidden where a naive check would not look: past a long prolog, or in UTF-16.
    @Test func entityDeclarationsCannotHideFromTheCheck() {
        let bomb =
            #"<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">&b;</xliff>"#
        let long = #"<?xml version="1.0"?><!--"# + String(repeating: "x", count: 70_000) + "-->" + bomb
        let utf16: [UInt8] =
            [0xFF, 0xFE]
            + (#"<?xml version="1.0" encoding="UTF-16"?>"# + bomb).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for (bytes, code) in [(Array(long.utf8), "xliff.prolog-too-long"), (utf16, "xliff.doctype-entities")] {
            do {
                _ = try XLIFFReader().read(bytes, path: "t.xlf")
                Issue.record("accepted a hidden entity declaration")
            } catch {
                #expect(error.diagnostic.code == code)
            }
        }
    }

    /// One text node larger than the bound is refused, not read into memory without end, and
    /// by Alih's bound whatever its size (libxml2's refuses 10 MB waiting in its buffer: bytes in
    /// memory given to it in 16 MB pieces met that one first, as "xliff.xml").
    @Test(arguments: [17, 40])
    func anOversizedTextNodeIsRefused(megabytes: Int) {
        let head =
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f"><unit id="u"><segment id="s"><source>"#
        var xml = Array(head.utf8)
        xml.append(contentsOf: repeatElement(UInt8(ascii: "a"), count: megabytes << 20))
        xml.append(contentsOf: Array("</source></segment></unit></file></xliff>".utf8))
        do {
            _ = try XLIFFReader().read(xml, path: "big.xlf")
            Issue.record("a \(megabytes) MB text node was accepted")
        } catch {
            #expect(error.diagnostic.code == "xliff.text-too-large")
        }
    }

    @Test func cdataTextIsKept() throws {
        let xml =
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f"><unit id="u"><segment id="s"><source><![CDATA[A & B]]></source><target><![CDATA[<C>]]></target></segment></unit></file></xliff>"#
        let segment = try #require(try Self.read(xml).units.first?.segments.first)
        #expect(segment.source == "A & B")
        #expect(segment.target == "<C>")
    }

    @Test(arguments: [
        (
            #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">&b;</xliff>"#,
            "xliff.doctype-entities"
        ),
        (
            #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff>&xxe;</xliff>"#,
            "xliff.doctype-entities"
        ),
        (
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id"><file id="f1"><unit id="u1"><segment><source>Satu"#,
            "xliff.truncated"
        ),
        ("Ini bukan XML sama sekali.", "xliff.xml"),
        (#"<html xmlns="http://www.w3.org/1999/xhtml"/>"#, "xliff.not-xliff"),
        (#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="3.0"/>"#, "xliff.version"),
        (
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><file id="f"><trans-unit xmlns="urn:oasis:names:tc:xliff:document:1.2" id="x"/></file></xliff>"#,
            "xliff.mixed-versions"
        ),
        (
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"><file id="f"><unit id="u"><segment><source>a</source></segment></unit><unit id="u"><segment><source>b</source></segment></unit></file></xliff>"#,
            "xliff.duplicate-id"
        ),
        (String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000), "xliff.not-xliff"),
        (
            #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">"#
                + String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000) + "</xliff>",
            "xliff.too-deep"
        ),
    ])
    func hostileAndBrokenFilesAreRefused(xml: String, code: String) {
        do {
            _ = try XLIFFReader().read(Array(xml.utf8), path: "t.xlf")
            Issue.record("accepted: \(xml.prefix(80))")
        } catch {
            #expect(error.diagnostic.code == code, "\(error.diagnostic)")
        }
    }
}
