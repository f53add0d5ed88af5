import AlihCore

/// Where a translation memory keeps its pairs: an SQLite file or a PostgreSQL database.
///
/// A store only stores and finds; `TranslationMemory` decides what is indexed and how
/// candidates are ranked, so both backends give the same leverage on the same pairs. A store
/// is used from one thread at a time.
package protocol TranslationMemoryStore: AnyObject {
    /// The memory as users see it: a file path, or a connection URI without its password.
    var location: String { get }

    /// Stores `pairs` in one transaction (all or none): a pair already there (same source,
    /// target and languages) gets its use count raised by the new one's, its `changed` time,
    /// and its provenance where the new one has some.
    func store(_ pairs: [IndexedPair]) throws(MemoryError) -> TranslationMemory.StoreResult

    /// The pair whose source is exactly `source`, the most used (then the most recently changed).
    func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?

    /// The pairs sharing at least `query.needed` of `query.words`, in one round trip.
    func candidates(_ query: FuzzyCandidateQuery) throws(MemoryError) -> [TranslationPair]

    /// Every pair, optionally of one language pair, in the order they were first stored.
    func allPairs(sourceLanguage: String?, targetLanguage: String?) throws(MemoryError) -> [TranslationPair]

    /// How many pairs the memory holds.
    func count() throws(MemoryError) -> Int

    /// The store's own consistency check: `ok` when sound, else what is wrong.
    func integrityCheck() throws(MemoryError) -> String
}

/// A pair as a store keeps it: with its source's word count and the words its fuzzy index lists.
package struct IndexedPair: Sendable, Equatable {
    package var pair: TranslationPair
    /// Words (letters and digits) in the source, stop words included.
    package var wordCount: Int
    /// The distinct source words the fuzzy index lists for this pair.
    package var indexedWords: [String]
}

/// What a fuzzy lookup asks a store for.
package struct FuzzyCandidateQuery: Sendable, Equatable {
    /// The distinct indexed words of the query.
    package var words: [String]
    /// How many of `words` a candidate must share.
    package var needed: Int
    package var sourceLanguage: String
    package var targetLanguage: String
    /// The word counts a source may have and still be similar enough.
    package var wordCounts: ClosedRange<Int>
    /// How ties on shared words are broken: newest pair first, or oldest first.
    package var newestFirst: Bool
    /// How many candidates (most shared words first) to return.
    package var limit: Int
}
