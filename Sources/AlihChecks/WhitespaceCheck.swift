import AlihCore

/// `whitespace`: leading or trailing spaces that differ from the source, and doubled spaces.
package struct WhitespaceCheck: SegmentCheck {
    package let id = "whitespace"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        // A target with the source's bytes has its edges and its spaces.
        guard let target = segment.target, !target.isEmpty, !target.hasSameUTF8(as: segment.source) else {
            return []
        }
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

    /// Whether two space bytes follow each other, which any match of `"  "` needs. Read eight
    /// bytes at a time.
    static func hasTwoSpacesInARow(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            var k = 0
            var previousIsSpace = false
            if bytes.count >= 8 {
                let raw = UnsafeRawBufferPointer(bytes)
                while k + 8 <= bytes.count {
                    // The high bit of each space byte (exact: no carries between bytes).
                    let other = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) ^ 0x2020_2020_2020_2020
                    let spaces =
                        ~(((other & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | other)
                        & 0x8080_8080_8080_8080
                    if spaces & (spaces >> 8) != 0 || (previousIsSpace && spaces & 0x80 != 0) { return true }
                    previousIsSpace = spaces >> 63 != 0
                    k += 8
                }
            }
            while k < bytes.count {
                let isSpace = bytes[k] == 0x20
                if isSpace && previousIsSpace { return true }
                previousIsSpace = isSpace
                k += 1
            }
            return false
        }
    }
}
