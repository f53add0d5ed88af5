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

    /// The glossary at `path` read and checked; a file that cannot be opened is an input error
    /// (exit 2), a problem in its content is printed and ends the command with exit code 1.
    static func review(_ path: String, sourceLanguage: String? = nil, targetLanguage: String? = nil) throws
        -> GlossaryReview
    {
        do {
            return try GlossaryReview(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        } catch {
            try fail(error)
        }
    }

    /// Ends the command: a file failure as an input error (exit 2), a content failure printed with exit code 1.
    static func fail(_ failure: GlossaryReview.Failure) throws -> Never {
        guard case .content(let error) = failure else { throw failure.error }
        Console.error(error.description)
        throw ExitCode(1)
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
            let review = try GlossaryCommand.review(file)
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
            for (flag, tag) in [("--source-lang", sourceLanguage), ("--target-lang", targetLanguage)] {
                if let tag, !LanguageTag.isWellFormed(tag) {
                    throw ValidationError("\(flag) '\(tag)' is not a BCP-47 language tag (e.g. id, en, en-GB).")
                }
            }
            if let sourceLanguage, let targetLanguage, sourceLanguage.lowercased() == targetLanguage.lowercased() {
                throw ValidationError(
                    "--source-lang and --target-lang are both '\(sourceLanguage)'; a glossary needs two languages.")
            }
            if input == output {
                throw ValidationError("the output names the input file itself; it would be overwritten.")
            }
        }

        func run() throws {
            let format = try GlossaryFileFormat(path: output)
            let review = try GlossaryCommand.review(
                input, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            for diagnostic in review.diagnostics { Console.error(diagnostic.description) }
            let summary = review.summary
            guard summary.errors == 0 else {
                Console.error(
                    "\(input): \(summary)\n  not written: fix the errors first (alih glossary check \(input))")
                throw ExitCode(1)
            }
            do {
                try review.write(
                    to: output, format: format, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            } catch { try GlossaryCommand.fail(error) }
            Console.error("wrote \(output) (\(format.rawValue.uppercased())): \(summary)")
        }
    }
}
