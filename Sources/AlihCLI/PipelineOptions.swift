import Alih
import AlihCore
import ArgumentParser

/// Options shared by every command that runs a pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Pipeline to run: a built-in name, a name in ./Pipelines, or a path to a YAML file.",
            valueName: "name|path"))
    var pipeline: String?

    @Option(
        name: .customLong("source-lang"),
        help: ArgumentHelp("BCP-47 tag of the article's language (default: the pipeline's, id).", valueName: "tag"))
    var sourceLanguage: String?

    @Option(
        name: .customLong("target-lang"),
        help: ArgumentHelp("BCP-47 tag of the translation's language (default: the pipeline's, en).", valueName: "tag"))
    var targetLanguage: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard Validation.applies else { return }
        try LanguageOptions.validate(source: sourceLanguage, target: targetLanguage, for: "a translation")
    }

    /// The pipeline with the language options applied, compiled with `glossary`'s glossary
    /// when given and with `input`'s repairs; warnings printed unless `quiet`.
    func load(glossary: GlossaryOptions? = nil, input: InputRepairOptions? = nil) throws -> ArticlePipeline {
        var pipeline = try PipelineCatalog().compile(
            pipeline, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            glossaryPath: glossary?.glossary, skippedTerms: glossary?.skippedTerms ?? [],
            repairMojibake: input?.repairMojibake ?? false,
            warning: Console.warnings(quiet: quiet))
        pipeline.inputFormat = input?.format
        return pipeline
    }
}
