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
        return try Self.open(memory)
    }

    static func open(_ memory: String) throws -> TranslationMemory {
        do {
            return try TranslationMemory(path: memory, indexStopWords: IndonesianStopWords.words)
        } catch {
            throw DiagnosticError(
                code: "tm.open", error.description, at: SourceLocation(file: memory),
                hint: "check that the file is an Alih translation memory and its folder is writable")
        }
    }
}
