import AlihChecks
import Foundation

/// The findings of `alih check` (and the QA part of `alih reimport`) for one file.
public struct QAReport: Sendable, Codable, Equatable {
    /// Format version of this report.
    public var version = 1
    public var file: String
    /// Ids of the checks that ran.
    public var checks: [String]
    /// Translatable segments checked.
    public var segments: Int
    public var errors: Int
    public var warnings: Int
    public var findings: [QAFinding]

    package init(file: String, checks: [String], segments: Int, findings: [QAFinding]) {
        self.file = file
        self.checks = checks
        self.segments = segments
        self.findings = findings
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
    }

    /// One line: `12 segments checked: 1 error, 3 warnings (terminology 2, numbers 1, …)`.
    public var summary: String {
        var counts: [String: Int] = [:]
        for finding in findings { counts[finding.check, default: 0] += 1 }
        let detail = counts.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }.map {
            "\($0.key) \($0.value)"
        }
        return
            "\(counted(segments, "segment")) checked: \(counted(errors, "error")), \(counted(warnings, "warning"))"
            + (detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")")
    }

    /// The findings grouped by check, for reading.
    public var text: String {
        var out = "\(file): \(summary)\n"
        for check in checks {
            let found = findings.filter { $0.check == check }
            guard !found.isEmpty else { continue }
            out += "\n\(check) (\(found.count))\n"
            for finding in found { QAReportTextWriter.append(finding, to: &out) }
        }
        return out
    }
}

extension QualityChecker {
    /// Checks `document` and reports.
    package func report(_ document: TranslatedDocument, file: String) throws -> QAReport {
        var segments = 0
        for unit in document.units where unit.translate {
            for piece in unit.pieces { if case .segment = piece { segments += 1 } }
        }
        return QAReport(file: file, checks: ids, segments: segments, findings: try check(document))
    }
}
