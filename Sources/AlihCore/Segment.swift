/// A sentence: a range into the document text with a stable id (`b3-s2`).
///
/// A segment never starts or ends with whitespace; the whitespace between two segments of a
/// block belongs to neither and is kept in the document text.
public struct Segment: Sendable, Equatable {
    public var id: String
    public var range: Range<String.Index>

    public init(id: String, range: Range<String.Index>) {
        self.id = id
        self.range = range
    }
}
