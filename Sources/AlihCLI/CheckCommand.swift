import Alih
import ArgumentParser

/// `alih check`: QA of a translated XLIFF file.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check a translated XLIFF: untranslated, terminology, numbers, tags, whitespace, punctuation, length.",
        discussion: """
            Checks (ids for --disable): untranslated, identical, terminology, numbers, tags, \
            whitespace, punctuation, length, and state (with --require-final). Exit code 1 when \
            any check reports an error; warnings alone exit 0.

            Terminology is checked against -g, or else against the glossary the file was \
            extracted with, found beside the file or where extract was given it, and only if \
            unchanged since (a note says which was used, a warning why none was).

            Several files, or folders (their .xlf and .xliff files, recursively), are checked one \
            after another: in text each report, then a line of totals; in JSON an array of the \
            reports. A file that cannot be read is reported and the others go on (exit code 1).
            """
    )

    @Argument(
        help: ArgumentHelp("The translated XLIFF file, or several files or folders of them.", valueName: "xliff"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Report format: text or json.", valueName: "format"))
    var format: QAReport.Format = .text

    @Flag(help: "Report segments whose state is not final.")
    var requireFinal = false

    @Option(
        help: ArgumentHelp("Checks to switch off, comma-separated (e.g. length,punctuation).", valueName: "ids"),
        transform: TranslationCheck.checkIDs)
    var disable: Set<String> = []

    @OptionGroup var glossaryOptions: GlossaryOptions

    func validate() throws {
        guard Validation.applies else { return }
        let unknown = TranslationCheck.unknownChecks(in: disable)
        guard unknown.isEmpty else {
            throw ValidationError(
                "--disable: no check named \(unknown.joined(separator: ", ")); the checks are \(TranslationCheck.checkNames.joined(separator: ", "))."
            )
        }
    }

    func run() throws {
        let check = TranslationCheck(
            glossaryPath: glossaryOptions.glossary, requireFinal: requireFinal, disabled: disable,
            skippedTerms: glossaryOptions.skippedTerms)
        guard !TranslatedFiles.isBatch(inputs) else {
            let totals = try CheckBatch(check: check).run(
                try TranslatedFiles.files(in: inputs), format: format, emit: Console.output,
                warning: { Console.error($0.description) }, failure: { Console.error($0.description) })
            if totals.failed { throw ExitCode(1) }
            return
        }
        let report = try check.report(path: inputs[0]) { Console.error($0.description) }
        try report.render(as: format, Console.output)
        if report.errors > 0 { throw ExitCode(1) }
    }
}
