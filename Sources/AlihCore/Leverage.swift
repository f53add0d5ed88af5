/// What the translation memory offers for a segment when it is extracted.
public struct Leverage: Sendable, Equatable {
    /// A translation of exactly this source.
    public var exact: String?
    /// Translations of similar sources, best first.
    public var fuzzy: [FuzzyCandidate]

    package init(exact: String? = nil, fuzzy: [FuzzyCandidate] = []) {
        self.exact = exact
        self.fuzzy = fuzzy
    }

    /// The best match quality in percent (100 for an exact match), or nil.
    public var bestQuality: Double? { exact != nil ? 100 : fuzzy.first?.quality }
}

/// A fuzzy match from the translation memory.
public struct FuzzyCandidate: Sendable, Equatable {
    public var source: String
    public var target: String
    /// Similarity of the sources in percent (75–99.9).
    public var quality: Double
    /// Where the translation came from (`alih-tm`).
    public var origin: String

    package init(source: String, target: String, quality: Double, origin: String = "alih-tm") {
        self.source = source
        self.target = target
        self.quality = quality
        self.origin = origin
    }
}
