import Alih
import ArgumentParser

/// `alih segment`: sentences, one per line.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print an article's sentences, one per line, blocks separated by a blank line.",
        discussion: """
            With --jsonl, reads one JSON object {"id": ..., "text": ...} per line and writes \
            {"id": ..., "sentences": [...]} per line. A bad line is reported on standard error \
            with its line number and skipped; the exit code is then 1.

            An HTML page (.html, .htm, .xhtml) is read as its article's text: scripts, styles and \
            page chrome left out (--explain lists the chrome with its lines in the page).
            """
    )

    @Argument(help: ArgumentHelp("The article, or - for standard input.", valueName: "article"))
    var input: String = "-"

    @Flag(help: "Batch mode: JSON lines in, JSON lines out.")
    var jsonl = false

    @Flag(help: "Leave boilerplate blocks out.")
    var contentOnly = false

    @Flag(help: "Head each block with its id, line, and whether it is content or chrome (and which rule said so).")
    var explain = false

    @OptionGroup var pipelineOptions: PipelineOptions

    @OptionGroup var inputRepairOptions: InputRepairOptions

    func validate() throws {
        guard Validation.applies else { return }
        if explain && jsonl { throw ValidationError("--explain lists one article as text; leave out --jsonl.") }
    }

    func run() throws {
        let listing = SentenceListing(
            pipeline: try pipelineOptions.load(input: inputRepairOptions), contentOnly: contentOnly, explain: explain)
        let failures = try listing.run(
            try ArticleInput.read(input), input: input, jsonLines: jsonl, output: Console.output,
            failure: { Console.error($0.description) })
        if failures > 0 { throw ExitCode(1) }
    }
}
