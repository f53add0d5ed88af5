import Alih
import ArgumentParser

/// `--extensions`, and the inputs of the commands that take many articles (`alih run`,
/// `alih coverage`): files, folders, and `-` for paths listed on standard input.
struct BatchInputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "File name endings to take from folders, comma-separated (default: .txt,.md; .html,.htm,.xhtml with a pipeline that reads pages).",
            valueName: "list"))
    var extensions: String?

    /// The jobs for `inputs`, each `-` replaced by the paths on standard input, one a line;
    /// folders give their files ending in `--extensions`, or those `format` reads by default.
    func jobs(for inputs: [String], outputFolder: String, format: InputFormat?) throws -> [BatchRun.Job] {
        let listed = inputs.contains("-") ? Console.inputLines() : []
        return try BatchRun.jobs(
            for: inputs.filter { $0 != "-" } + listed,
            extensions: BatchRun.extensions(extensions ?? (format ?? .text).defaultExtensions),
            outputFolder: outputFolder)
    }
}
