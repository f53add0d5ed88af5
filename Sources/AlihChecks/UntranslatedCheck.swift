import AlihCore

/// `untranslated`: a translatable segment without a target, or with an empty one.
public struct UntranslatedCheck: SegmentCheck {
    public let id = "untranslated"
    public init() {}

    public func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard (segment.target ?? "").isBlank else { return [] }
        return [
            QAFinding(
                check: id, severity: .error, message: "the segment is not translated", segmentID: segment.id,
                line: segment.line, sourceSpan: segment.source)
        ]
    }
}
