/// Writes a `QAReport` as `alih check --format json`: the bytes `JSONEncoder` gives for it
/// (pretty-printed, sorted keys, slashes as they are), with the findings written in rounds, so
/// a file with a finding in every segment never has its report as an encoder tree or one string.
package struct QAReportJSONWriter {
    package init() {}

    /// Findings written at once.
    static let findingsPerRound = 4_096

    /// Emits the report and a final line feed.
    package func write(_ report: QAReport, _ emit: ([UInt8]) throws -> Void) throws {
        var head = JSONBytes()
        head.raw("{\n  \"checks\" : ")
        head.array(report.checks, level: 1) { out, check, _ in out.string(check) }
        head.raw(",\n  \"errors\" : ")
        head.int(report.errors)
        head.raw(",\n  \"file\" : ")
        head.string(report.file)
        head.raw(",\n  \"findings\" : [")
        try emit(head.bytes)
        let findings = report.findings
        if findings.isEmpty {
            try emit(Array("\n\n  ]".utf8))
        } else {
            var start = 0
            while start < findings.count {
                var out = JSONBytes()
                for index in start..<min(findings.count, start + Self.findingsPerRound) {
                    out.raw(index == 0 ? "\n" : ",\n")
                    out.indent(2)
                    out.finding(findings[index], level: 2)
                }
                try emit(out.bytes)
                start += Self.findingsPerRound
            }
            try emit(Array("\n  ]".utf8))
        }
        var tail = JSONBytes()
        tail.raw(",\n  \"segments\" : ")
        tail.int(report.segments)
        tail.raw(",\n  \"version\" : ")
        tail.int(report.version)
        tail.raw(",\n  \"warnings\" : ")
        tail.int(report.warnings)
        tail.raw("\n}\n")
        try emit(tail.bytes)
    }
}

extension JSONBytes {
    /// A finding; its optional fields only when present, as `JSONEncoder` leaves out nil.
    mutating func finding(_ finding: QAFinding, level: Int) {
        var keys = ["check"]
        if finding.line != nil { keys.append("line") }
        keys += ["message", "segmentID", "severity"]
        if finding.sourceSpan != nil { keys.append("sourceSpan") }
        if finding.targetSpan != nil { keys.append("targetSpan") }
        object(level: level, keys) { out, key in
            switch key {
            case "check": out.string(finding.check)
            case "line": out.int(finding.line ?? 0)
            case "message": out.string(finding.message)
            case "segmentID": out.string(finding.segmentID)
            case "severity": out.string(finding.severity.rawValue)
            case "sourceSpan": out.string(finding.sourceSpan ?? "")
            default: out.string(finding.targetSpan ?? "")
            }
        }
    }
}
