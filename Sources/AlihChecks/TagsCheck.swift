import AlihCore

/// `tags`: inline markup of the source (`ph`, `pc`, `g`, `x` …) kept in the target, as many of
/// each kind, and no markup added. Alih's own files from text carry none besides term marks, but
/// files that went through CAT tools may.
///
/// In a file made from an HTML page the reader names each code by its id and the markup it
/// points to (`pc#2@d3`): a code missing or added is an error with its id, a code pointing to
/// other markup than its source's (a link's `href` edited in `<originalData>`) is an error too —
/// the page keeps its own markup —, and codes in another order than the source's a warning (word
/// order may move them; check that the markup still fits the words).
package struct TagsCheck: SegmentCheck {
    package let id = "tags"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard segment.target != nil, !(segment.sourceTags.isEmpty && segment.targetTags.isEmpty) else { return [] }
        if segment.sourceTags.contains(where: { $0.contains("#") })
            || segment.targetTags.contains(where: { $0.contains("#") })
        {
            return codeFindings(segment)
        }
        let ignored: Set<String> = ["mrk"]  // term and segment marks come and go legitimately
        var counts: [String: Int] = [:]
        for tag in segment.sourceTags where !ignored.contains(tag) { counts[tag, default: 0] += 1 }
        for tag in segment.targetTags where !ignored.contains(tag) { counts[tag, default: 0] -= 1 }
        let unbalanced = counts.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        guard !unbalanced.isEmpty else { return [] }
        let detail = unbalanced.map { "\($0.value > 0 ? "missing" : "extra") <\($0.key)> ×\(abs($0.value))" }.joined(
            separator: ", ")
        return [finding(segment, .error, "inline tags differ from the source: \(detail)")]
    }

    /// A code as the reader names it in a page's file: element, id, markup reference.
    struct Code: Equatable {
        var name: String
        var id: String
        var reference: String?

        init?(_ tag: String) {
            guard let hash = tag.firstIndex(of: "#") else { return nil }
            name = String(tag[..<hash])
            let rest = tag[tag.index(after: hash)...]
            if let at = rest.firstIndex(of: "@") {
                id = String(rest[..<at])
                reference = String(rest[rest.index(after: at)...])
            } else {
                id = String(rest)
            }
        }
    }

    /// The findings of a page's segment, code by code.
    func codeFindings(_ segment: TranslatedSegment) -> [QAFinding] {
        let sent = segment.sourceTags.compactMap(Code.init)
        let back = segment.targetTags.compactMap(Code.init)
        let sentIDs = sent.map(\.id)
        let backIDs = back.map(\.id)
        var problems: [String] = []
        let missing = sentIDs.filter { !backIDs.contains($0) }
        let extra = backIDs.filter { !sentIDs.contains($0) }
        if !missing.isEmpty { problems.append("missing code \(missing.joined(separator: ", "))") }
        if !extra.isEmpty { problems.append("code \(extra.joined(separator: ", ")) not in the source") }
        for code in back {
            guard let original = sent.first(where: { $0.id == code.id }) else { continue }
            if let reference = code.reference, let sentReference = original.reference, reference != sentReference {
                problems.append(
                    "code \(code.id) points to other markup (\(reference), the source's \(sentReference)): the page keeps its own"
                )
            }
        }
        var findings: [QAFinding] = []
        if !problems.isEmpty {
            findings.append(
                finding(segment, .error, "inline codes differ from the source: \(problems.joined(separator: "; "))"))
        }
        let common = backIDs.filter { sentIDs.contains($0) }
        if problems.isEmpty, common != sentIDs.filter({ backIDs.contains($0) }) {
            findings.append(
                finding(
                    segment, .warning,
                    "inline codes in another order than the source's (\(common.joined(separator: ", ")) against "
                        + "\(sentIDs.joined(separator: ", "))): check that the markup still fits the words"))
        }
        return findings
    }

    func finding(_ segment: TranslatedSegment, _ severity: Diagnostic.Severity, _ message: String) -> QAFinding {
        QAFinding(check: id, severity: severity, message: message, segmentID: segment.id, line: segment.line)
    }
}
