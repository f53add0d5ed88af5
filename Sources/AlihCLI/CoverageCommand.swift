import Alih
import AlihFormats
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
            reported and the others go on; the exit code is then 1. HTML pages (.html, .htm, \
            .xhtml; in folders with --extensions .html) are read as their article's text.
            """
    )

    @Argument(
        help: ArgumentHelp("Articles or folders of articles; - reads paths from standard input.", valueName: "input"))
    var inputs: [String]

    @OptionGroup var batchInputOptions: BatchInputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Report format: text, json or html.", valueName: "format"))
    var format: CoverageJob.Format = .text

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
            "Also write the candidates as a glossary to fill in: .tsv (OmegaT columns; .txt, .tab, .utf8 too) or .csv.",
            valueName: "file"))
    var candidatesFile: String?

    @Flag(help: "Report well-known names too (Indonesia, China, Jakarta …).")
    var includeKnownNames = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var pipelineOptions: PipelineOptions

    @OptionGroup var inputRepairOptions: InputRepairOptions

    func validate() throws {
        guard Validation.applies else { return }
        guard glossaryOptions.glossary != nil else { throw ValidationError("Coverage needs a glossary: -g FILE.") }
        if let minimumCoverage, !(0...1).contains(minimumCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 1, e.g. 0.8.")
        }
        guard minimumCount >= 1 else { throw ValidationError("--min-count must be at least 1.") }
        if let candidatesFile, CandidateSheet.Format(path: candidatesFile) == nil {
            throw ValidationError("--candidates must be named \(CandidateSheet.Format.names).")
        }
    }

    func run() throws {
        let job = CoverageJob(
            pipeline: try pipelineOptions.load(glossary: glossaryOptions, input: inputRepairOptions), format: format,
            minimumPhraseCount: minimumCount, includeKnownNames: includeKnownNames)
        let work = try batchInputOptions.jobs(
            for: inputs, outputFolder: "", format: job.pipeline.inputFormat ?? job.pipeline.definition.inputFormat)
        try job.requireOutputs(report: output, candidates: candidatesFile, apartFrom: work)
        // The articles measured: Alih's own outputs among the inputs are left out.
        let articles = BatchRun.separatingOwnOutputs(work, targetLanguage: job.pipeline.definition.targetLanguage)
        let progress = Progress(total: articles.articles.count, quiet: pipelineOptions.quiet)
        let outcome = try job.run(work) { bytes, done in progress.update(bytes: bytes, done: done) }
        for failure in outcome.failures { Console.error(failure.diagnostic.description) }
        if !pipelineOptions.quiet {
            for warning in outcome.warnings { Console.error(warning.description) }
            if let note = outcome.ownOutputsNote { Console.error(note) }
        }
        progress.finish()
        try outcome.write(to: output, candidates: candidatesFile, standardOutput: Console.output) {
            if !pipelineOptions.quiet { Console.error($0) }
        }
        if let shortfall = outcome.shortfall(below: minimumCoverage) {
            Console.error(shortfall)
            throw ExitCode(1)
        }
        if !outcome.failures.isEmpty { throw ExitCode(1) }
    }
}
