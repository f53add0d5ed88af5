/// A glossary term found in a segment: where, which entry, and how closely it matched.
///
/// A large document holds hundreds of thousands: the entry's index is kept in 32 bits, so a
/// match takes 24 bytes rather than 32.
public struct TermMatch: Sendable, Equatable {
    /// The matched text: a range into the document text, inside the segment.
    public var range: Range<String.Index>
    /// Index of the entry in the glossary the matcher was built from.
    public var entryIndex: Int {
        get { Int(entry) }
        set { entry = Int32(newValue) }
    }
    public var tier: MatchTier
    private var entry: Int32

    package init(range: Range<String.Index>, entryIndex: Int, tier: MatchTier) {
        self.range = range
        self.entry = Int32(entryIndex)
        self.tier = tier
    }
}

/// How a glossary term matched the text, best first.
public enum MatchTier: String, Sendable, Equatable, Hashable, Codable, CodingKeyRepresentable, CaseIterable, Comparable
{
    /// The same surface form, letter for letter.
    case exact
    /// The same form but for letter case.
    case `case`
    /// The same lemmas through Indonesian morphology (*tentaranya* for *tentara*).
    case inflected

    public static func < (a: MatchTier, b: MatchTier) -> Bool { a.rank < b.rank }

    /// 0 for exact, 1 for case, 2 for inflected.
    package var rank: Int { Self.allCases.firstIndex(of: self)! }
}
