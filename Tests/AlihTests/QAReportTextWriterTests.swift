import Testing

@testable import Alih

/// `alih check`'s text is written in rounds of findings, byte for byte `QAReport.text`.
@Suite struct QAReportTextWriterTests {
    static func pieces(_ report: QAReport) throws -> [UInt8] {
        var out: [UInt8] = []
        try QAReportTextWriter().write(report) { out += $0 }
        return out
    }

    @Test(arguments: [0, 1, 2, 9_000])
    func writtenInRoundsIsTheWholeText(findings count: Int) throws {
        let checks = ["untranslated", "numbers", "terminology", "identical"]
        let long = String(repeating: "kata é — 日本 e\u{301} ", count: 12)
        let findings = (0..<count).map { n in
            QAFinding(
                check: checks[n % 4 == 3 ? 0 : n % 3], severity: n % 3 == 0 ? .error : .warning,
                message: "\(n): pesan", segmentID: "b\(n)-s1", line: n % 4 == 0 ? nil : n,
                sourceSpan: n % 5 == 0 ? nil : n % 2 == 0 ? String(long.prefix(100 + n % 80)) : "Ada \(n) warga.",
                targetSpan: n % 7 == 0 ? nil : n % 11 == 0 ? long : "target \(n)")
        }
        let report = QAReport(file: "a/b.xlf", checks: count == 0 ? [] : checks, segments: count, findings: findings)
        #expect(try Self.pieces(report) == Array(report.text.utf8))
    }

    /// A report with a finding in every segment is printed in pieces, never as one string.
    @Test func manyFindingsAreRenderedInRounds() throws {
        let count = 3 * QAReportTextWriter.findingsPerRound
        let findings = (0..<count).map { n in
            QAFinding(
                check: "identical", severity: .warning, message: "the target is the same as the source",
                segmentID: "b\(n)-s1", line: n, sourceSpan: "Ada \(n) warga.", targetSpan: "Ada \(n) warga.")
        }
        let report = QAReport(file: "a.xlf", checks: ["identical"], segments: count, findings: findings)
        var pieces = 0
        var largest = 0
        try report.render(as: .text) { bytes in
            pieces += 1
            largest = max(largest, bytes.count)
        }
        #expect(pieces > 3)
        #expect(largest < Array(report.text.utf8).count / 2)
    }
}
