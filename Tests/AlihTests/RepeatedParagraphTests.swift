import Alih
import AlihTestSupport
import Foundation
import Testing

/// A paragraph given twice in a row goes out once and comes back twice, translated.
@Suite struct RepeatedParagraphTests {
    static let lead = "Banjir merendam ratusan rumah di tepi sungai sejak Senin malam."
    static let article = "Banjir di Tepi Sungai\n\n\(lead)\n\nADVERTISEMENT\n\n\(lead)\n\nWarga mengungsi ke masjid.\n"

    /// The article's XLIFF with each target "EN " + source, and none in the repeat's unit (b2's
    /// repeat is b4, after the chrome in b3): the translation it gets must come from b2.
    static func translated(_ version: XLIFFVersion, dropBoilerplate: Bool = false) throws -> String {
        let extraction = try ReimportTests.pipeline.extract(
            Array(article.utf8), name: "banjir.txt",
            options: ExtractionOptions(xliffVersion: version, dropBoilerplate: dropBoilerplate, prefillTargets: true))
        let xliff = ArticleMergerStructureTests.pseudoTranslated(extraction.xliff)
        let element = version == .v2_1 ? #"(?s)<unit id="b4"[^>]*>.*?</unit>"# : #"(?s)<group id="b4"[^>]*>.*?</group>"#
        let unit = try #require(xliff.range(of: element, options: .regularExpression))
        let withoutTargets = xliff[unit].replacingOccurrences(
            of: #"<target[^>]*>[^<]*</target>"#, with: "", options: .regularExpression)
        #expect(withoutTargets != xliff[unit])
        return xliff.replacingCharacters(in: unit, with: withoutTargets)
    }

    @Test(arguments: XLIFFVersion.allCases)
    func theRepeatIsSentAsTheUnitItRepeats(version: XLIFFVersion) throws {
        let xliff = try Self.translated(version)
        #expect(
            xliff.contains(version == .v2_1 ? #"<unit id="b4" translate="no" type="alih:repeat">"# : "x-alih-repeat"))
        #expect(xliff.contains(version == .v2_1 ? #"<mda:meta type="repeats">b2</mda:meta>"# : ">b2</context>"))
        let document = try ReimportTests.read(xliff)
        #expect(document.units.map(\.repeats) == [nil, nil, nil, "b2", nil])
    }

    @Test(arguments: XLIFFVersion.allCases, [ArticleMerger.Boilerplate.drop, .keep])
    func theRepeatComesBackTranslated(version: XLIFFVersion, boilerplate: ArticleMerger.Boilerplate) throws {
        let result = ArticleMerger(boilerplate: boilerplate).merge(
            try ReimportTests.read(try Self.translated(version)), file: "t.xlf")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        let chrome = boilerplate == .keep ? "ADVERTISEMENT\n\n" : ""
        #expect(
            result.text
                == "EN Banjir di Tepi Sungai\n\nEN \(Self.lead)\n\n\(chrome)EN \(Self.lead)\n\nEN Warga mengungsi ke masjid.\n"
        )
        #expect(result.boilerplateUnits == 1)
    }

    /// `--drop-boilerplate` leaves the chrome out, never a repeat: the article needs it back.
    @Test func aRepeatStaysWhenChromeIsDropped() throws {
        let xliff = try Self.translated(.v2_1, dropBoilerplate: true)
        #expect(!xliff.contains("ADVERTISEMENT"))
        let result = ArticleMerger().merge(try ReimportTests.read(xliff), file: "t.xlf")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        #expect(result.text.components(separatedBy: "EN \(Self.lead)").count == 3)
    }

    /// The words to translate count the paragraph once; the summary says a repeat was sent once.
    @Test func theReportCountsTheParagraphOnce() throws {
        let extraction = try ReimportTests.pipeline.extract(
            Array(Self.article.utf8), name: "banjir.txt", options: ExtractionOptions())
        let once = try ReimportTests.pipeline.extract(
            Array(Self.article.replacingOccurrences(of: "\(Self.lead)\n\nWarga", with: "Warga").utf8),
            name: "banjir.txt", options: ExtractionOptions())
        #expect(extraction.report.words == once.report.words)
        #expect(extraction.report.summary.contains("1 repeated paragraph sent once"))
    }

    @Test(
        .enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"), arguments: XLIFFVersion.allCases)
    func theXLIFFValidates(version: XLIFFVersion) throws {
        let xliff = try Self.translated(version)
        let result = try #require(
            try SchemaValidator.validate(xliff, against: version == .v2_1 ? .xliff21 : .xliff12Strict))
        #expect(result.valid, "\(result.output)")
    }

    /// A pipeline without the option translates both copies.
    @Test func thePipelineCanTurnItOff() throws {
        var definition = PipelineDefinition.newsArticle
        definition.boilerplate.repeatedParagraphs = false
        let extraction = try ArticlePipeline(definition: definition).extract(
            Array(Self.article.utf8), name: "banjir.txt", options: ExtractionOptions())
        #expect(!extraction.xliff.contains("alih:repeat"))
    }
}
