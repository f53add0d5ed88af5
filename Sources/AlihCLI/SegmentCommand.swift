import Alih
import ArgumentParser
import Foundation

/// `alih segment`: sentences, one per line.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print an article's sentences, one per line, blocks separated by a blank line.",
        discussion: """
            With --jsonl, reads one JSON object {"id": ..., "text": ...} per line and writes \
            {"id": ..., "sentences": [...]} per line. A bad line is reported on standard error \
            with its line number and skipped; the exit code is then 1.
            """
    )

    @Argument(help: ArgumentHelp("The article, or - for standard input.", valueName: "article"))
    var input: String = "-"

    @Flag(help: "Batch mode: JSON lines in, JSON lines out.")
    var jsonl = false

    @Flag(help: "Leave boilerplate blocks out.")
    var contentOnly = false

    @OptionGroup var pipelineOptions: PipelineOptions

    func run() throws {
        let listing = SentenceListing(pipeline: try pipelineOptions.load(), contentOnly: contentOnly)
        let bytes = try ArticleInput.read(input)
        let name = ArticleInput.name(of: input)
        guard jsonl else { return Console.output(try listing.text(of: bytes, name: name)) }
        let failures = listing.jsonLines(
            bytes, name: name, emit: { FileHandle.standardOutput.write($0) },
            failure: { Console.error($0.description) })
        if failures > 0 { throw ExitCode(1) }
    }
}
