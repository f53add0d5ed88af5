import Foundation
import Testing

@testable import Alih

/// `alih check --format json` is written in rounds of findings, byte for byte what `JSONEncoder`
/// gives for the whole report.
@Suite struct QAReportJSONWriterTests {
    static func whole(_ report: QAReport) throws -> [UInt8] {
        Array(try ReportEncoder.make().encode(report)) + [0x0A]
    }

    static func pieces(_ report: QAReport) throws -> [UInt8] {
        var out: [UInt8] = []
        try QAReportJSONWriter().write(report) { out += $0 }
        return out
    }

    @Test(arguments: [0, 1, 2, 5_000])
    func writtenInRoundsIsTheWholeReport(findings count: Int) throws {
        let text = "kutip \" garis \\ miring / baris\nbaru\ttab\r\u{8}\u{C}\u{1} é — 日本"
        let findings = (0..<count).map { n in
            QAFinding(
                check: n % 2 == 0 ? "numbers" : "terminology", severity: n % 3 == 0 ? .error : .warning,
                message: "\(n): \(text)", segmentID: "b\(n)-s1", line: n % 4 == 0 ? nil : n,
                sourceSpan: n % 5 == 0 ? nil : text, targetSpan: n % 7 == 0 ? nil : "target \(n)")
        }
        let report = QAReport(
            file: "a/b.xlf", checks: count == 0 ? [] : ["numbers", "terminology"], segments: count, findings: findings)
        #expect(try Self.pieces(report) == (try Self.whole(report)))
    }
}
