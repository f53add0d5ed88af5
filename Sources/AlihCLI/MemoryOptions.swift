import Alih
import ArgumentParser

/// The translation memory option shared by extract, reimport and tm.
struct MemoryOptions: ParsableArguments {
    @Option(
        name: .customLong("tm"),
        help: ArgumentHelp("Translation memory file (SQLite; created when missing).", valueName: "file"))
    var memory: String?

    /// The memory, opened; nil when none was given.
    func open() throws -> TranslationMemory? {
        guard let memory else { return nil }
        return try TranslationMemory.open(path: memory)
    }

}
