import Alih
import ArgumentParser
import Foundation

/// `alih coverage`: how well a glossary covers articles, and what it is missing.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report which glossary terms articles use and which terms the glossary is missing.",
        discussion: """
            Per article and in total: segments with at least one glossary term, the entries \
            found (forms, counts, segments), entries never used, and candidate terms missing \
            from the glossary (names, acronyms, frequent content-word phrases; not everyday \
            words or well-known names), ranked by how term-like they are against general \
            Indonesian, with an example segment. --candidates writes them as a glossary to fill in.

            Coverage = glossary term occurrences / (term occurrences + missing-candidate \
            occurrences); --min-coverage makes the command exit 1 when the total is below it.

            Inputs are files, folders (searched recursively for --extensions) or, with -, a list \
            of paths on standard input. An article's figures are judged on that article alone; \
            the total judges phrase frequency over all articles. A file that cannot be read is \
            reported and the others go on; the exit code is then 1.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(
        help: ArgumentHelp("Articles or folders of articles; - reads paths from standard input.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("File name endings to take from folders, comma-separated.", valueName: "list"))
    var extensions: String = ".txt,.md"

    @Option(name: .shortAndLong, help: ArgumentHelp("Report format: text, json or html.", valueName: "format"))
    var format: Format = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the report to this file (default: standard output).", valueName: "file"))
    var output: String?

    @Option(
        name: .customLong("min-coverage"),
        help: ArgumentHelp("Exit 1 when total coverage is below this (0–1).", valueName: "fraction"))
    var minimumCoverage: Double?

    @Option(
        name: .customLong("min-count"),
        help: ArgumentHelp("Report a phrase when it occurs at least this often.", valueName: "n"))
    var minimumCount = 2

    @Option(
        name: .customLong("candidates"),
        help: ArgumentHelp(
            "Also write the candidates as a glossary to fill in: .tsv (OmegaT columns) or .csv (the CSV glossary header).",
            valueName: "file"))
    var candidatesFile: String?

    @Flag(name: .customLong("include-known-names"), help: "Report well-known names too (Indonesia, China, Jakarta …).")
    var includeKnownNames = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var pipelineOptions: PipelineOptions

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("Name at least one article, folder, or - for paths on standard input.")
        }
        guard glossaryOptions.glossary != nil else { throw ValidationError("Coverage needs a glossary: -g FILE.") }
        if let minimumCoverage, !(0...1).contains(minimumCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 1, e.g. 0.8.")
        }
        guard minimumCount >= 1 else { throw ValidationError("--min-count must be at least 1.") }
    }

    func run() throws {
        let job = CoverageJob(
            pipeline: try pipelineOptions.load(glossary: glossaryOptions),
            format: CoverageJob.Format(rawValue: format.rawValue)!, minimumPhraseCount: minimumCount,
            includeKnownNames: includeKnownNames)
        let work = try BatchRun.jobs(
            for: InputPaths.expand(inputs), extensions: InputPaths.endings(extensions), outputFolder: "")
        let progress = Progress.onStandardError(total: work.count, quiet: pipelineOptions.quiet)
        let outcome = try job.run(work) { bytes, done in progress.update(bytes: bytes, done: done) }
        for failure in outcome.failures { Console.error(failure.diagnostic.description) }
        progress.finish()
        let coverage = outcome.coverage
        if let candidatesFile {
            try AtomicFile.write(outcome.candidateSheet(for: candidatesFile).utf8, to: candidatesFile)
            if !pipelineOptions.quiet {
                Console.error("wrote \(candidatesFile): \(outcome.candidateCount) candidates")
            }
        }
        if let output, output != "-" {
            try AtomicFile.write(to: output) { emit in try outcome.render { try emit($0) } }
            if !pipelineOptions.quiet { Console.error("wrote \(output): coverage \(Int((coverage * 100).rounded()))%") }
        } else {
            try outcome.render { FileHandle.standardOutput.write(Data($0)) }
        }
        if let minimumCoverage, coverage < minimumCoverage {
            Console.error(String(format: "coverage %.2f is below the minimum %.2f", coverage, minimumCoverage))
            throw ExitCode(1)
        }
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }
}
