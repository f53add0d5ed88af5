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
    public var leverage: Leverage? {
        get { leverageStorage?.value }
        set { leverageStorage = newValue.map(LeverageStorage.init) }
    }
    /// The inline codes in the segment, as indices into `Document.codes` (empty for text).
    public var codes: Range<Int> {
        get { Int(codeStart)..<Int(codeEnd) }
        set { (codeStart, codeEnd) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
    }

    // A large document holds a hundred thousand segments, nearly all without leverage or codes:
    // those are kept in 16 bytes rather than 40 (a segment in 56 bytes rather than 80).
    @usableFromInline var leverageStorage: LeverageStorage?
    @usableFromInline var codeStart: Int32 = 0
    @usableFromInline var codeEnd: Int32 = 0

    @inlinable
    package init(id: String, range: Range<String.Index>, terms: [TermMatch] = [], leverage: Leverage? = nil) {
        self.id = id
        self.range = range
        self.terms = terms
        self.leverageStorage = leverage.map(LeverageStorage.init)
    }

    public static func == (a: Segment, b: Segment) -> Bool {
        a.id == b.id && a.range == b.range && a.terms == b.terms && a.leverage == b.leverage && a.codes == b.codes
    }

    /// A segment's leverage, kept out of line.
    @usableFromInline final class LeverageStorage: Sendable {
        let value: Leverage

        @usableFromInline init(_ value: Leverage) { self.value = value }
    }
}
