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
        for (flag, tag) in [("--source-lang", sourceLanguage), ("--target-lang", targetLanguage)] {
            if let tag, !LanguageTag.isWellFormed(tag) {
                throw ValidationError("\(flag) '\(tag)' is not a BCP-47 language tag (e.g. id, en, en-GB).")
            }
        }
        if let sourceLanguage, let targetLanguage, sourceLanguage.lowercased() == targetLanguage.lowercased() {
            throw ValidationError(
                "--source-lang and --target-lang are both '\(sourceLanguage)'; a translation needs two languages.")
        }
    }

    /// The pipeline definition with the language options applied, compiled with `glossary`'s
    /// glossary when given; warnings printed.
    func load(glossary: GlossaryOptions? = nil) throws -> ArticlePipeline {
        try Self.load(
            pipeline: pipeline, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
            glossary: glossary?.glossary, quiet: quiet)
    }

    /// The same from plain values (for commands that take the pipeline another way).
    static func load(
        pipeline: String?, sourceLanguage: String? = nil, targetLanguage: String? = nil, glossary: String?, quiet: Bool
    ) throws -> ArticlePipeline {
        try PipelineCatalog().compile(
            pipeline, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, glossaryPath: glossary
        ) { if !quiet { Console.error($0.description) } }
    }
}
