import AlihCore

/// `length`: a target much longer or shorter than its source, for sentences long enough to
/// judge. English runs about as long as Indonesian (measured on news: 0.9–1.2 × the
/// characters), so outside 0.5–2.0 × something was likely left out or pasted twice.
package struct LengthCheck: SegmentCheck {
    package let id = "length"
    package var minimumSourceLength = 25
    package var ratios: ClosedRange<Double> = 0.5...2.0

    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty else { return [] }
        // A target with the source's bytes has its length: a ratio of 1, without counting.
        if ratios.contains(1), target.hasSameUTF8(as: segment.source) { return [] }
        let sourceLength = segment.source.characterCount
        guard sourceLength >= minimumSourceLength else { return [] }
        let ratio = Double(target.characterCount) / Double(sourceLength)
        guard !ratios.contains(ratio) else { return [] }
        return [
            QAFinding(
                check: id, severity: .warning,
                message:
                    "the target is \(String(format: "%.1f", ratio))× the source's length (expected \(ratios.lowerBound)–\(ratios.upperBound)×)",
                segmentID: segment.id, line: segment.line)
        ]
    }
}
