@testable import Alih

/// The glossary side of a coverage figure, accumulated document by document: segments,
/// segments with terms, and each entry's uses (count, tiers, forms, segments).
///
/// Each use is updated in place (the array of uses is indexed by entry), so adding a match
/// costs the same however often the entry was seen before.
struct ReferenceGlossaryUseTally: Sendable {
    struct Use: Sendable {
        var entryIndex: Int
        var count = 0
        var tiers: [MatchTier: Int] = [:]
        var forms: [String: Int] = [:]
        var segments: [String] = []
    }

    var segments = 0
    var segmentsWithTerms = 0
    var termOccurrences = 0
    private var uses: [Use] = []
    private var position: [Int: Int] = [:]

    /// Counts the translatable segments of `document`; segment ids are prefixed with the
    /// article's name when `prefixSegments` (the total over several articles).
    mutating func add(_ document: Document, prefixSegments: Bool) {
        for block in document.blocks where block.isTranslatable {
            for segment in block.segments {
                segments += 1
                guard !segment.terms.isEmpty else { continue }
                segmentsWithTerms += 1
                termOccurrences += segment.terms.count
                let place = prefixSegments ? "\(document.sourceName):\(segment.id)" : segment.id
                for term in segment.terms {
                    let index: Int
                    if let known = position[term.entryIndex] {
                        index = known
                    } else {
                        index = uses.count
                        position[term.entryIndex] = index
                        uses.append(Use(entryIndex: term.entryIndex))
                    }
                    uses[index].count += 1
                    uses[index].tiers[term.tier, default: 0] += 1
                    uses[index].forms[String(document.text(term.range)), default: 0] += 1
                    if uses[index].segments.last != place { uses[index].segments.append(place) }
                }
            }
        }
    }

    /// The entries found, most used first (glossary order among equals).
    func entries(of glossary: Glossary) -> [CoverageReport.EntryUse] {
        uses.sorted { $0.count == $1.count ? $0.entryIndex < $1.entryIndex : $0.count > $1.count }.map { use in
            let entry = glossary.entries[use.entryIndex]
            return CoverageReport.EntryUse(
                id: entry.id, source: entry.source,
                translation: entry.doNotTranslate ? entry.source : (entry.allowedTranslations.first?.text ?? ""),
                count: use.count, tiers: use.tiers, forms: CoverageReport.Form.ranked(use.forms), segments: use.segments
            )
        }
    }
}
