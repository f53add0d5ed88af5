import AlihCore
import AlihFormats
import Testing

/// `extends`: a pipeline file on another pipeline, what it says applied on top of the base's
/// definition (a site's preset on the generic news pipeline).
@Suite struct PipelineFileExtendsTests {
    /// The base the tests extend: every section set away from its defaults.
    static let base: PipelineDefinition = {
        var base = PipelineDefinition.builtIn["news-article-html"]!
        base.summary = "the base"
        base.normalization.doubleHyphenToEmDash = false
        base.segmentation.addNonTerminal = ["Kab"]
        base.xliff.prefillTargets = true
        base.html = HTMLOptions(chrome: ["div.share"], content: ["div.body"])
        return base
    }()

    func parse(_ yaml: String, bases: [String: PipelineDefinition] = ["news": base]) throws(DiagnosticError)
        -> PipelineDefinition
    {
        try PipelineFile(path: "site.yaml").parse(yaml) { name, at throws(DiagnosticError) in
            guard let base = bases[name] else {
                throw DiagnosticError(code: "pipeline.not-found", "no pipeline named '\(name)'", at: at)
            }
            return base
        }.0
    }

    @Test func aFileThatSaysOnlyItsNameIsTheBaseUnderThatName() throws {
        let definition = try parse("version: 1\nname: site\nextends: news\n")
        var expected = Self.base
        expected.name = "site"
        #expect(definition == expected)
    }

    @Test func whatTheFileSaysIsAppliedOnTopOfTheBase() throws {
        let definition = try parse(
            """
            version: 1
            name: site
            extends: news
            summary: a site
            target-language: en-GB
            normalize:
              nfc: false
            segment:
              initials: false
            xliff:
              version: "1.2"
            html:
              chrome: [div.related, div.share]
              content: [article]
            boilerplate:
              rules:
                - id: byline
                  line: '^Oleh '
                - id: site-banner
                  line: '^IKUTI KAMI'
            """)
        #expect(definition.name == "site")
        #expect(definition.summary == "a site")
        #expect(definition.targetLanguage == "en-GB")
        #expect(definition.sourceLanguage == Self.base.sourceLanguage)
        // A key of a section is the file's; the section's other keys stay the base's.
        #expect(definition.normalization.nfc == false)
        #expect(definition.normalization.doubleHyphenToEmDash == false)
        #expect(definition.normalization.collapseSpaces == Self.base.normalization.collapseSpaces)
        #expect(definition.segmentation.initials == false)
        #expect(definition.segmentation.addNonTerminal == ["Kab"])
        #expect(definition.xliff.version == .v1_2)
        #expect(definition.xliff.prefillTargets)
        #expect(definition.inputFormat == .html)
        // Selectors are added to the base's, once each.
        #expect(definition.html?.chrome == ["div.share", "div.related"])
        #expect(definition.html?.content == ["div.body", "article"])
        // A rule with a base rule's id takes its place; a new one comes after the base's.
        let baseIDs = Self.base.boilerplate.rules.map(\.id)
        #expect(baseIDs.contains("byline"))
        #expect(definition.boilerplate.rules.map(\.id) == baseIDs + ["site-banner"])
        let byline = try #require(definition.boilerplate.rules.first { $0.id == "byline" })
        #expect(byline.match == .line(pattern: "^Oleh "))
        #expect(definition.boilerplate.repeatedParagraphs == Self.base.boilerplate.repeatedParagraphs)
    }

    @Test func aFileWithoutExtendsStartsFromTheDefaultsAsBefore() throws {
        let definition = try parse("version: 1\nname: plain\nhtml:\n  chrome: [div.x]\n")
        #expect(definition.html == HTMLOptions(chrome: ["div.x"]))
        #expect(definition.boilerplate.rules.isEmpty)
        #expect(definition.summary == PipelineDefinition(name: "plain").summary)
    }

    @Test func aBaseThatCannotBeFoundIsAnErrorAtTheExtendsLine() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try parse("version: 1\nname: site\nextends: nowhere\n")
        }
        #expect(error.diagnostic.code == "pipeline.not-found")
        #expect(error.diagnostic.location?.line == 3)
    }

    @Test func extendsWithoutAWayToFindTheBaseIsAnError() throws {
        let error = try #require(throws: DiagnosticError.self) {
            try PipelineFile(path: "site.yaml").parse("version: 1\nname: site\nextends: news\n")
        }
        #expect(error.diagnostic.code == "pipeline.extends")
        #expect(error.diagnostic.location?.line == 3)
    }
}
