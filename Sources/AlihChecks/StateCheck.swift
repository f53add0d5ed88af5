import AlihCore

/// `state`: with `--require-final`, a segment whose state says it is not final.
///
/// XLIFF 2 `final`, XLIFF 1.2 `final`/`signed-off` or `approved="yes"` count as final. Tools
/// such as OmegaT never update `state`, which is why this check is off unless asked for.
package struct StateCheck: SegmentCheck {
    package let id = "state"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        if segment.approved || ["final", "signed-off"].contains(segment.state ?? "") { return [] }
        return [
            QAFinding(
                check: id, severity: .error, message: "the segment is not final (state \(segment.state ?? "none"))",
                segmentID: segment.id, line: segment.line)
        ]
    }
}
