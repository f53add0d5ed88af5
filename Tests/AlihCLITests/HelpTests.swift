import AlihTestSupport
import Foundation
import Testing

/// The help screens are the CLI's reference: golden files keep changes to them deliberate.
/// Re-record with `ALIH_RECORD_GOLDEN=1` (the run fails after writing, so review the diff and run again).
@Suite struct HelpTests {
    @Test(arguments: [
        ["--help"], ["extract", "--help"], ["reimport", "--help"], ["check", "--help"], ["run", "--help"],
        ["segment", "--help"], ["srx", "--help"],
        ["coverage", "--help"], ["lemma", "--help"],
        ["glossary", "check", "--help"], ["glossary", "convert", "--help"], ["pipeline", "check", "--help"],
        ["tm", "export", "--help"], ["tm", "import", "--help"], ["tm", "copy", "--help"], ["tm", "check", "--help"],
    ])
    func helpMatchesGolden(arguments: [String]) throws {
        let result = try AlihProcess.run(arguments)
        #expect(result.status == 0)
        let name = arguments.filter { $0 != "--help" }.joined(separator: "-")
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/help\(name.isEmpty ? "" : "-" + name).txt")
        if ProcessInfo.processInfo.environment["ALIH_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent); unset ALIH_RECORD_GOLDEN and review the diff")
            return
        }
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func versionIsPrinted() throws {
        let result = try AlihProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("0."))
    }
}
