import Alih
import Testing

/// `QAReport.render(as:_:)`: the text for reading, or the JSON `QAReportJSONWriter` writes.
@Suite struct QAReportFormatTests {
    static let report = QAReport(
        file: "a.xlf", checks: ["numbers"], segments: 2,
        findings: [
            QAFinding(
                check: "numbers", severity: .error, message: "3.000 is missing", segmentID: "b1-s1", line: 4,
                sourceSpan: "Ada 3.000 warga.", targetSpan: "There are citizens.")
        ])

    @Test(arguments: QAReport.Format.allCases)
    func eachFormatIsWhatItsWriterMakes(format: QAReport.Format) throws {
        var rendered: [UInt8] = []
        try Self.report.render(as: format) { rendered += $0 }
        switch format {
        case .text: #expect(rendered == Array(Self.report.text.utf8))
        case .json:
            var expected: [UInt8] = []
            try QAReportJSONWriter().write(Self.report) { expected += $0 }
            #expect(rendered == expected)
        }
    }
}
