import Alih
import AlihFormats
import ArgumentParser
import Foundation

/// `alih run`: a pipeline over folders of articles, in parallel.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over files and folders of articles, writing one XLIFF per article.",
        discussion: """
            Inputs are files, folders (searched recursively for --extensions) or, with -, a list of \
            paths on standard input. The output tree under --out mirrors the input tree. Workers \
            run in parallel (--jobs, default: the number of cores); the same inputs give the same \
            bytes whatever the number of workers. A file that fails is reported with its reason and \
            the others go on; the exit code is then 1. With --incremental, inputs whose content and \
            configuration are unchanged since the last run (recorded in OUT/.alih-run.json) are \
            skipped.
            """
    )

    @Argument(
        help: ArgumentHelp("Pipeline: a built-in name, a name in ./Pipelines, or a YAML file.", valueName: "pipeline"))
    var pipeline: String

    @Argument(
        help: ArgumentHelp("Files or folders of articles; - reads paths from standard input.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("The folder to write the XLIFF files into.", valueName: "folder"))
    var out: String

    @Option(help: ArgumentHelp("Parallel workers (default: the number of cores).", valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("File name endings to take from folders, comma-separated.", valueName: "list"))
    var extensions: String = ".txt,.md"

    @Flag(help: "Skip inputs unchanged since the last run with the same pipeline and options.")
    var incremental = false

    @Option(
        name: .customLong("xliff"),
        help: ArgumentHelp("XLIFF version: 2.1 or 1.2 (default: the pipeline's).", valueName: "version"))
    var xliffVersion: String?

    @Option(help: ArgumentHelp("Summary on standard error: text, json or none.", valueName: "format"))
    var report: ReportFormat = .text

    @Option(
        name: .customLong("report-file"),
        help: ArgumentHelp("Also write the JSON report to this file.", valueName: "file"))
    var reportFile: String?

    @Flag(name: .shortAndLong, help: "No progress and no summary, only errors.")
    var quiet = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        if let xliffVersion, XLIFFVersion(rawValue: xliffVersion) == nil {
            throw ValidationError("--xliff must be 2.1 or 1.2, not '\(xliffVersion)'.")
        }
    }

    func run() throws {
        let compiled = try PipelineOptions.load(pipeline: pipeline, glossary: glossaryOptions.glossary, quiet: quiet)
        var options = ExtractionOptions(definition: compiled.definition)
        if let xliffVersion { options.xliffVersion = XLIFFVersion(rawValue: xliffVersion)! }
        let batch = BatchRun(pipeline: compiled, options: options, jobs: jobs)

        let work = try BatchRun.jobs(
            for: InputPaths.expand(inputs), extensions: InputPaths.endings(extensions), outputFolder: out)
        let progress = Progress.onStandardError(total: work.count, quiet: quiet)
        let summary = try batch.run(work, recordingIn: out, incremental: incremental) { result, done in
            progress.update(result, done: done)
        }
        progress.finish()

        for failure in summary.results where failure.status == .failed {
            Console.error("\(failure.input): failed: \(failure.error ?? "unknown error")")
        }
        let encoder = ReportEncoder.make()
        if let reportFile { try AtomicFile.write(Array(try encoder.encode(summary)) + [0x0A], to: reportFile) }
        if !quiet {
            switch report {
            case .text: Console.error(summary.text)
            case .json: Console.error(String(decoding: try encoder.encode(summary), as: UTF8.self))
            case .none: break
            }
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
