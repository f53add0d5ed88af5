import Alih
import Foundation
import Testing

/// `JobReport`: a report shown as its summary or as `ReportEncoder`'s JSON, and written to a file.
@Suite struct JobReportTests {
    struct Counted: JobReport {
        var files: Int
        var path: String
        var summary: String { "\(files) files" }
    }

    static let report = Counted(files: 2, path: "a/b.txt")

    @Test func eachFormatRendersAsItSays() throws {
        #expect(try Self.report.rendered(as: .text) == "2 files")
        #expect(try Self.report.rendered(as: .json) == "{\n  \"files\" : 2,\n  \"path\" : \"a/b.txt\"\n}")
        #expect(try Self.report.rendered(as: .none) == nil)
    }

    @Test func theJSONFileIsTheJSONEndedByALineFeed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alih-report-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.report.writeJSON(to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try Self.report.rendered(as: .json)!) + "\n")
    }
}
