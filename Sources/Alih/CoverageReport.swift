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
        public var tiers: [MatchTier: Int]
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
        /// A name, an acronym or a phrase (counted by its lemmas).
        public var kind: TermCandidateKind
        /// The most frequent surface form.
        public var text: String
        /// Lemmas for phrases (what was counted), the text otherwise.
        public var key: String
        public var count: Int
        /// How term-like it is (`TermLikeness.score`): candidates are listed highest first.
        public var score: Double
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
    public var version = CoverageReport.currentVersion
    /// The format version reports are made in.
    static let currentVersion = 1
    public var glossary: String
    public var glossaryEntries: Int
    /// A phrase is reported when it occurs at least this often over all articles.
    public var minimumPhraseCount: Int
    public var articles: [Coverage]
    public var total: Coverage
    /// Entries found in none of the articles.
    public var unusedEntries: [UnusedEntry]
}

extension CoverageReport.Form {
    /// Forms with their counts, most frequent first (alphabetical among equals).
    static func ranked(_ counts: [String: Int]) -> [CoverageReport.Form] {
        counts.map { CoverageReport.Form(text: $0.key, count: $0.value) }.sorted {
            ($0.count, $1.text) > ($1.count, $0.text)
        }
    }
}
