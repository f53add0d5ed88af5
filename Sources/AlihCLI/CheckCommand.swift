import Alih
import ArgumentParser
import Foundation

/// `alih check`: QA of a translated XLIFF file.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check a translated XLIFF: untranslated, terminology, numbers, tags, whitespace, punctuation, length.",
        discussion: """
            Checks (ids for --disable): untranslated, identical, terminology (with -g), numbers, \
            tags, whitespace, punctuation, length, and state (with --require-final). Exit code 1 \
            when any check reports an error; warnings alone exit 0.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The translated XLIFF file.", valueName: "xliff"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Report format: text or json.", valueName: "format"))
    var format: Format = .text

    @Flag(name: .customLong("require-final"), help: "Report segments whose state is not final.")
    var requireFinal = false

    @Option(help: ArgumentHelp("Checks to switch off, comma-separated (e.g. length,punctuation).", valueName: "ids"))
    var disable: String = ""

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let document = try XLIFFReader().read(path: input)
        let checker = try QualityCheckerFactory.make(
            glossary: glossaryOptions, document: document, requireFinal: requireFinal, disable: disable)
        let report = try checker.report(document, file: input)
        switch format {
        case .text:
            Console.output(report.text)
        case .json:
            let encoder = ReportEncoder.make()
            Console.output(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        }
        if report.errors > 0 { throw ExitCode(1) }
    }
}

/// Builds the checker the check and reimport commands share.
enum QualityCheckerFactory {
    static func make(glossary: GlossaryOptions, document: TranslatedDocument, requireFinal: Bool, disable: String)
        throws -> QualityChecker
    {
        let source = document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage
        let target = document.targetLanguage.isEmpty ? "en" : document.targetLanguage
        var matcher: GlossaryMatcher? = nil
        if let terms = try glossary.load(sourceLanguage: source, targetLanguage: target, quiet: false) {
            let lemmatizer: IndonesianLemmatizer
            do { lemmatizer = try IndonesianLemmatizer.installed() } catch {
                throw DiagnosticError(code: "morphology.dictionary", "\(error)", hint: "apt-get install hunspell-id")
            }
            matcher = try GlossaryMatcher(glossary: terms, lemmatizer: lemmatizer, locale: source)
        }
        let disabled = Set(
            disable.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        return QualityChecker(matcher: matcher, requireFinal: requireFinal, disabled: disabled)
    }
}
