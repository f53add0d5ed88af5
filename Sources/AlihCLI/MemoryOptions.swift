import ArgumentParser

/// The translation memory option shared by extract and reimport.
struct MemoryOptions: ParsableArguments {
    @Option(
        name: .customLong("tm"),
        help: ArgumentHelp(
            "Translation memory: an SQLite file (created when missing) or a PostgreSQL URI (postgresql://…).",
            valueName: "file|uri"))
    var memory: String?
}
