// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

import AlihCore

@testable import AlihChecks

/// `length`: a target much longer or shorter than its source, for sentences long enough to
/// judge. English runs about as long as Indonesian (measured on news: 0.9–1.2 × the
/// characters), so outside 0.5–2.0 × something was likely left out or pasted twice.
struct ReferenceLengthCheck: SegmentCheck {
    let id = "length"
    var minimumSourceLength = 25
    var ratios: ClosedRange<Double> = 0.5...2.0

    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty, segment.source.count >= minimumSourceLength else {
            return []
        }
        let ratio = Double(target.count) / Double(segment.source.count)
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
