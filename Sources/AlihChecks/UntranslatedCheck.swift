import AlihCore

/// `untranslated`: a translatable segment without a target, or with an empty one.
package struct UntranslatedCheck: SegmentCheck {
    package let id = "untranslated"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard (segment.target ?? "").isBlank else { return [] }
        return [
            QAFinding(
                check: id, severity: .error, message: "the segment is not translated", segmentID: segment.id,
                line: segment.line, sourceSpan: segment.source)
        ]
    }
}
