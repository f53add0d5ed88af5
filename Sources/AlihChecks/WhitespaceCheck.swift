import AlihCore

/// `whitespace`: leading or trailing spaces that differ from the source, and doubled spaces.
package struct WhitespaceCheck: SegmentCheck {
    package let id = "whitespace"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty else { return [] }
        var findings: [QAFinding] = []
        if !(segment.source.hasNoWhitespaceAtTheEdges && target.hasNoWhitespaceAtTheEdges) {
            let sourceLeading = segment.source.prefix { $0.isWhitespace }
            let targetLeading = target.prefix { $0.isWhitespace }
            let sourceTrailing = segment.source.reversed().prefix { $0.isWhitespace }
            let targetTrailing = target.reversed().prefix { $0.isWhitespace }
            if sourceLeading != targetLeading || String(sourceTrailing) != String(targetTrailing) {
                findings.append(
                    QAFinding(
                        check: id, severity: .warning,
                        message: "leading or trailing whitespace differs from the source",
                        segmentID: segment.id, line: segment.line))
            }
        }
        if Self.hasTwoSpacesInARow(target) && target.contains("  ") && !segment.source.contains("  ") {
            findings.append(
                QAFinding(
                    check: id, severity: .warning, message: "the target has doubled spaces",
                    segmentID: segment.id, line: segment.line, targetSpan: "  "))
        }
        return findings
    }

    /// Whether two space bytes follow each other, which any match of `"  "` needs.
    static func hasTwoSpacesInARow(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count >= 2 else { return false }
            for k in 1..<bytes.count where bytes[k] == 0x20 && bytes[k - 1] == 0x20 { return true }
            return false
        }
    }
}
