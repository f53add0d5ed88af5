import Alih
import AlihFormats
import ArgumentParser

/// `alih tm`: moving a translation memory in and out as TMX.
struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Export a translation memory to TMX 1.4b, import TMX into one, check or copy one.",
        discussion: """
            A memory is an SQLite file or a PostgreSQL database named by a connection URI \
            (postgresql://user@host/database, libpq's syntax: sslmode, passfile, PGPASSWORD and \
            PGSERVICE work as for psql). Messages show URIs without their password.
            """,
        subcommands: [Export.self, Import.self, Check.self, Copy.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the memory as TMX 1.4b.")

        @Argument(help: ArgumentHelp("The translation memory (an SQLite file or a PostgreSQL URI).", valueName: "tm"))
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
            let export = try MemoryFile(path: memory).exportTMX(
                to: output, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                standardOutput: Console.output)
            Console.error(export.summary(destination: output))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Check a translation memory: SQLite's integrity check and the number of pairs (exit 1 if damaged).")

        @Argument(help: ArgumentHelp("The translation memory (an SQLite file or a PostgreSQL URI).", valueName: "tm"))
        var memory: String

        func run() throws {
            let health = try MemoryFile(path: memory).check()
            print(health.summary)
            if !health.isSound { throw ExitCode(1) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the pairs of a TMX file (from Alih, OmegaT or another tool) to the memory.")

        @Argument(help: ArgumentHelp("The TMX file (- for standard input).", valueName: "tmx"))
        var input: String

        @Option(
            name: .customLong("tm"),
            help: ArgumentHelp(
                "The translation memory to add to (a file is created when missing).", valueName: "file|uri"))
        var memory: String

        func run() throws {
            let imported = try MemoryFile(path: memory).importTMX(from: input) { Console.error($0.description) }
            Console.error(imported.summary)
        }
    }

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy every pair of one memory into another (SQLite file ↔ PostgreSQL, either way).",
            discussion: """
                One transaction in the destination; pairs already there have their use counts \
                raised, so copying into an empty memory moves it as it was.
                """)

        @Argument(help: ArgumentHelp("The memory to copy from.", valueName: "from"))
        var source: String

        @Argument(help: ArgumentHelp("The memory to copy into (a file is created when missing).", valueName: "to"))
        var destination: String

        func run() throws {
            Console.error(try MemoryFile(path: source).copy(to: destination).summary)
        }
    }
}
