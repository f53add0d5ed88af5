import AlihChecks
import AlihCore

/// One segment run through one check, for the per-check tests.
enum SegmentCheckHarness {
    static let document = TranslatedDocument(
        xliffVersion: "2.1", original: "t", sourceLanguage: "id", targetLanguage: "en")

    static func findings(
        _ check: some SegmentCheck, source: String, target: String?, state: String? = nil, approved: Bool = false,
        sourceTags: [String] = [], targetTags: [String] = [], terms: [GlossaryEntry] = [], termTexts: [String]? = nil
    ) -> [QAFinding] {
        let empty = "".startIndex..<"".startIndex
        let matched = terms.enumerated().map { index, entry in
            (
                match: TermMatch(range: empty, entryIndex: index, tier: .exact), entry: entry,
                text: termTexts?[index] ?? entry.source
            )
        }
        let segment = TranslatedSegment(
            id: "b2-s1", line: 9, source: source, target: target, state: state, approved: approved,
            sourceTags: sourceTags,
            targetTags: targetTags)
        return check.check(
            segment, in: CheckContext(document: document, unit: TranslatedUnit(id: "b2", line: 8), terms: matched))
    }
}
