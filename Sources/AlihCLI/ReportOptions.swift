import Alih
import ArgumentParser

/// `--report`: how a command reports what it did on standard error.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Summary on standard error: text, json or none.", valueName: "format"))
    var report: ReportFormat = .text

    /// Writes `outcome`'s JSON report to `file` when given, then prints it as `--report` asks,
    /// unless `quiet`.
    func show(_ outcome: some JobReport, file: String? = nil, quiet: Bool) throws {
        if let file { try outcome.writeJSON(to: file) }
        guard !quiet, let text = try outcome.rendered(as: report) else { return }
        Console.error(text)
    }
}
