import ArgumentParser

/// Options for commands that read articles: what to do about text that came in damaged.
struct InputRepairOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            "Turn mojibake (UTF-8 read as Windows-1252: Ã© for é) back into what it stands for.",
            discussion: "Without it, such text is reported with its line and column and left as it is."))
    var repairMojibake = false
}
