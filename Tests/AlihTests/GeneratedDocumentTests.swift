import Alih
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

/// Random article-like documents through the whole extract path.
@Suite struct GeneratedDocumentTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    static func extract(_ text: String, _ options: ExtractionOptions, pipeline: ArticlePipeline = pipeline) throws
        -> Extraction?
    {
        do {
            return try pipeline.extract(Array(text.utf8), name: "acak.txt", options: options)
        } catch let error as DiagnosticError where error.diagnostic.code == "input.empty" {
            return nil
        }
    }

    /// Whatever the text, the XLIFF gives back the normalized article exactly (2.1 and 1.2).
    @Test func xliffCarriesTheWholeArticle() async {
        await propertyCheck(count: 200, input: ArticleText.generator()) { text in
            guard let x21 = try Self.extract(text, ExtractionOptions()) else { return }
            #expect(XLIFFLayoutReader.text21(x21.xliff).map { Array($0.utf8) } == Array(x21.document.text.utf8))
            guard let x12 = try Self.extract(text, ExtractionOptions(xliffVersion: .v1_2)) else { return }
            #expect(XLIFFLayoutReader.text12(x12.xliff).map { Array($0.utf8) } == Array(x12.document.text.utf8))
        }
    }

    /// Random outputs validate against the official schemas.
    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func randomOutputsValidate() async throws {
        await propertyCheck(count: 15, input: ArticleText.generator(maxFragments: 120)) { text in
            for options in [ExtractionOptions(), ExtractionOptions(xliffVersion: .v1_2, prefillTargets: true)] {
                guard let extraction = try Self.extract(text, options) else { return }
                let schema: SchemaValidator.Schema = options.xliffVersion == .v1_2 ? .xliff12Strict : .xliff21
                let result = try #require(try SchemaValidator.validate(extraction.xliff, against: schema))
                #expect(result.valid, "\(result.output)\n\(extraction.xliff)")
            }
        }
    }

    /// With control-character removal off, XLIFF 2.1 carries them as `<cp>` (valid, exact);
    /// XLIFF 1.2 cannot and refuses with the unit id.
    @Test func forbiddenCharactersAreNeverWrittenRaw() throws {
        let pipeline = try Self.keepingControlCharacters()
        let text = Self.controlCharacters
        let x21 = try #require(try Self.extract(text, ExtractionOptions(), pipeline: pipeline))
        #expect(x21.xliff.contains(#"<cp hex="0007"/>"#))
        #expect(!x21.xliff.unicodeScalars.contains("\u{0007}"))
        #expect(XLIFFLayoutReader.text21(x21.xliff) == x21.document.text)
        do {
            _ = try Self.extract(text, ExtractionOptions(xliffVersion: .v1_2), pipeline: pipeline)
            Issue.record("XLIFF 1.2 wrote a forbidden character")
        } catch let error as DiagnosticError {
            #expect(error.diagnostic.code == "xliff.forbidden-character")
            #expect(error.diagnostic.location?.unitID == "b1-s1")
        }
    }

    /// Text with control characters and a noncharacter.
    static let controlCharacters = "Bel\u{0007}berbunyi.\u{0001} Lalu\u{FFFF} diam."

    /// The plain-text pipeline with control-character removal off.
    static func keepingControlCharacters() throws -> ArticlePipeline {
        var definition = PipelineDefinition.plainText
        definition.normalization.controlCharacters = false
        return try ArticlePipeline(definition: definition)
    }

    /// XLIFF 2.1 with `<cp>` for the control characters validates.
    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func controlCharactersAsCPValidate() throws {
        let x21 = try #require(
            try Self.extract(Self.controlCharacters, ExtractionOptions(), pipeline: Self.keepingControlCharacters()))
        let result = try #require(try SchemaValidator.validate(x21.xliff, against: .xliff21))
        #expect(result.valid, "\(result.output)")
    }

    @Test func droppedBoilerplateIsLeftOutAndReported() throws {
        let text = "Judul\n\nloading...\nIsi berita.\n\n(rdn)\n"
        let extraction = try #require(try Self.extract(text, ExtractionOptions(dropBoilerplate: true)))
        #expect(!extraction.xliff.contains("loading..."))
        #expect(!extraction.xliff.contains("(rdn)"))
        #expect(extraction.report.boilerplate.map(\.rule) == ["loading", "author-initials"])
        #expect(extraction.report.boilerplate.map(\.line) == [3, 6])
        #expect(extraction.report.boilerplate.allSatisfy { $0.dropped })
        #expect(XLIFFLayoutReader.text21(extraction.xliff) == "Judul\n\nIsi berita.\n\n")
    }

    @Test func anEmptyArticleIsAnInputError() {
        for text in ["", "   \n\n \t\n"] {
            do {
                _ = try Self.pipeline.extract(Array(text.utf8), name: "kosong.txt", options: ExtractionOptions())
                Issue.record("an empty article was accepted")
            } catch let error as DiagnosticError {
                #expect(error.diagnostic.code == "input.empty")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func languagesAreWrittenIntoTheFile() throws {
        let extraction = try #require(
            try Self.extract("Halo.", ExtractionOptions(sourceLanguage: "id-ID", targetLanguage: "en-GB")))
        #expect(extraction.xliff.contains(#"srcLang="id-ID" trgLang="en-GB""#))
    }
}
