// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

import AlihCore

@testable import AlihChecks

/// `untranslated`: a translatable segment without a target, or with an empty one.
struct ReferenceUntranslatedCheck: SegmentCheck {
    let id = "untranslated"
    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard (segment.target ?? "").allSatisfy(\.isWhitespace) else { return [] }
        return [
            QAFinding(
                check: id, severity: .error, message: "the segment is not translated", segmentID: segment.id,
                line: segment.line, sourceSpan: segment.source)
        ]
    }
}
