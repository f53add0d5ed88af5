import AlihTestSupport
import Foundation
import Testing

/// `alih coverage` from the command line: its outputs against golden files.
@Suite struct CoverageCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// The report of the shipped article with the shipped glossary, byte for byte
    /// (`ALIH_RECORD_GOLDEN=1` rewrites the files).
    @Test(arguments: ["json", "text"])
    func reportMatchesGolden(format: String) throws {
        let result = try AlihProcess.run(["coverage", "Examples/berita-contoh.txt", "-g", "Glossaries/id-en-news.tsv", "-f", format])
        #expect(result.status == 0, "\(result.stderr)")
        let url = Self.golden.appendingPathComponent("coverage-berita-contoh.\(format)")
        if ProcessInfo.processInfo.environment["ALIH_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(result.stdout == (try String(contentsOf: url, encoding: .utf8)))
    }
}
