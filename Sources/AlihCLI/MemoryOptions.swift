import ArgumentParser

/// The translation memory option shared by extract and reimport.
struct MemoryOptions: ParsableArguments {
    @Option(
        name: .customLong("tm"),
        help: ArgumentHelp("Translation memory file (SQLite; created when missing).", valueName: "file"))
    var memory: String?
}
