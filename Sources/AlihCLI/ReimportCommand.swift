import Alih
import AlihFormats
import ArgumentParser

/// `alih reimport`: translated XLIFF → the translated article.
struct ReimportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reimport",
        abstract: "Rebuild the translated article from a translated XLIFF (2.x or 1.2).",
        discussion: """
            Checks the file against what was sent out (every unit's source against its checksum, \
            all units against the article's), then joins the translations with the original \
            whitespace and paragraph breaks. Nothing is written when a check fails, unless \
            --force; even then missing translations stop the write unless \
            --keep-source-for-missing. The QA checks of `alih check` run too (terminology against \
            -g, or the glossary the file was extracted with) and are summarised; with --strict \
            their errors stop the write. A target that is still a copy of its source counts \
            as untranslated unless the translator confirmed it (state final). A file without Alih's \
            extraction record is refused unless --foreign. Page chrome is left out of the translated \
            article unless --boilerplate keep. Writes ARTICLE.<target-lang>.txt next to the XLIFF unless -o \
            (standard output when the XLIFF comes through a pipe).

            Several files, or folders (their .xlf and .xliff files, recursively), are reimported \
            one after another, each article written next to its XLIFF, and a line of totals ends \
            the summary; a file that cannot be reimported is reported and the others go on. The exit \
            code is 1 when any file failed.
            """
    )

    @Argument(
        help: ArgumentHelp("The translated XLIFF file, or several files or folders of them.", valueName: "xliff"))
    var inputs: [String]

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the article (- for standard output).", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Page chrome in the translated article: drop or keep (in the source language). (default: drop)",
            valueName: "mode"),
        transform: { try choice($0, for: "--boilerplate", "drop or keep") })
    var boilerplate = ArticleMerger.Boilerplate.drop

    @Option(
        help: ArgumentHelp(
            "For a file made from an HTML page: the page (default: the page the file names, beside it).",
            valueName: "file"))
    var page: String?

    @Flag(help: "Write the article even when checks fail (missing translations still stop it).")
    var force = false

    @Flag(help: "Use the Indonesian source where a translation is missing or still a copy of the source.")
    var keepSourceForMissing = false

    @Flag(
        help: ArgumentHelp(
            "Merge a file without Alih's extraction record, unit by unit as blocks.",
            discussion: "What cannot be checked without the record is listed in the summary."))
    var foreign = false

    @OptionGroup var reportOptions: ReportOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Treat QA errors (alih check) as errors that stop the write.")
    var strict = false

    @Flag(help: "QA: report segments whose state is not final.")
    var requireFinal = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var memoryOptions: MemoryOptions

    func validate() throws {
        guard Validation.applies else { return }
        if TranslatedFiles.isBatch(inputs), output != nil || page != nil {
            throw ValidationError(
                "\(output != nil ? "-o" : "--page") names one file; with several XLIFF files or a folder, each article is written, and each page found, next to its XLIFF."
            )
        }
    }

    func run() throws {
        var reimport = Reimport(
            boilerplate: boilerplate, keepSourceForMissing: keepSourceForMissing, force: force, strict: strict,
            check: TranslationCheck(
                glossaryPath: glossaryOptions.glossary, requireFinal: requireFinal, disabled: ["untranslated"],
                skippedTerms: glossaryOptions.skippedTerms),
            memoryPath: memoryOptions.memory, foreign: foreign)
        guard !TranslatedFiles.isBatch(inputs) else { return try runBatch(reimport) }
        let input = inputs[0]
        reimport.pagePath = page
        // The process exits once the outcome is reported: the document, the article and the
        // findings are kept until then rather than freed one allocation at a time.
        reimport.handsBackDocument = true
        let outcome = try reimport.run(path: input, output: output, notice: show, standardOutput: Console.output)
        AlihCommand.keepUntilExit(outcome)
        try reportOptions.show(outcome, quiet: quiet)
        if outcome.failed { throw ExitCode(1) }
    }

    /// Reimports several files: each file's summary as it is done, then the totals.
    func runBatch(_ reimport: Reimport) throws {
        let text = reportOptions.report == .text
        let summary = ReimportBatch(reimport: reimport).run(try TranslatedFiles.files(in: inputs), notice: show) {
            switch $0 {
            case .success(let outcome): if text && !quiet { Console.error(outcome.summary) }
            case .failure(let error): if reportOptions.report != .json { Console.error(error.description) }
            }
        }
        try reportOptions.show(summary, quiet: quiet)
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// Prints what the reimport finds as it goes; with -q, of the merge's findings only errors,
    /// and no notes.
    func show(_ notice: Reimport.Notice) {
        if case .merge(let finding) = notice, quiet, finding.severity != .error { return }
        if case .glossary(let note) = notice, quiet, note.severity == .note { return }
        Console.error(notice.description)
    }
}
