/// A sentence: a range into the document text with a stable id (`b3-s2`).
///
/// A segment never starts or ends with whitespace; the whitespace between two segments of a
/// block belongs to neither and is kept in the document text.
public struct Segment: Sendable, Equatable {
    public var id: String
    public var range: Range<String.Index>
    /// Glossary terms found in the segment, in text order, not overlapping (filled by the
    /// glossary stage).
    public var terms: [TermMatch]
    /// What the translation memory offers (filled when extracting with a memory).
    public var leverage: Leverage?
    /// The inline codes in the segment, as indices into `Document.codes` (empty for text).
    public var codes: Range<Int> = 0..<0

    @inlinable
    package init(id: String, range: Range<String.Index>, terms: [TermMatch] = [], leverage: Leverage? = nil) {
        self.id = id
        self.range = range
        self.terms = terms
        self.leverage = leverage
    }
}
