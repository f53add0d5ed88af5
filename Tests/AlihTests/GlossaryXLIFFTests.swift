import Alih
import AlihTestSupport
import Foundation
import Testing

/// Glossary annotations in the XLIFF: golden files for the example article with a small
/// fixture glossary, schema validation, and the seed article with the shipped glossary.
@Suite struct GlossaryXLIFFTests {
    static let glossaryURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/berita-glossary.tsv")

    static func pipeline(glossary: URL = glossaryURL) throws -> ArticlePipeline {
        let loadedReading = try GlossaryFile.read(path: glossary.path)
        let loaded = loadedReading.glossary
        let warnings = loadedReading.diagnostics
        #expect(warnings.isEmpty, "\(warnings)")
        return try ArticlePipeline(definition: .newsArticle, glossary: loaded)
    }

    static func extract(_ options: ExtractionOptions) throws -> Extraction {
        let bytes = try Array(Data(contentsOf: TestPaths.repo("Examples/berita-contoh.txt")))
        return try pipeline().extract(bytes, name: "Examples/berita-contoh.txt", options: options)
    }

    static let goldenCases = [
        ("berita-contoh.glossary.xlf", XLIFFVersion.v2_1),
        ("berita-contoh.glossary.xliff12.xlf", XLIFFVersion.v1_2),
    ]

    static func extract(_ version: XLIFFVersion) throws -> String {
        try extract(ExtractionOptions(xliffVersion: version, prefillTargets: version == .v1_2)).xliff
    }

    @Test(arguments: goldenCases)
    func extractionWithGlossaryMatchesGolden(golden: String, version: XLIFFVersion) throws {
        let xliff = try Self.extract(version)
        let url = GoldenXLIFFTests.goldenURL(golden)
        if GoldenXLIFFTests.recording {
            try GoldenXLIFFTests.record(xliff, to: url)
        } else {
            #expect(
                xliff == (try String(contentsOf: url, encoding: .utf8)),
                "re-record with ALIH_RECORD_GOLDEN=1 if intended")
        }
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"), arguments: XLIFFVersion.allCases)
    func extractionWithGlossaryValidates(version: XLIFFVersion) throws {
        let schema: SchemaValidator.Schema = version == .v1_2 ? .xliff12Strict : .xliff21
        let result = try #require(try SchemaValidator.validate(try Self.extract(version), against: schema))
        #expect(result.valid, "\(result.output)")
    }

    @Test func termsAreMarkedAndLinkedFromTheGlossaryBlock() throws {
        let xliff = try Self.extract(ExtractionOptions()).xliff
        #expect(xliff.contains(#"xmlns:gls="urn:oasis:names:tc:xliff:glossary:2.0""#))
        // An inflected match, marked in the source and described in the unit's glossary.
        #expect(xliff.contains(#"alih:tier="inflected">tentaranya</mrk>"#))
        #expect(xliff.contains(#"alih:tier="inflected">perbatasannya</mrk>"#))
        #expect(xliff.contains(#"alih:tier="inflected">menyetujuinya</mrk>"#))
        // Forbidden targets are listed so translators see them.
        #expect(xliff.contains(#"alih:status="forbidden">speaker</gls:translation>"#))
        #expect(xliff.contains(#"alih:doNotTranslate="yes""#))
        // Every glossEntry ref points at a mrk of the same unit.
        let refs = Self.captures(##"ref="#([^"]+)""##, in: xliff)
        let marks = Set(Self.captures(#"<mrk id="([^"]+)""#, in: xliff))
        #expect(!refs.isEmpty)
        #expect(refs.allSatisfy(marks.contains))
        // Marking terms never changes the text the file gives back.
        let plain = try Self.extract(ExtractionOptions(markTerms: false))
        #expect(XLIFFLayoutReader.text21(xliff) == plain.document.text)
        #expect(!plain.xliff.contains("<mrk"))
        #expect(plain.xliff.contains("<gls:glossEntry"))
    }

    /// A unit's glossary block lists each entry once, however often it occurs in the unit, and
    /// links it to its first occurrence.
    @Test func aUnitListsEachEntryOnce() throws {
        let text = "Tentara Rusia dan tentaranya. Tentara itu pulang; tentara lain tinggal.\n"
        let extraction = try Self.pipeline().extract(Array(text.utf8), name: "a.txt", options: ExtractionOptions())
        let xliff = extraction.xliff
        #expect(Self.captures(#"<mrk id="b1-m(\d+)" type="term""#, in: xliff) == ["1", "2", "3", "4"])
        #expect(Self.captures(#"<gls:glossEntry id="([^"]+)""#, in: xliff) == ["b1-g1"])
        #expect(xliff.contains(##"<gls:glossEntry id="b1-g1" ref="#b1-m1""##))
        #expect(xliff.contains(#"alih:tier="case">"#))
        #expect(!xliff.contains(#"id="b1-g2""#))
    }

    @Test func xliff12CarriesAGlossaryNotePerTransUnit() throws {
        let xliff = try Self.extract(ExtractionOptions(xliffVersion: .v1_2)).xliff
        #expect(xliff.contains(#"<note from="glossary" annotates="source">"#))
        #expect(xliff.contains("juru bicara → spokesperson; not: speaker"))
        #expect(xliff.contains("setuju → agree / approve (inflected: menyetujuinya)"))
        #expect(xliff.contains("KPK → do not translate"))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func seedArticleWithTheShippedGlossaryValidates() throws {
        let seed = try #require(TestPaths.seedArticle)
        let pipeline = try Self.pipeline(glossary: TestPaths.repo("Glossaries/id-en-news.tsv"))
        for version in XLIFFVersion.allCases {
            let extraction = try pipeline.extract(
                try Array(Data(contentsOf: seed)), name: seed.path, options: ExtractionOptions(xliffVersion: version))
            let schema: SchemaValidator.Schema = version == .v1_2 ? .xliff12Strict : .xliff21
            let result = try #require(try SchemaValidator.validate(extraction.xliff, against: schema))
            #expect(result.valid, "\(result.output)")
            #expect((extraction.report.terms?.matches ?? 0) > 50)
        }
    }

    static func captures(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
