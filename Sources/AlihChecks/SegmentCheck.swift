import AlihCore

/// One QA check over translated segments: an id, and findings for a segment.
///
/// Checks are values configured once and safe to share; each lives in its own file with its
/// own tests (like swift-format's rules). `QualityChecker` runs them all.
package protocol SegmentCheck: Sendable {
    /// Stable id used in reports and to switch the check off (`numbers`, `terminology` …).
    var id: String { get }

    /// Findings for one translatable segment that has a target.
    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding]
}

/// What a check may look at besides the segment.
package struct CheckContext: Sendable {
    package var document: TranslatedDocument
    package var unit: TranslatedUnit
    /// Glossary terms found in the segment's source (same matcher as extract), with the entries.
    package var terms: [(match: TermMatch, entry: GlossaryEntry, text: String)]

    package init(
        document: TranslatedDocument, unit: TranslatedUnit,
        terms: [(match: TermMatch, entry: GlossaryEntry, text: String)] = []
    ) {
        self.document = document
        self.unit = unit
        self.terms = terms
    }
}
