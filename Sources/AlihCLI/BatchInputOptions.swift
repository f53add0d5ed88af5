import Alih
import ArgumentParser

/// `--extensions`, and the inputs of the commands that take many articles (`alih run`,
/// `alih coverage`): files, folders, and `-` for paths listed on standard input.
struct BatchInputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("File name endings to take from folders, comma-separated.", valueName: "list"))
    var extensions: String = ".txt,.md"

    /// The jobs for `inputs`, each `-` replaced by the paths on standard input, one a line.
    func jobs(for inputs: [String], outputFolder: String) throws -> [BatchRun.Job] {
        let listed = inputs.contains("-") ? Console.inputLines() : []
        return try BatchRun.jobs(
            for: inputs.filter { $0 != "-" } + listed, extensions: BatchRun.extensions(extensions),
            outputFolder: outputFolder)
    }
}
