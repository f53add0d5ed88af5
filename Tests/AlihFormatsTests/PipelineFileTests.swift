import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

@Suite struct PipelineFileTests {
    func parse(_ yaml: String) throws -> (PipelineDefinition, [Diagnostic]) {
        try PipelineFile(path: "p.yaml").parse(yaml)
    }

    func failure(_ yaml: String) -> Diagnostic? {
        do {
            _ = try PipelineFile(path: "p.yaml").parse(yaml)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test(arguments: ["news-article", "news-article-html", "plain-text"])
    func shippedFilesEqualTheBuiltInDefinitions(name: String) throws {
        let (definition, warnings) = try Self.shipped(name)
        #expect(warnings.isEmpty)
        #expect(definition == PipelineDefinition.builtIn[name])
        #expect(definition.checksum == PipelineDefinition.builtIn[name]?.checksum)
    }

    /// The shipped file `Pipelines/NAME.yaml`, a base it extends read from its shipped file too.
    static func shipped(_ name: String) throws -> (PipelineDefinition, [Diagnostic]) {
        let yaml = try String(contentsOf: TestPaths.repo("Pipelines/\(name).yaml"), encoding: .utf8)
        return try PipelineFile(path: name).parse(yaml) { base, at throws(DiagnosticError) in
            do {
                return try shipped(base).0
            } catch {
                throw DiagnosticError(code: "test.base", "\(base): \(error)", at: at)
            }
        }
    }

    @Test func minimalFileTakesDefaults() throws {
        let (definition, warnings) = try parse("version: 1\nname: tiny\n")
        #expect(warnings.isEmpty)
        #expect(definition.normalization == NormalizationOptions())
        #expect(definition.boilerplate.rules.isEmpty)
        #expect(definition.xliff.version == .v2_1)
    }

    @Test func unknownKeysAreWarningsWithTheirLine() throws {
        let (_, warnings) = try parse("version: 1\nname: x\nnormalize:\n  nfc: true\n  colapse-spaces: false\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.location?.line == 5)
        #expect(warnings.first?.message.contains("colapse-spaces") == true)
    }

    @Test(
        arguments: [
            ("name: x\n", "pipeline.version", 1),
            ("version: 2\nname: x\n", "pipeline.version", 1),
            ("version: 1\n", "pipeline.name", 1),
            ("version: 1\nname: x\nnormalize:\n  nfc: maybe\n", "pipeline.type", 4),
            ("version: 1\nname: x\nxliff:\n  version: \"3.0\"\n", "pipeline.value", 4),
            ("version: 1\nname: x\nsource-language: \"in donesia\"\n", "pipeline.value", 3),
            (
                "version: 1\nname: x\nboilerplate:\n  rules:\n    - id: a\n      line: x\n      teaser: {max-words: 3}\n",
                "pipeline.rule", 5
            ),
            (
                "version: 1\nname: x\nboilerplate:\n  rules:\n    - id: a\n      line: x\n    - id: a\n      line: y\n",
                "pipeline.duplicate-rule", 7
            ),
            (
                "version: 1\nname: x\nboilerplate:\n  rules:\n    - id: a\n      section: x\n      until: forever\n",
                "pipeline.value", 7
            ),
            ("version: 1\nname: x\nsegment:\n  non-terminal: [Kadis]\n", "pipeline.value", 4),
            ("version: 1\nname: x\nsegment: [a, b]\n", "pipeline.type", 3),
            ("version: 1\nname: [x\n", "pipeline.yaml", 3),
            ("", "pipeline.empty", nil),
        ] as [(String, String, Int?)])
    func badValuesAreErrorsWithFileAndLine(yaml: String, code: String, line: Int?) {
        let diagnostic = failure(yaml)
        #expect(diagnostic?.code == code)
        #expect(diagnostic?.location?.file == "p.yaml")
        if let line { #expect(diagnostic?.location?.line == line) }
    }

    @Test func rulesKeepWhereTheyWereDefined() throws {
        let (definition, _) = try parse(
            "version: 1\nname: x\nboilerplate:\n  rules:\n    - id: a\n      section: '^Lihat$'\n      until: document\n"
        )
        let rule = try #require(definition.boilerplate.rules.first)
        #expect(rule.match == .section(pattern: "^Lihat$", end: .document))
        #expect(rule.definedAt?.line == 5)
    }
}

/// The `html:` section: a site's page chrome and content as selectors.
@Suite struct PipelineFileHTMLTests {
    @Test func selectorsAreRead() throws {
        let yaml = """
            version: 1
            name: situs
            input-format: html
            html:
              chrome: [div.share-box, "#terkait", ".baca-juga"]
              content: [article.detail]
            """
        let (definition, warnings) = try PipelineFile(path: "situs.yaml").parse(yaml)
        #expect(warnings.isEmpty)
        #expect(definition.inputFormat == .html)
        #expect(
            definition.html
                == HTMLOptions(chrome: ["div.share-box", "#terkait", ".baca-juga"], content: ["article.detail"]))
    }

    @Test func aSelectorNotReadIsAnErrorWithItsLine() throws {
        let yaml = "version: 1\nname: situs\nhtml:\n  chrome:\n    - div.ok\n    - div > p\n"
        do {
            _ = try PipelineFile(path: "situs.yaml").parse(yaml)
            Issue.record("a combinator was accepted")
        } catch {
            #expect(error.diagnostic.code == "pipeline.value")
            #expect(error.diagnostic.location?.line == 6)
            #expect(error.diagnostic.message.contains("div > p"))
        }
    }

    @Test func withoutTheSectionsNothingIsSet() throws {
        let (definition, _) = try PipelineFile(path: "p.yaml").parse("version: 1\nname: news-article\n")
        #expect(definition.html == nil)
        #expect(definition.inputFormat == nil)
    }
}
