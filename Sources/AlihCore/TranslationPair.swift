import Foundation

/// A translated segment as a translation memory keeps it.
package struct TranslationPair: Sendable, Equatable, Codable {
    package var source: String
    package var target: String
    /// BCP-47 tags.
    package var sourceLanguage: String
    package var targetLanguage: String
    /// The article it came from (`original` of the XLIFF), if known.
    package var document: String?
    /// The segment id in that article, if known.
    package var segmentID: String?
    /// The tool that produced the translation (`OmegaT`, `Alih` …), if known.
    package var origin: String?
    package var created: Date
    package var changed: Date
    /// How often the pair was stored (the same pair reimported again counts up).
    package var useCount: Int

    package init(
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
