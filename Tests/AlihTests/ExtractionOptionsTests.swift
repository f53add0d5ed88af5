import Alih
import Testing

/// `ExtractionOptions(definition:…)`: the caller's choices on top of the pipeline's.
@Suite struct ExtractionOptionsTests {
    static func definition(version: XLIFFVersion, prefill: Bool) -> PipelineDefinition {
        var definition = PipelineDefinition.newsArticle
        definition.sourceLanguage = "id-ID"
        definition.targetLanguage = "en-GB"
        definition.xliff.version = version
        definition.xliff.prefillTargets = prefill
        return definition
    }

    @Test func withoutChoicesTheyAreThePipelines() {
        let options = ExtractionOptions(definition: Self.definition(version: .v1_2, prefill: true))
        #expect(
            options
                == ExtractionOptions(
                    xliffVersion: .v1_2, sourceLanguage: "id-ID", targetLanguage: "en-GB", prefillTargets: true))
        #expect(options.fuzzyThreshold == 0.75)
    }

    @Test(arguments: [false, true], [false, true])
    func aVersionGivenWinsAndTargetsArePrefilledWhenEitherAsks(pipelinePrefills: Bool, callerPrefills: Bool) {
        let options = ExtractionOptions(
            definition: Self.definition(version: .v2_1, prefill: pipelinePrefills), xliffVersion: .v1_2,
            dropBoilerplate: true, prefillTargets: callerPrefills, markTerms: false, fuzzyThreshold: 0.9)
        #expect(options.xliffVersion == .v1_2)
        #expect(options.prefillTargets == (pipelinePrefills || callerPrefills))
        #expect(options.dropBoilerplate)
        #expect(!options.markTerms)
        #expect(options.fuzzyThreshold == 0.9)
        #expect((options.sourceLanguage, options.targetLanguage) == ("id-ID", "en-GB"))
    }
}
