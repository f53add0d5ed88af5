import Alih
import AlihStages
import AlihTestSupport
import Foundation
import Testing

import struct AlihCore.TranslationPair

/// Reimport into a translation memory, then extract again with it: exact and fuzzy leverage.
@Suite struct LeverageTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    static func memory() throws -> (TranslationMemory, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "alih-leverage-\(UUID().uuidString).sqlite"
        ).path
        return (try TranslationMemory(path: path, indexStopWords: IndonesianStopWords.words), path)
    }

    static func example() throws -> [UInt8] {
        try Array(Data(contentsOf: TestPaths.repo("Examples/berita-contoh.txt")))
    }

    /// The reference translation, reimported: every translated pair, once.
    static func fill(_ memory: TranslationMemory) throws {
        let sent = try pipeline.extract(
            example(), name: "berita-contoh.txt", options: ExtractionOptions(xliffVersion: .v1_2, prefillTargets: true))
        let translated = try XLIFFReader().read(
            Array(try ReferenceTranslation.translate(sent.xliff).utf8), path: "t.xlf")
        let pairs = translated.units.filter(\.translate).flatMap(\.segments).map {
            TranslationPair(
                source: $0.source, target: $0.target!, sourceLanguage: "id", targetLanguage: "en", segmentID: $0.id)
        }
        #expect(pairs.count == 37)
        #expect(pairs.allSatisfy { $0.source != $0.target })
        try memory.store(pairs)
    }

    /// The example extracted again with the filled memory: every segment an exact match.
    static func exactAgain(_ version: XLIFFVersion) throws -> Extraction {
        let (memory, _) = try memory()
        try fill(memory)
        return try pipeline.extract(
            example(), name: "b.txt", options: ExtractionOptions(xliffVersion: version), memory: memory)
    }

    /// The example with one number changed, extracted with the filled memory: fuzzy matches.
    static func fuzzyAgain(_ version: XLIFFVersion) throws -> Extraction {
        let (memory, _) = try memory()
        try fill(memory)
        let changed = String(decoding: try example(), as: UTF8.self).replacingOccurrences(
            of: "sekitar 12 persen", with: "sekitar 15 persen")
        return try pipeline.extract(
            Array(changed.utf8), name: "c.txt", options: ExtractionOptions(xliffVersion: version), memory: memory)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func exactMatchesPrefillTargets(version: XLIFFVersion) throws {
        let again = try Self.exactAgain(version)
        #expect(again.report.leverage?.exact == again.report.words)
        #expect(again.report.leverage?.new == 0)
        #expect(again.xliff.contains(version == .v1_2 ? #"state-qualifier="exact-match""# : #"state="translated""#))
        #expect(again.xliff.contains("According to Rizal, around 12 percent"))
    }

    @Test(arguments: XLIFFVersion.allCases)
    func fuzzyMatchesAreOfferedWithTheirQuality(version: XLIFFVersion) throws {
        let again = try Self.fuzzyAgain(version)
        let analysis = try #require(again.report.leverage)
        #expect(analysis.fuzzy85to94 == 10)
        #expect(analysis.exact + analysis.fuzzy85to94 == analysis.total)
        #expect(
            again.xliff.contains(
                version == .v1_2 ? #"<alt-trans match-quality="91" origin="alih-tm">"# : #"matchQuality="90.9""#))
    }

    /// Prefilled exact matches and offered fuzzy matches validate against the official schemas.
    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"), arguments: XLIFFVersion.allCases)
    func leveragedOutputsValidate(version: XLIFFVersion) throws {
        let schema: SchemaValidator.Schema = version == .v1_2 ? .xliff12Strict : .xliff21
        for again in [try Self.exactAgain(version), try Self.fuzzyAgain(version)] {
            let result = try #require(try SchemaValidator.validate(again.xliff, against: schema))
            #expect(result.valid, "\(result.output)")
        }
    }

    @Test func repetitionsWithinAnArticleAreCounted() throws {
        let (memory, _) = try Self.memory()
        let text = "Harga beras naik lagi.\n\nHarga beras naik lagi.\n"
        let extraction = try Self.pipeline.extract(
            Array(text.utf8), name: "r.txt", options: ExtractionOptions(), memory: memory)
        #expect(extraction.report.leverage?.repeated == 4)
        #expect(extraction.report.leverage?.new == 4)
        #expect(extraction.report.leverage?.total == 8)
    }
}
