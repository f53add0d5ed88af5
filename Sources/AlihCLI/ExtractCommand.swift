import Alih
import ArgumentParser

/// `alih extract`: article → XLIFF.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Convert an article to XLIFF 2.1 (default) or 1.2.",
        discussion: """
            Writes ARTICLE.xlf next to the input unless -o is given; with input - (standard \
            input) or a pipe (<(curl -s URL)) the XLIFF goes to standard output. A summary goes \
            to standard error.

            For OmegaT 3.6 use --xliff 1.2 --prefill-targets and turn OmegaT's sentence \
            segmentation off: OmegaT translates the content of <target> and reads no XLIFF 2.

            With --tm, the translation memory's exact matches prefill targets (state translated) \
            and its fuzzy matches are offered (XLIFF 2.1 Matches module, XLIFF 1.2 alt-trans); the \
            summary adds what they save, in words.

            With -g, glossary terms are recognised through Indonesian morphology: XLIFF 2.1 \
            gets a Glossary module block per unit (terms marked with <mrk type="term">), \
            XLIFF 1.2 a <note from="glossary"> per trans-unit; --emit-tbx writes the entries \
            found as TBX for the CAT tool's termbase.
            """
    )

    @Argument(help: ArgumentHelp("The article (UTF-8 or UTF-16 text), or - for standard input.", valueName: "article"))
    var input: String

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Where to write the XLIFF (- for standard output).", valueName: "file"))
    var output: String?

    @Option(
        name: .customLong("xliff"),
        help: ArgumentHelp("XLIFF version: 2.1 or 1.2 (default: the pipeline's, 2.1).", valueName: "version"),
        transform: { try choice($0, for: "--xliff", "2.1 or 1.2") })
    var xliffVersion: XLIFFVersion?

    @Flag(help: "Leave page chrome out of the XLIFF (the report lists what was left out).")
    var dropBoilerplate = false

    @Flag(help: "Copy each source into its target (needed by OmegaT 3.6).")
    var prefillTargets = false

    @OptionGroup var reportOptions: ReportOptions

    @Option(help: ArgumentHelp("Also write the report as JSON to this file.", valueName: "file"))
    var reportFile: String?

    @Flag(
        inversion: .prefixedNo,
        help: "With a glossary, wrap terms in <mrk type=\"term\"> linked from the glossary entries (XLIFF 2.1).")
    var markTerms = true

    @Option(
        help: ArgumentHelp(
            "Also write the glossary entries found in the article as TBX (the file CAT tools load).", valueName: "file")
    )
    var emitTBX: String?

    @Option(
        help: ArgumentHelp("With --tm, offer fuzzy matches at or above this similarity (0–1).", valueName: "fraction"))
    var fuzzyThreshold = 0.75

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var memoryOptions: MemoryOptions

    @OptionGroup var pipelineOptions: PipelineOptions

    @OptionGroup var inputRepairOptions: InputRepairOptions

    func validate() throws {
        guard Validation.applies else { return }
        guard (0.5...1).contains(fuzzyThreshold) else {
            throw ValidationError("--fuzzy-threshold must be between 0.5 and 1, e.g. 0.75.")
        }
        try glossaryOptions.requireGlossaryForSkippedTerms()
        if emitTBX != nil && glossaryOptions.glossary == nil {
            throw ValidationError("--emit-tbx needs a glossary (-g FILE).")
        }
    }

    func run() throws {
        let pipeline = try pipelineOptions.load(glossary: glossaryOptions, input: inputRepairOptions)
        let options = ExtractionOptions(
            definition: pipeline.definition, xliffVersion: xliffVersion, dropBoilerplate: dropBoilerplate,
            prefillTargets: prefillTargets, markTerms: markTerms, fuzzyThreshold: fuzzyThreshold)
        let job = ExtractionJob(
            pipeline: pipeline, options: options, memoryPath: memoryOptions.memory, tbxPath: emitTBX,
            reportPath: reportFile)
        let article = try ArticleInput.read(input)
        guard let outcome = try job.run(article, input: input, output: output, standardOutput: Console.output)
        else { return }
        try reportOptions.show(outcome, quiet: pipelineOptions.quiet)
    }
}
