import Alih
import AlihFormats
import ArgumentParser
import Foundation

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
            --keep-source-for-missing. The QA checks of `alih check` run too and are summarised; \
            with --strict their errors stop the write. Page chrome is left out of the translated article unless \
            --boilerplate keep. Writes ARTICLE.<target-lang>.txt next to the XLIFF unless -o.
            """
    )

    @Argument(help: ArgumentHelp("The translated XLIFF file.", valueName: "xliff"))
    var input: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the article (- for standard output).", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Page chrome in the translated article: drop or keep (in the source language).", valueName: "mode"))
    var boilerplate: String = ArticleMerger.Boilerplate.drop.rawValue

    @Flag(help: "Write the article even when checks fail (missing translations still stop it).")
    var force = false

    @Flag(
        name: .customLong("keep-source-for-missing"), help: "Use the Indonesian source where a translation is missing.")
    var keepSourceForMissing = false

    @Option(help: ArgumentHelp("Summary on standard error: text, json or none.", valueName: "format"))
    var report: ReportFormat = .text

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Treat QA errors (alih check) as errors that stop the write.")
    var strict = false

    @Flag(name: .customLong("require-final"), help: "QA: report segments whose state is not final.")
    var requireFinal = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var memoryOptions: MemoryOptions

    func validate() throws {
        guard ArticleMerger.Boilerplate(rawValue: boilerplate) != nil else {
            throw ValidationError("--boilerplate must be drop or keep, not '\(boilerplate)'.")
        }
        if let output, output == input {
            throw ValidationError("-o names the XLIFF file itself; it would be overwritten.")
        }
    }

    func run() throws {
        let reimport = Reimport(
            boilerplate: ArticleMerger.Boilerplate(rawValue: boilerplate)!, keepSourceForMissing: keepSourceForMissing,
            force: force, strict: strict,
            check: TranslationCheck(
                glossaryPath: glossaryOptions.glossary, requireFinal: requireFinal, disabled: ["untranslated"]),
            memoryPath: memoryOptions.memory)
        var destination = output ?? ""
        let outcome = try reimport.run(path: input, notice: printNotice) { article, targetLanguage in
            destination = output ?? Reimport.defaultOutput(for: input, targetLanguage: targetLanguage)
            if destination == "-" {
                Console.output(article)
            } else {
                try AtomicFile.write(article.utf8, to: destination)
            }
        }
        if !quiet { try printSummary(outcome, destination: destination) }
        if outcome.failed { throw ExitCode(1) }
    }

    /// Prints what the reimport finds as it goes: merge findings (errors alone with -q),
    /// glossary warnings, and the QA report when it stops the write.
    func printNotice(_ notice: Reimport.Notice) {
        switch notice {
        case .merge(let diagnostic):
            if !quiet || diagnostic.severity == .error { Console.error(diagnostic.description) }
        case .glossary(let warning): Console.error(warning.description)
        case .qaStopsWrite(let qa): Console.error(qa.text)
        }
    }

    func printSummary(_ outcome: Reimport.Outcome, destination: String) throws {
        switch report {
        case .text: Console.error(outcome.summary(destination: destination))
        case .json:
            let json = try ReportEncoder.make().encode(outcome.report(destination: destination))
            Console.error(String(decoding: json, as: UTF8.self))
        case .none: break
        }
    }
}
