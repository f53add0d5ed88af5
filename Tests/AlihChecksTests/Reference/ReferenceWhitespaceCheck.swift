// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

import AlihCore

@testable import AlihChecks

/// `whitespace`: leading or trailing spaces that differ from the source, and doubled spaces.
struct ReferenceWhitespaceCheck: SegmentCheck {
    let id = "whitespace"
    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty else { return [] }
        var findings: [QAFinding] = []
        let sourceLeading = segment.source.prefix { $0.isWhitespace }
        let targetLeading = target.prefix { $0.isWhitespace }
        let sourceTrailing = segment.source.reversed().prefix { $0.isWhitespace }
        let targetTrailing = target.reversed().prefix { $0.isWhitespace }
        if sourceLeading != targetLeading || String(sourceTrailing) != String(targetTrailing) {
            findings.append(
                QAFinding(
                    check: id, severity: .warning, message: "leading or trailing whitespace differs from the source",
                    segmentID: segment.id, line: segment.line))
        }
        if target.contains("  ") && !segment.source.contains("  ") {
            findings.append(
                QAFinding(
                    check: id, severity: .warning, message: "the target has doubled spaces",
                    segmentID: segment.id, line: segment.line, targetSpan: "  "))
        }
        return findings
    }
}
