import Alih
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
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        let recordPath = (out as NSString).appendingPathComponent(BatchRecord.fileName)
        var previous: [String: String] = [:]
        if incremental, let data = FileManager.default.contents(atPath: recordPath),
            let record = try? JSONDecoder().decode(BatchRecord.self, from: data),
            record.configurationChecksum == batch.configurationChecksum
        {
            previous = record.inputs
        }

        let progress = Progress.onStandardError(total: work.count, quiet: quiet)
        let started = DispatchTime.now().uptimeNanoseconds
        let results = batch.run(work, previous: previous) { result, done in progress.update(result, done: done) }
        progress.finish()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9

        // The record for the next incremental run: inputs that are now up to date.
        var inputs: [String: String] = [:]
        for (job, result) in zip(work, results) where result.status != "failed" {
            if let checksum = result.contentChecksum { inputs[job.relativePath] = checksum }
        }
        let encoder = ReportEncoder.make()
        try AtomicFile.write(
            Array(try encoder.encode(BatchRecord(configurationChecksum: batch.configurationChecksum, inputs: inputs))),
            to: recordPath)

        let summary = RunSummary(results: results, seconds: seconds)
        for failure in results where failure.status == "failed" {
            Console.error("\(failure.input): failed: \(failure.error ?? "unknown error")")
        }
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

/// The end-of-run summary and JSON report of `alih run`.
struct RunSummary: Encodable {
    var files: Int
    var extracted: Int
    var skipped: Int
    var failed: Int
    var segments: Int
    var words: Int
    var boilerplateUnits: Int
    var glossaryTerms: Int
    var megabytes: Double
    var seconds: Double
    var results: [BatchRun.FileResult]

    init(results: [BatchRun.FileResult], seconds: Double) {
        files = results.count
        extracted = results.count { $0.status == "extracted" }
        skipped = results.count { $0.status == "skipped" }
        failed = results.count { $0.status == "failed" }
        segments = results.reduce(0) { $0 + $1.segments }
        words = results.reduce(0) { $0 + $1.words }
        boilerplateUnits = results.reduce(0) { $0 + $1.boilerplateUnits }
        glossaryTerms = results.reduce(0) { $0 + $1.terms }
        megabytes = Double(results.reduce(0) { $0 + $1.bytes }) / 1e6
        self.seconds = seconds
        self.results = results
    }

    var text: String {
        "\(files) files: \(extracted) extracted, \(skipped) skipped, \(failed) failed; \(segments) segments, \(words) words, "
            + "\(boilerplateUnits) boilerplate units, \(glossaryTerms) glossary terms; "
            + String(format: "%.1f MB in %.1f s (%.1f MB/s)", megabytes, seconds, seconds > 0 ? megabytes / seconds : 0)
    }
}
