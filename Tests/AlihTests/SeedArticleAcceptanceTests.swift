import Alih
import AlihTestSupport
import Foundation
import Testing

/// Acceptance on the real scraped article in `../shared/seeds` (skipped when it is absent).
@Suite(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
struct SeedArticleAcceptanceTests {
    static func extract(_ options: ExtractionOptions = ExtractionOptions()) throws -> Extraction {
        let seed = try #require(TestPaths.seedArticle)
        let bytes = try Array(Data(contentsOf: seed))
        return try ArticlePipeline(definition: .newsArticle).extract(bytes, name: seed.path, options: options)
    }

    @Test func pageChromeLinesAreBoilerplateUnits() throws {
        let extraction = try Self.extract()
        let document = extraction.document
        let chrome = Dictionary(
            uniqueKeysWithValues: document.blocks.compactMap { block in
                block.kind.boilerplateRule.map { (String(document.text(of: block).split(separator: "\n")[0]), $0) }
            })
        #expect(chrome["loading..."] == "loading")
        #expect(chrome["A A A"] == "font-size-widget")
        #expect(chrome["Rusia Tarik Tentara..."] == "truncated-teaser")
        #expect(chrome["(mas)"] == "author-initials")
        #expect(chrome["Berita Terkait"] == "related-articles")
        #expect(chrome.keys.contains { $0.hasSuffix("Foto/REUTERS") })
        #expect(chrome.keys.contains { $0.hasPrefix("Dapatkan berita terkini") })
        #expect(chrome.keys.contains { $0.hasPrefix("Copyright ©") })
        // The headline, date and body are content.
        let content = document.blocks.filter(\.isTranslatable).map { String(document.text(of: $0)) }
        #expect(content.first?.hasPrefix("Rusia Tarik Tentara dari Armenia") == true)
        #expect(content.contains { $0.hasPrefix("MOSKOW - ") })
        #expect(!content.contains { $0.contains("Berita Terkait") || $0.contains("Trump Ingin") })
    }

    @Test func datelineSentenceAndDateAreWholeSegments() throws {
        let extraction = try Self.extract()
        let sentences = XLIFFLayoutReader.segmentSources21(extraction.xliff)
        // The dateline line of the article is one sentence: it must come out as one segment.
        let seed = try String(contentsOf: try #require(TestPaths.seedArticle), encoding: .utf8)
        let dateline = try #require(seed.split(separator: "\n").first { $0.hasPrefix("MOSKOW - ") })
        #expect(sentences.contains(String(dateline)))
        let dated = sentences.filter { $0.contains("(10/5/2024)") }
        #expect(dated.count == 1)
        #expect(dated.first?.hasSuffix("Jumat (10/5/2024).") == true)
        #expect(extraction.report.segments == 17)
        print(
            "seed article: \(extraction.report.segments) translatable segments, \(extraction.document.blocks.flatMap(\.segments).count) segments in all"
        )
    }

    static func options(_ version: XLIFFVersion) -> ExtractionOptions {
        ExtractionOptions(xliffVersion: version, prefillTargets: version == .v1_2)
    }

    @Test(arguments: [XLIFFVersion.v2_1, .v1_2])
    func outputIsReproducible(version: XLIFFVersion) throws {
        #expect(try Self.extract(Self.options(version)).xliff == Self.extract(Self.options(version)).xliff)
    }

    @Test(
        .enabled(
            if: SchemaValidator.xmllintAvailable,
            "xmllint is not installed (apt-get install libxml2-utils; .ci/setup does it)"),
        arguments: [XLIFFVersion.v2_1, .v1_2])
    func outputValidates(version: XLIFFVersion) throws {
        let xliff = try Self.extract(Self.options(version)).xliff
        let schema: SchemaValidator.Schema = version == .v1_2 ? .xliff12Strict : .xliff21
        let result = try #require(try SchemaValidator.validate(xliff, against: schema))
        #expect(result.valid, "\(result.output)")
    }

    @Test func xliffGivesBackTheNormalizedArticle() throws {
        let extraction = try Self.extract()
        #expect(XLIFFLayoutReader.text21(extraction.xliff) == extraction.document.text)
    }
}
