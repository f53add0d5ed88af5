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
            the others go on; the exit code is then 1. An input that plainly reads as English \
            rather than Indonesian fails too. Articles alih reimport wrote (NAME.en.txt) are left \
            out and named. \
            With --incremental, inputs whose content and configuration are unchanged since the last \
            run (recorded in OUT/.alih-run.json, and as each file is done, so a killed run keeps its \
            finished work) are skipped. Temporary files a killed run left in the output folders are \
            removed.

            With --shard K/N the run takes a deterministic share of the inputs (the same on every \
            machine), so N workers of a cluster's scheduler process one archive together, each \
            input exactly once; their outputs can share --out (each shard keeps its own record).
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

    @OptionGroup var batchInputOptions: BatchInputOptions

    @Flag(help: "Skip inputs unchanged since the last run with the same pipeline and options.")
    var incremental = false

    @Option(
        help: ArgumentHelp(
            "Take only shard K of N of the inputs (1 ≤ K ≤ N; by a hash of each input's relative path).",
            valueName: "K/N"),
        transform: { try BatchShard(parsing: $0) })
    var shard: BatchShard?

    @Option(
        name: .customLong("xliff"),
        help: ArgumentHelp("XLIFF version: 2.1 or 1.2 (default: the pipeline's).", valueName: "version"),
        transform: { try choice($0, for: "--xliff", "2.1 or 1.2") })
    var xliffVersion: XLIFFVersion?

    @OptionGroup var reportOptions: ReportOptions

    @Option(help: ArgumentHelp("Also write the JSON report to this file.", valueName: "file"))
    var reportFile: String?

    @Flag(name: .shortAndLong, help: "No progress and no summary, only errors.")
    var quiet = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard Validation.applies else { return }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        try glossaryOptions.requireGlossaryForSkippedTerms()
    }

    func run() throws {
        let compiled = try PipelineCatalog().compile(
            pipeline, glossaryPath: glossaryOptions.glossary, skippedTerms: glossaryOptions.skippedTerms,
            warning: Console.warnings(quiet: quiet))
        let options = ExtractionOptions(definition: compiled.definition, xliffVersion: xliffVersion)
        let work = try batchInputOptions.jobs(
            for: inputs, outputFolder: out, format: compiled.inputFormat ?? compiled.definition.inputFormat)
        let batch = BatchRun(pipeline: compiled, options: options, jobs: jobs)
        try batch.requireOutputs(report: reportFile, apartFrom: work)
        let progress = Progress(total: batch.share(of: work, shard: shard).articles.count, quiet: quiet)
        let summary = try batch.run(work, recordingIn: out, incremental: incremental, shard: shard) { result, done in
            progress.update(bytes: result.bytes, done: done)
        }
        progress.finish()
        summary.failures.forEach(Console.error)
        try reportOptions.show(summary, file: reportFile, quiet: quiet)
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
