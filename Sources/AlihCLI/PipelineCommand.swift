import Alih
import ArgumentParser

/// `alih pipeline`: working with pipeline definitions.
struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Check pipeline definitions.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a pipeline file: YAML, keys, values and patterns.",
            discussion: "Exit code 1 when the file has errors; warnings alone exit 0."
        )

        @Argument(help: ArgumentHelp("Pipeline name or path.", valueName: "name|path"))
        var pipeline: String

        func run() throws {
            do {
                let definition = try PipelineCatalog().check(pipeline) { Console.error($0.description) }
                print(PipelineCatalog.summary(of: definition, checkedAs: pipeline))
            } catch let problem as PipelineCatalog.DefinitionProblem {
                Console.error(problem.error.description)
                throw ExitCode(1)
            }
        }
    }
}
