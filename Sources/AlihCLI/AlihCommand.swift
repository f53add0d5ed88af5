import Alih
import AlihCore
import AlihStages
import ArgumentParser
import Foundation

/// `alih`: Indonesian news articles to translator-ready XLIFF and back.
@main
struct AlihCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alih",
        abstract: "Turn Indonesian news articles into translator-ready XLIFF.",
        discussion: """
            Exit codes: 0 success, 1 problems found (a check failed), 2 usage or input error.
            """,
        version: AlihVersion.current,
        subcommands: [
            ExtractCommand.self, ReimportCommand.self, CheckCommand.self, RunCommand.self, SegmentCommand.self,
            SRXCommand.self, CoverageCommand.self, GlossaryCommand.self,
            MemoryCommand.self, LemmaCommand.self, PipelineCommand.self,
        ]
    )

    /// Runs the command and maps every failure onto Alih's exit codes: 1 for problems a
    /// check found, 2 for usage and input errors (ArgumentParser alone would use 64).
    static func main() {
        // A glossary's morphology (Hunspell's files, the lexicon) takes longer to load than the
        // command line takes to parse: with -g it starts loading now, on threads of its own.
        if CommandLine.arguments.dropFirst().contains(where: {
            $0 == "-g" || $0 == "--glossary" || $0.hasPrefix("--glossary=")
        }) {
            IndonesianLemmatizer.preload()
        }
        let code: Int32
        do {
            var command = try parseReportingUnknownOptionsFirst()
            try command.run()
            code = 0
        } catch let error as DiagnosticError {
            Console.error(error.diagnostic.description)
            code = 2
        } catch let error as ExitCode {
            code = error.rawValue
        } catch {
            let exit = exitCode(for: error)
            let message = fullMessage(for: error)
            if exit == .success {
                if !message.isEmpty { print(message) }
                code = 0
            } else {
                Console.error(message.isEmpty ? "error: \(error)" : message)
                code = 2
            }
        }
        Foundation.exit(code)
    }

    /// `parseAsRoot()`, except that an unknown or misspelt option is reported before what a
    /// command's own `validate()` finds: ArgumentParser validates a command before it looks at
    /// the arguments left over, so `alih coverage a.txt --glosary g.tsv` said "Coverage needs a
    /// glossary". On a failure the arguments are parsed again with validation off; its error,
    /// if any, is the one to report.
    static func parseReportingUnknownOptionsFirst() throws -> ParsableCommand {
        do {
            return try parseAsRoot()
        } catch let original {
            guard exitCode(for: original) != .success else { throw original }
            Validation.applies = false
            defer { Validation.applies = true }
            _ = try parseAsRoot()
            throw original
        }
    }

    /// Keeps `value` alive until the process exits, which `main` ends with `exit`: for a
    /// command's large result (a reimport's document, article and findings), whose freeing, one
    /// allocation at a time, is work done just before the process gives all its memory back.
    static func keepUntilExit(_ value: some Any) {
        _ = Unmanaged.passRetained(KeptValue(value))
    }

    /// A value held by a reference that is never released.
    private final class KeptValue<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
