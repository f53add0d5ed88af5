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
        let pipeline = try pipelineOptions.load(glossary: glossaryOptions)
        guard let glossary = pipeline.glossary else { return }
        let finder = TermCandidateFinder(
            lemmatizer: try IndonesianLemmatizer.installed(), includeKnownNames: includeKnownNames)
        var named = glossary
        named.name = (glossary.name as NSString).lastPathComponent
        var analysis = CoverageAnalysis(glossary: named, finder: finder, minimumPhraseCount: minimumCount)
        let renderer = CoverageHTMLRenderer()
        var sections: [String] = []
        let work = try BatchRun.jobs(
            for: InputPaths.expand(inputs), extensions: InputPaths.endings(extensions), outputFolder: "")
        let progress = Progress.onStandardError(total: work.count, quiet: pipelineOptions.quiet)
        let failures = CoverageRun(pipeline: pipeline, finder: finder).run(
            work, into: &analysis,
            added: { document, article in
                if format == .html { sections.append(renderer.articleSection(document, article, glossary: named)) }
            }, progress: { bytes, done in progress.update(bytes: bytes, done: done) })
        for failure in failures { Console.error(failure.diagnostic.description) }
        let failed = failures.count
        progress.finish()
        let report = analysis.report()
        if let candidatesFile {
            let sheet = CandidateSheet.write(
                report.total.candidates, format: CandidateSheet.Format(path: candidatesFile),
                sourceLanguage: glossary.sourceLanguage, targetLanguage: glossary.targetLanguage)
            try AtomicFile.write(sheet.utf8, to: candidatesFile)
            if !pipelineOptions.quiet {
                Console.error("wrote \(candidatesFile): \(report.total.candidates.count) candidates")
            }
        }
        // The report goes out in pieces (JSON article by article), not as one string.
        let produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void = { emit in
            switch format {
            case .text: try emit(Array(CoverageTextRenderer().render(report).utf8))
            case .json: try CoverageJSONWriter().write(report, emit)
            case .html: try emit(Array(renderer.render(report, articleSections: sections).utf8))
            }
        }
        if let output, output != "-" {
            try AtomicFile.write(to: output) { emit in try produce { try emit($0) } }
            if !pipelineOptions.quiet {
                Console.error("wrote \(output): coverage \(Int((report.total.coverage * 100).rounded()))%")
            }
        } else {
            try produce { FileHandle.standardOutput.write(Data($0)) }
        }
        if let minimumCoverage, report.total.coverage < minimumCoverage {
            Console.error(
                String(format: "coverage %.2f is below the minimum %.2f", report.total.coverage, minimumCoverage))
            throw ExitCode(1)
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
