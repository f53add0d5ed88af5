import Alih
import ArgumentParser
import Foundation

/// `alih tm`: moving a translation memory in and out as TMX.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Export a translation memory to TMX 1.4b, or import TMX into one.",
        subcommands: [Export.self, Import.self, Check.self]
    )

    static func open(_ path: String) throws -> TranslationMemory {
        try TranslationMemory.open(path: path)
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the memory as TMX 1.4b.")

        @Argument(help: ArgumentHelp("The translation memory (SQLite).", valueName: "tm"))
        var memory: String

        @Option(
            name: .shortAndLong, help: ArgumentHelp("The TMX file to write (- for standard output).", valueName: "file")
        )
        var output: String

        @Option(
            name: .customLong("source-lang"),
            help: ArgumentHelp("Only pairs from this language (default: all).", valueName: "tag"))
        var sourceLanguage: String?

        @Option(
            name: .customLong("target-lang"),
            help: ArgumentHelp("Only pairs into this language (default: all).", valueName: "tag"))
        var targetLanguage: String?

        func run() throws {
            guard FileManager.default.fileExists(atPath: memory) else {
                throw DiagnosticError(
                    code: "tm.not-found", "no such translation memory: \(memory)", at: SourceLocation(file: memory),
                    hint: "reimport translations with --tm \(memory) first")
            }
            let tm = try MemoryCommand.open(memory)
            let pairs: [TranslationPair]
            do { pairs = try tm.allPairs(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) } catch {
                throw DiagnosticError(code: "tm.read", error.description)
            }
            let tmx = try TMXFormat.write(
                pairs, sourceLanguage: sourceLanguage ?? pairs.first?.sourceLanguage ?? "id",
                toolVersion: AlihVersion.current)
            if output == "-" { Console.output(tmx) } else { try AtomicFile.write(tmx.utf8, to: output) }
            Console.error("\(memory): \(pairs.count) pairs exported" + (output == "-" ? "" : " to \(output)"))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check a translation memory: SQLite's integrity check and the number of pairs (exit 1 if damaged).")

        @Argument(help: ArgumentHelp("The translation memory (SQLite).", valueName: "tm"))
        var memory: String

        func run() throws {
            guard FileManager.default.fileExists(atPath: memory) else {
                throw DiagnosticError(
                    code: "tm.not-found", "no such translation memory: \(memory)", at: SourceLocation(file: memory))
            }
            let tm = try MemoryCommand.open(memory)
            let (integrity, count): (String, Int)
            do { (integrity, count) = (try tm.integrityCheck(), try tm.count()) } catch {
                throw DiagnosticError(code: "tm.read", error.description)
            }
            print("\(memory): \(count) pairs, integrity \(integrity)")
            if integrity != "ok" { throw ExitCode(1) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the pairs of a TMX file (from Alih, OmegaT or another tool) to the memory.")

        @Argument(help: ArgumentHelp("The TMX file.", valueName: "tmx"))
        var input: String

        @Option(
            name: .customLong("tm"),
            help: ArgumentHelp("The translation memory to add to (created when missing).", valueName: "file"))
        var memory: String

        func run() throws {
            let (pairs, warnings) = try TMXFormat.read(path: input)
            for warning in warnings { Console.error(warning.description) }
            let tm = try MemoryCommand.open(memory)
            let result: TranslationMemory.StoreResult
            do { result = try tm.store(pairs) } catch {
                throw DiagnosticError(
                    code: "tm.write", error.description,
                    hint: "nothing was imported (one transaction); check the file and retry")
            }
            Console.error(
                "\(input): \(pairs.count) pairs read; \(result.added) added to \(memory), \(result.updated) already there"
            )
        }
    }
}
