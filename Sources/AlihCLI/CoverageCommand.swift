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
            from the glossary (capitalised names, acronyms, frequent content-word phrases), \
            ranked by count with an example segment.

            Coverage = glossary term occurrences / (term occurrences + missing-candidate \
            occurrences); --min-coverage makes the command exit 1 when the total is below it.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: ArgumentHelp("Articles (UTF-8 text).", valueName: "article"))
    var articles: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Report format: text, json or html.", valueName: "format"))
    var format: Format = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("min-coverage"), help: ArgumentHelp("Exit 1 when total coverage is below this (0–1).", valueName: "fraction"))
    var minimumCoverage: Double?

    @Option(name: .customLong("min-count"), help: ArgumentHelp("Report a phrase when it occurs at least this often.", valueName: "n"))
    var minimumCount = 2

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var pipelineOptions: PipelineOptions

    func validate() throws {
        guard !articles.isEmpty else { throw ValidationError("Name at least one article.") }
        guard glossaryOptions.glossary != nil else { throw ValidationError("Coverage needs a glossary: -g FILE.") }
        if let minimumCoverage, !(0...1).contains(minimumCoverage) {
            throw ValidationError("--min-coverage must be between 0 and 1, e.g. 0.8.")
        }
        guard minimumCount >= 1 else { throw ValidationError("--min-count must be at least 1.") }
    }

    func run() throws {
        let pipeline = try pipelineOptions.load(glossary: glossaryOptions)
        guard let glossary = pipeline.glossary else { return }
        let finder = TermCandidateFinder(lemmatizer: try IndonesianLemmatizer.installed())
        var named = glossary
        named.name = (glossary.name as NSString).lastPathComponent
        var analysis = CoverageAnalysis(glossary: named, finder: finder, minimumPhraseCount: minimumCount)
        let renderer = CoverageHTMLRenderer()
        var sections: [String] = []
        for path in articles {
            let document = try pipeline.process(try ArticleInput.read(path), name: path).0
            let article = try analysis.add(document)
            if format == .html { sections.append(renderer.articleSection(document, article, glossary: named)) }
        }
        let report = analysis.report()
        let text: String
        switch format {
        case .text:
            text = CoverageTextRenderer().render(report)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            text = String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .html:
            text = renderer.render(report, articleSections: sections)
        }
        if let output, output != "-" {
            try AtomicFile.write(text.utf8, to: output)
            if !pipelineOptions.quiet {
                Console.error("wrote \(output): coverage \(Int((report.total.coverage * 100).rounded()))%")
            }
        } else {
            Console.output(text)
        }
        if let minimumCoverage, report.total.coverage < minimumCoverage {
            Console.error(String(format: "coverage %.2f is below the minimum %.2f", report.total.coverage, minimumCoverage))
            throw ExitCode(1)
        }
    }
}
