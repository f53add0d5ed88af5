import Alih
import ArgumentParser

/// Options for commands that read articles: how to read them, and what to do about text that
/// came in damaged.
struct InputRepairOptions: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read articles as text or html (default: by extension; .html, .htm, .xhtml are pages).",
            valueName: "format"))
    var format: InputFormat?

    @Flag(
        help: ArgumentHelp(
            "Turn mojibake (UTF-8 read as Windows-1252: Ã© for é) back into what it stands for.",
            discussion: "Without it, such text is reported with its line and column and left as it is."))
    var repairMojibake = false
}
