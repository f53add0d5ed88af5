import Alih
import AlihCore
import AlihFormats
import ArgumentParser

/// `alih glossary`: checking and converting glossaries (CSV, OmegaT TSV, TBX).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check glossaries and convert them between CSV, TSV (OmegaT) and TBX.",
        discussion: """
            The format comes from the file's extension: .csv; .tsv, .txt, .tab or .utf8 \
            (OmegaT's tab-separated glossary); .tbx or .xml (TBX-Basic; TBX v2 <martif> \
            files are read too).
            """,
        subcommands: [Check.self, Convert.self]
    )

    /// Runs a glossary job: a file that cannot be opened or written is an input error (exit 2),
    /// a problem in the glossary is printed and ends the command with exit code 1.
    static func reviewing<Result>(_ job: () throws -> Result) throws -> Result {
        do {
            return try job()
        } catch let failure as GlossaryReview.Failure {
            guard case .content(let error) = failure else { throw failure.error }
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a glossary: empty or duplicate rows, conflicting statuses, suspicious terms.",
            discussion: """
                Prints each problem as file:line:column: severity: message [code] on \
                standard error, then a summary. Exit code 1 when the glossary has errors; \
                warnings alone exit 0; 2 when the file cannot be opened.
                """
        )

        @Argument(help: ArgumentHelp("The glossary (.csv, .tsv, .tbx).", valueName: "file"))
        var file: String

        func run() throws {
            let review = try GlossaryCommand.reviewing { try GlossaryReview(path: file) }
            for diagnostic in review.diagnostics { Console.error(diagnostic.description) }
            print(review.summary.description)
            if review.summary.errors > 0 { throw ExitCode(1) }
        }
    }

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a glossary to another format (from the extensions: .csv, .tsv, .tbx).",
            discussion: """
                Refuses to write when the input has errors (see alih glossary check); \
                warnings are printed. --source-lang and --target-lang set the languages of \
                a CSV or TSV input and pick the languages of a multilingual TBX input.
                """
        )

        @Argument(help: ArgumentHelp("The glossary to read.", valueName: "input"))
        var input: String

        @Argument(help: ArgumentHelp("The file to write (replaced atomically).", valueName: "output"))
        var output: String

        @Option(
            name: .customLong("source-lang"),
            help: ArgumentHelp("BCP-47 tag of the source terms (default: the file's, or id).", valueName: "tag"))
        var sourceLanguage: String?

        @Option(
            name: .customLong("target-lang"),
            help: ArgumentHelp("BCP-47 tag of the translations (default: the file's, or en).", valueName: "tag"))
        var targetLanguage: String?

        func validate() throws {
            guard Validation.applies else { return }
            try LanguageOptions.validate(source: sourceLanguage, target: targetLanguage, for: "a glossary")
        }

        func run() throws {
            let conversion = try GlossaryCommand.reviewing {
                try GlossaryConversion(
                    input, to: output, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                    diagnostic: { Console.error($0.description) })
            }
            Console.error(conversion.summary)
            if !conversion.written { throw ExitCode(1) }
        }
    }
}
