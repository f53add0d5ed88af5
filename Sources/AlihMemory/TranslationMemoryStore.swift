import AlihCore

/// Where a translation memory keeps its pairs: an SQLite file or a PostgreSQL database.
///
/// A store only stores and finds; `TranslationMemory` decides what is indexed and how
/// candidates are ranked, so both backends give the same leverage on the same pairs. A store
/// is used from one thread at a time.
package protocol TranslationMemoryStore: AnyObject {
    /// The memory as users see it: a file path, or a connection URI without its password.
    var location: String { get }

    /// Stores the pairs `produce` hands to its `add` function, chunk after chunk, in one
    /// transaction (all or none): a pair already there (same source, target and languages), or
    /// given before in the same store, gets its use count raised by the new one's, its `changed`
    /// time, and its provenance where the new one has some. `produce` is called inside the
    /// transaction, and again from the start when the transaction is retried (a serialization
    /// failure), so only a chunk at a time need be in memory.
    func store(_ produce: IndexedPairProducer) throws(MemoryError) -> TranslationMemory.StoreResult

    /// The pair whose source is exactly `source`, the most used (then the most recently changed).
    func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?

    /// The pairs sharing at least `query.needed` of `query.words`, in one round trip.
    func candidates(_ query: FuzzyCandidateQuery) throws(MemoryError) -> [TranslationPair]

    /// Up to `limit` pairs after `cursor` (from the first when nil), optionally of one language
    /// pair, in the order they were first stored; and where they end, for the next page.
    func pairs(after cursor: PairCursor?, limit: Int, sourceLanguage: String?, targetLanguage: String?)
        throws(MemoryError) -> (pairs: [TranslationPair], end: PairCursor?)

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

/// What a store calls inside its transaction to get the pairs to store: it hands them to `add`,
/// a chunk at a time.
package typealias IndexedPairProducer = (_ add: ([IndexedPair]) throws(MemoryError) -> Void) throws(MemoryError) ->
    Void

extension TranslationMemoryStore {
    /// Stores `pairs` in one transaction, as one chunk.
    func store(_ pairs: [IndexedPair]) throws(MemoryError) -> TranslationMemory.StoreResult {
        try store { (add) throws(MemoryError) in try add(pairs) }
    }
}

/// A place in a store's order of pairs (an SQLite row id; a PostgreSQL batch and position),
/// where a page of `TranslationMemoryStore.pairs(after:limit:sourceLanguage:targetLanguage:)` ended.
package struct PairCursor: Sendable, Equatable {
    package var major: Int64
    package var minor: Int64

    package init(major: Int64, minor: Int64 = 0) {
        self.major = major
        self.minor = minor
    }
}
