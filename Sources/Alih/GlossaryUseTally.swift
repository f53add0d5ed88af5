import AlihCore

/// The glossary side of a coverage figure, accumulated document by document: segments,
/// segments with terms, and each entry's uses (count, tiers, forms, segments).
///
/// Each use is updated in place (the array of uses is indexed by entry), so adding a match
/// costs the same however often the entry was seen before. An article's tally is made from its
/// document (`add(_:)`); the total adds the articles' tallies (`add(_:article:source:)`), naming
/// each segment with its article.
struct GlossaryUseTally: Sendable {
    struct Use: Sendable {
        var entryIndex: Int
        var count = 0
        /// By `MatchTier.rank`: exact, case, inflected.
        var tiers: [Int] = [0, 0, 0]
        var forms: [String: Int] = [:]
        /// The segments, in the order first met (with their article in the total).
        var segments: [(article: Int32, id: String)] = []
    }

    var segments = 0
    var segmentsWithTerms = 0
    var termOccurrences = 0
    private(set) var uses: [Use] = []
    private var position: [Int: Int] = [:]
    /// The articles' names (`source`), by number, for the total's segments.
    private var sources: [String] = []

    /// Counts the translatable segments of `document` (one article).
    mutating func add(_ document: Document) {
        for block in document.blocks where block.isTranslatable {
            for segment in block.segments {
                segments += 1
                guard !segment.terms.isEmpty else { continue }
                segmentsWithTerms += 1
                termOccurrences += segment.terms.count
                for term in segment.terms {
                    let index = useIndex(term.entryIndex)
                    uses[index].count += 1
                    uses[index].tiers[term.tier.rank] += 1
                    uses[index].forms[String(document.text(term.range)), default: 0] += 1
                    if uses[index].segments.last?.id != segment.id { uses[index].segments.append((0, segment.id)) }
                }
            }
        }
    }

    /// Adds an article's tally as article `article`, named `source`.
    mutating func add(_ article: GlossaryUseTally, number: Int32, source: String) {
        if number == 0 && sources.isEmpty && uses.isEmpty && segments == 0 {
            // The first article's tally is taken as it is (its arrays shared, not copied): its
            // segments are already numbered as article 0's.
            self = article
            sources = [source]
            return
        }
        sources.append(source)
        segments += article.segments
        segmentsWithTerms += article.segmentsWithTerms
        termOccurrences += article.termOccurrences
        for use in article.uses {
            let index = useIndex(use.entryIndex)
            uses[index].count += use.count
            for tier in 0..<3 { uses[index].tiers[tier] += use.tiers[tier] }
            uses[index].forms.merge(use.forms, uniquingKeysWith: +)
            for segment in use.segments {
                // Articles of the same name: the same place when it follows itself.
                if let last = uses[index].segments.last, last.id == segment.id, sources[Int(last.article)] == source {
                    continue
                }
                uses[index].segments.append((number, segment.id))
            }
        }
    }

    private mutating func useIndex(_ entryIndex: Int) -> Int {
        if let known = position[entryIndex] { return known }
        position[entryIndex] = uses.count
        uses.append(Use(entryIndex: entryIndex))
        return uses.count - 1
    }

    /// The uses, most used first (glossary order among equals).
    func ranked() -> [Use] {
        uses.sorted { $0.count == $1.count ? $0.entryIndex < $1.entryIndex : $0.count > $1.count }
    }

    /// The entries found, most used first (glossary order among equals); segments are named
    /// with their article when `prefixed` (the total).
    func entries(of glossary: Glossary, prefixed: Bool) -> [CoverageReport.EntryUse] {
        ranked().map { use in
            Self.entry(
                use, of: glossary,
                segments: use.segments.map { prefixed ? "\(sources[Int($0.article)]):\($0.id)" : $0.id })
        }
    }

    static func entry(_ use: Use, of glossary: Glossary, segments: [String]) -> CoverageReport.EntryUse {
        let entry = glossary.entries[use.entryIndex]
        var tiers: [MatchTier: Int] = [:]
        for tier in MatchTier.allCases where use.tiers[tier.rank] > 0 { tiers[tier] = use.tiers[tier.rank] }
        return CoverageReport.EntryUse(
            id: entry.id, source: entry.source, translation: translation(of: entry), count: use.count, tiers: tiers,
            forms: CoverageReport.Form.ranked(use.forms), segments: segments)
    }

    /// The preferred translation a report gives an entry (the source itself for do-not-translate).
    static func translation(of entry: GlossaryEntry) -> String {
        entry.doNotTranslate ? entry.source : (entry.allowedTranslations.first?.text ?? "")
    }
}
