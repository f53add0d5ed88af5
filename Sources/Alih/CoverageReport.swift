import AlihStages
import Foundation

/// How well a glossary covers a set of articles: what `alih coverage` reports.
///
/// **Coverage** is the share of term occurrences the glossary already knows:
/// `termOccurrences / (termOccurrences + missingOccurrences)`, where `termOccurrences` counts
/// glossary matches in translatable segments and `missingOccurrences` counts the places where a
/// reported candidate occurs (names, acronyms, and phrases frequent enough to report), a place
/// inside a longer reported candidate counted once. 1.0 means nothing term-like was left
/// unmatched. **Segment coverage** is the share of translatable segments with at least one
/// glossary term.
public struct CoverageReport: Sendable, Codable, Equatable {
    /// A glossary entry found in the articles.
    public struct EntryUse: Sendable, Codable, Equatable {
        public var id: String
        public var source: String
        /// The preferred translation (the source itself for do-not-translate entries).
        public var translation: String
        public var count: Int
        /// Matches by tier: `exact`, `case`, `inflected`.
        public var tiers: [String: Int]
        /// The surface forms seen, most frequent first.
        public var forms: [Form]
        /// Segment ids where it occurs (article name prefixed in the total).
        public var segments: [String]
    }

    public struct Form: Sendable, Codable, Equatable {
        public var text: String
        public var count: Int
    }

    /// A candidate term the glossary is missing.
    public struct Candidate: Sendable, Codable, Equatable {
        /// `name`, `acronym` or `phrase`.
        public var kind: String
        /// The most frequent surface form.
        public var text: String
        /// Lemmas for phrases (what was counted), the text otherwise.
        public var key: String
        public var count: Int
        public var example: Example
    }

    public struct Example: Sendable, Codable, Equatable {
        public var article: String
        public var segment: String
        public var text: String
    }

    /// Figures for one article, or for all together.
    public struct Coverage: Sendable, Codable, Equatable {
        public var source: String
        public var segments: Int
        public var segmentsWithTerms: Int
        public var segmentCoverage: Double
        public var termOccurrences: Int
        public var missingOccurrences: Int
        public var coverage: Double
        public var entries: [EntryUse]
        public var candidates: [Candidate]
    }

    public struct UnusedEntry: Sendable, Codable, Equatable {
        public var id: String
        public var source: String
    }

    /// Format version of this report.
    public var version = 1
    public var glossary: String
    public var glossaryEntries: Int
    /// A phrase is reported when it occurs at least this often over all articles.
    public var minimumPhraseCount: Int
    public var articles: [Coverage]
    public var total: Coverage
    /// Entries found in none of the articles.
    public var unusedEntries: [UnusedEntry]
}

/// Computes a `CoverageReport` from processed articles, keeping what the HTML view needs.
public struct CoverageAnalysis: Sendable {
    public var report: CoverageReport
    /// The processed articles with their reported candidate places, for rendering.
    public var articles: [(document: Document, candidates: [TermCandidateFinder.Occurrence])]

    /// Analyses `documents` (processed with a glossary) against `glossary`.
    public init(documents: [Document], glossary: Glossary, finder: TermCandidateFinder, minimumPhraseCount: Int = 2) throws {
        let found = try documents.map { try finder.candidates(in: $0) }
        // Phrases frequent over all articles; shorter ones inside an equally frequent longer one dropped.
        var phraseCounts: [String: Int] = [:]
        for occurrence in found.joined() where occurrence.kind == .phrase { phraseCounts[occurrence.key, default: 0] += 1 }
        var frequent = Set(phraseCounts.filter { $0.value >= minimumPhraseCount }.keys)
        for phrase in frequent {
            let longer = frequent.contains { $0 != phrase && $0.count > phrase.count && " \($0) ".contains(" \(phrase) ") && phraseCounts[$0] == phraseCounts[phrase] }
            if longer { frequent.remove(phrase) }
        }
        let reported = found.map { occurrences in
            Self.outermost(occurrences.filter { $0.kind != .phrase || frequent.contains($0.key) })
        }
        let all = zip(documents, reported).map { (document: $0.0, candidates: $0.1) }
        articles = all
        let perArticle = all.map { Self.coverage(of: [$0], glossary: glossary, source: $0.document.sourceName) }
        let total = Self.coverage(of: all, glossary: glossary, source: "total")
        let used = Set(documents.flatMap { $0.blocks.flatMap { $0.segments.flatMap { $0.terms.map(\.entryIndex) } } })
        report = CoverageReport(
            glossary: glossary.name, glossaryEntries: glossary.entries.count, minimumPhraseCount: minimumPhraseCount,
            articles: perArticle, total: total,
            unusedEntries: glossary.entries.enumerated().filter { !used.contains($0.offset) }
                .map { CoverageReport.UnusedEntry(id: $0.element.id, source: $0.element.source) })
    }

