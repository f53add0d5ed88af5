import AlihMemory
import AlihStages

/// What a translation memory saves on an article, in words — what translation vendors price by.
///
/// Each translatable segment counts once, in the first category that applies: `exact` (the
/// memory has this source), `repeated` (the same source came earlier in the article), a fuzzy
/// band by its best match (`fuzzy95to99`, `fuzzy85to94`, `fuzzy75to84`), or `new`.
public struct LeverageAnalysis: Sendable, Codable, Equatable {
    public var exact = 0
    public var repeated = 0
    public var fuzzy95to99 = 0
    public var fuzzy85to94 = 0
    public var fuzzy75to84 = 0
    public var new = 0

    public var total: Int { exact + repeated + fuzzy95to99 + fuzzy85to94 + fuzzy75to84 + new }

    /// `words: 512 new 380, 75–84% 40, 85–94% 12, 95–99% 0, exact 60, repeated 20`.
    public var summary: String {
        "words \(total): new \(new), fuzzy 75–84% \(fuzzy75to84), 85–94% \(fuzzy85to94), 95–99% \(fuzzy95to99), exact \(exact), repeated \(repeated)"
    }

    mutating func add(words: Int, quality: Double?, repeated isRepeated: Bool) {
        switch quality {
        case .some(100...): exact += words
        case _ where isRepeated: repeated += words
        case .some(95...): fuzzy95to99 += words
        case .some(85...): fuzzy85to94 += words
        case .some(75...): fuzzy75to84 += words
        default: new += words
        }
    }
}

extension ArticlePipeline {
    /// Looks every translatable segment of `document` up in `memory`: exact matches and fuzzy
    /// ones at or above `threshold` (0–1), and the word analysis.
    package func leverage(
        _ document: inout Document, memory: TranslationMemory, sourceLanguage: String, targetLanguage: String,
        threshold: Double
    ) throws -> LeverageAnalysis {
        var analysis = LeverageAnalysis()
        var seen = Set<String>()
        for b in document.blocks.indices where document.blocks[b].isTranslatable {
            for s in document.blocks[b].segments.indices {
                let source = String(document.text(document.blocks[b].segments[s].range))
                var leverage = Leverage()
                if let exact = try memory.exact(source, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                {
                    leverage.exact = exact.target
                } else {
                    leverage.fuzzy = try memory.fuzzy(
                        source, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, threshold: threshold
                    )
                    .map {
                        FuzzyCandidate(
                            source: $0.pair.source, target: $0.pair.target, quality: min(99.9, $0.similarity * 100))
                    }
                }
                analysis.add(
                    words: WordCounter.count(source[...]), quality: leverage.bestQuality,
                    repeated: !seen.insert(source).inserted)
                if leverage.exact != nil || !leverage.fuzzy.isEmpty {
                    document.blocks[b].segments[s].leverage = leverage
                }
            }
        }
        return analysis
    }
}
