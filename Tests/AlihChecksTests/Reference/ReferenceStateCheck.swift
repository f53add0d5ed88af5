// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

import AlihCore

@testable import AlihChecks

/// `state`: with `--require-final`, a segment whose state says it is not final.
///
/// XLIFF 2 `final`, XLIFF 1.2 `final`/`signed-off` or `approved="yes"` count as final. Tools
/// such as OmegaT never update `state`, which is why this check is off unless asked for.
struct ReferenceStateCheck: SegmentCheck {
    let id = "state"
    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        if segment.approved || ["final", "signed-off"].contains(segment.state ?? "") { return [] }
        return [
            QAFinding(
                check: id, severity: .error, message: "the segment is not final (state \(segment.state ?? "none"))",
                segmentID: segment.id, line: segment.line)
        ]
    }
}