    /// Occurrences not inside a longer reported occurrence of the same segment.
    static func outermost(_ occurrences: [TermCandidateFinder.Occurrence]) -> [TermCandidateFinder.Occurrence] {
        let longestFirst = occurrences.sorted {
            $0.range.lowerBound == $1.range.lowerBound ? $0.range.upperBound > $1.range.upperBound : $0.range.lowerBound < $1.range.lowerBound
        }
        var kept: [TermCandidateFinder.Occurrence] = []
        for occurrence in longestFirst {
            if let last = kept.last, last.segmentID == occurrence.segmentID, last.range.upperBound >= occurrence.range.upperBound,
               last.range.lowerBound <= occurrence.range.lowerBound { continue }
            kept.append(occurrence)
        }
        return kept
    }

    static func coverage(
        of articles: [(document: Document, candidates: [TermCandidateFinder.Occurrence])], glossary: Glossary, source: String
    ) -> CoverageReport.Coverage {
        var segments = 0, withTerms = 0, terms = 0, missing = 0
        var uses: [Int: (count: Int, tiers: [String: Int], forms: [String: Int], segments: [String])] = [:]
        var candidates: [String: (kind: String, forms: [String: Int], count: Int, example: CoverageReport.Example)] = [:]
        let prefix = articles.count > 1 || source == "total"
        for (document, occurrences) in articles {
            for block in document.blocks where block.isTranslatable {
                for segment in block.segments {
                    segments += 1
                    if !segment.terms.isEmpty { withTerms += 1 }
                    terms += segment.terms.count
                    let where_ = prefix ? "\(document.sourceName):\(segment.id)" : segment.id
                    for term in segment.terms {
                        var use = uses[term.entryIndex] ?? (0, [:], [:], [])
                        use.count += 1
                        use.tiers[term.tier.rawValue, default: 0] += 1
                        use.forms[String(document.text(term.range)), default: 0] += 1
                        if use.segments.last != where_ { use.segments.append(where_) }
                        uses[term.entryIndex] = use
                    }
                }
            }
            let segmentText = Dictionary(document.blocks.flatMap { $0.segments.map { ($0.id, String(document.text($0.range))) } },
                                         uniquingKeysWith: { a, _ in a })
            for occurrence in occurrences {
                missing += 1
                let id = "\(occurrence.kind.rawValue):\(occurrence.key)"
                var candidate = candidates[id] ?? (occurrence.kind.rawValue, [:], 0, CoverageReport.Example(
                    article: document.sourceName, segment: occurrence.segmentID, text: segmentText[occurrence.segmentID] ?? ""))
                candidate.count += 1
                candidate.forms[String(document.text(occurrence.range)), default: 0] += 1
                candidates[id] = candidate
            }
        }
        let entries = uses.sorted { $0.value.count == $1.value.count ? $0.key < $1.key : $0.value.count > $1.value.count }.map { index, use in
            let entry = glossary.entries[index]
            return CoverageReport.EntryUse(
                id: entry.id, source: entry.source,
                translation: entry.doNotTranslate ? entry.source : (entry.allowedTranslations.first?.text ?? ""),
                count: use.count, tiers: use.tiers, forms: Self.forms(use.forms), segments: use.segments)
        }
        let listed = candidates.map { key, value in
            CoverageReport.Candidate(
                kind: value.kind, text: Self.forms(value.forms).first?.text ?? key,
                key: String(key.drop { $0 != ":" }.dropFirst()), count: value.count, example: value.example)
        }.sorted { ($0.count, $1.kind, $1.text) > ($1.count, $0.kind, $0.text) }
        let found = Double(terms), absent = Double(missing)
        return CoverageReport.Coverage(
            source: source, segments: segments, segmentsWithTerms: withTerms,
            segmentCoverage: segments == 0 ? 1 : Self.round(Double(withTerms) / Double(segments)),
            termOccurrences: terms, missingOccurrences: missing,
            coverage: terms + missing == 0 ? 1 : Self.round(found / (found + absent)),
            entries: entries, candidates: listed)
    }

    static func forms(_ counts: [String: Int]) -> [CoverageReport.Form] {
        counts.map { CoverageReport.Form(text: $0.key, count: $0.value) }.sorted { ($0.count, $1.text) > ($1.count, $0.text) }
    }

    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
