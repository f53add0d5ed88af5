/// Writes a `QAReport` as `alih check` prints it by default: the bytes of `QAReport.text`, with
/// the findings written in rounds, so a file with a finding in every segment never has its
/// report as one string (three times over: the string, its bytes, the bytes written).
package struct QAReportTextWriter {
    package init() {}

    /// Findings written at once.
    static let findingsPerRound = 4_096

    /// Emits the report: the summary line, then each check's findings under its name.
    package func write(_ report: QAReport, _ emit: ([UInt8]) throws -> Void) throws {
        try emit(Array("\(report.file): \(report.summary)\n".utf8))
        for check in report.checks {
            let count = report.findings.count { $0.check == check }
            guard count > 0 else { continue }
            var out = "\n\(check) (\(count))\n"
            var inRound = 0
            for finding in report.findings where finding.check == check {
                Self.append(finding, to: &out)
                inRound += 1
                if inRound == Self.findingsPerRound {
                    try emit(Array(out.utf8))
                    out = ""
                    inRound = 0
                }
            }
            if !out.isEmpty { try emit(Array(out.utf8)) }
        }
    }

    /// A finding's lines: severity, segment, line and message; then its spans, shortened.
    static func append(_ finding: QAFinding, to out: inout String) {
        out +=
            "  \(finding.severity.rawValue) \(finding.segmentID)" + (finding.line.map { " (line \($0))" } ?? "")
            + ": \(finding.message)\n"
        if let source = finding.sourceSpan, finding.check != "untranslated" || source.count < 120 {
            out += "      source: \(source.count > 160 ? String(source.prefix(157)) + "..." : source)\n"
        }
        if let target = finding.targetSpan {
            out += "      target: \(target.count > 160 ? String(target.prefix(157)) + "..." : target)\n"
        }
    }
}
