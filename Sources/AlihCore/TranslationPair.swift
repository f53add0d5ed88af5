import Foundation

/// A translated segment as a translation memory keeps it.
public struct TranslationPair: Sendable, Equatable, Codable {
    public var source: String
    public var target: String
    /// BCP-47 tags.
    public var sourceLanguage: String
    public var targetLanguage: String
    /// The article it came from (`original` of the XLIFF), if known.
    public var document: String?
    /// The segment id in that article, if known.
    public var segmentID: String?
    /// The tool that produced the translation (`OmegaT`, `Alih` …), if known.
    public var origin: String?
    public var created: Date
    public var changed: Date
    /// How often the pair was stored (the same pair reimported again counts up).
    public var useCount: Int

    public init(
        source: String, target: String, sourceLanguage: String, targetLanguage: String, document: String? = nil,
        segmentID: String? = nil, origin: String? = nil, created: Date = Date(), changed: Date? = nil, useCount: Int = 1
    ) {
        self.source = source
        self.target = target
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.document = document
        self.segmentID = segmentID
        self.origin = origin
        self.created = created
        self.changed = changed ?? created
        self.useCount = useCount
    }
}
