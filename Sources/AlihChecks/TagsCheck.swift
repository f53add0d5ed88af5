import AlihCore

/// `tags`: inline markup of the source (`ph`, `pc`, `g`, `x` …) kept in the target, as many of
/// each kind, and no markup added. Alih's own files carry none besides term marks, but files
/// that went through CAT tools may.
package struct TagsCheck: SegmentCheck {
    package let id = "tags"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard segment.target != nil, !(segment.sourceTags.isEmpty && segment.targetTags.isEmpty) else { return [] }
        let ignored: Set<String> = ["mrk"]  // term and segment marks come and go legitimately
        var counts: [String: Int] = [:]
        for tag in segment.sourceTags where !ignored.contains(tag) { counts[tag, default: 0] += 1 }
        for tag in segment.targetTags where !ignored.contains(tag) { counts[tag, default: 0] -= 1 }
        let unbalanced = counts.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        guard !unbalanced.isEmpty else { return [] }
        let detail = unbalanced.map { "\($0.value > 0 ? "missing" : "extra") <\($0.key)> ×\(abs($0.value))" }.joined(
            separator: ", ")
        return [
            QAFinding(
                check: id, severity: .error, message: "inline tags differ from the source: \(detail)",
                segmentID: segment.id, line: segment.line)
        ]
    }
}
