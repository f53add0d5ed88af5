import AlihCore
import Foundation

/// Alih's translation memory: translated segments kept for exact and fuzzy matches in later
/// articles, in an SQLite file or a PostgreSQL database (`TranslationMemoryStore`).
///
/// Each store is one transaction (all pairs or none). A pair already there (same source,
/// target and languages) is not stored twice: its use count goes up. Fuzzy lookup uses an
/// inverted index of the sources' content words, so it looks at the few sources sharing words
/// with the query instead of the whole memory — one query per lookup, which counts the shared
/// words on the index and returns the 200 best candidates with their pairs; similarity is
/// word-level: `1 − word edit distance ÷ length of the longer source`. What is indexed and how
/// candidates are ranked is decided here, once for both stores.
public final class TranslationMemory {
    /// Where the pairs are kept.
    package let backend: any TranslationMemoryStore
    /// Words not indexed for fuzzy lookup (function words: they would make every source a candidate).
    package let indexStopWords: Set<String>

    /// The memory kept by `backend`.
    package init(backend: any TranslationMemoryStore, indexStopWords: Set<String> = []) {
        self.backend = backend
        self.indexStopWords = indexStopWords
    }

    /// Opens or creates the SQLite memory at `path`.
    package convenience init(path: String, indexStopWords: Set<String> = []) throws(MemoryError) {
        self.init(backend: try SQLiteTranslationStore(path: path), indexStopWords: indexStopWords)
    }

    /// The memory as users see it: a file path, or a connection URI without its password.
    package var location: String { backend.location }

    /// What a store did.
    public struct StoreResult: Sendable, Equatable {
        public var added: Int
        public var updated: Int

        package init(added: Int, updated: Int) {
            self.added = added
            self.updated = updated
        }
    }

    /// Stores `pairs` in one transaction; pairs with an empty source or target are left out.
    @discardableResult
    package func store(_ pairs: [TranslationPair]) throws(MemoryError) -> StoreResult {
        try backend.store(indexedPairs(pairs))
    }

    /// `pairs` as this memory indexes them, those with an empty source or target left out.
    func indexedPairs(_ pairs: [TranslationPair]) -> [IndexedPair] {
        pairs.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map { pair in
            let words = Self.words(pair.source)
            return IndexedPair(pair: pair, wordCount: words.count, indexedWords: Array(indexed(words)))
        }
    }

    /// Stores the pairs `produce` hands to its `add` function, a chunk at a time, in one
    /// transaction (all or none): pairs of any number, never all in memory at once. `produce`
    /// runs inside the transaction, and again from the start if it is retried.
    @discardableResult
    package func store(
        producing produce: (_ add: ([TranslationPair]) throws(MemoryError) -> Void) throws(MemoryError) -> Void
    ) throws(MemoryError) -> StoreResult {
        try backend.store { (add) throws(MemoryError) in
            try withoutActuallyEscaping(add) { (add) throws(MemoryError) in
                try produce { (pairs) throws(MemoryError) in try add(indexedPairs(pairs)) }
            }
        }
    }

    /// Stores every pair of `source` here, a page at a time, in one transaction (all or none):
    /// the pairs of a memory of any size, never all in memory at once. Answers how many pairs
    /// were read and what the store did.
    package func copy(from source: TranslationMemory, pageSize: Int = TranslationMemory.pageSize) throws(MemoryError)
        -> (read: Int, stored: StoreResult)
    {
        var read = 0
        let stored = try store { (add) throws(MemoryError) in
            read = 0
            var cursor: PairCursor?
            while let page = try Self.page(of: source.backend, after: &cursor, size: pageSize) {
                read += page.count
                try add(page)
            }
        }
        return (read, stored)
    }

    /// Hands `body` every pair, optionally of one language pair, in the order stored, a page of
    /// `pageSize` pairs at a time.
    package func forEachPage(
        sourceLanguage: String? = nil, targetLanguage: String? = nil, pageSize: Int = TranslationMemory.pageSize,
        _ body: ([TranslationPair]) throws -> Void
    ) throws {
        var cursor: PairCursor?
        while let page = try Self.page(
            of: backend, after: &cursor, size: pageSize, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        {
            try body(page)
        }
    }

    /// The page of `store`'s pairs after `cursor` (moved to its end), nil after the last.
    private static func page(
        of store: any TranslationMemoryStore, after cursor: inout PairCursor?, size: Int,
        sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(MemoryError) -> [TranslationPair]? {
        let page = try store.pairs(
            after: cursor, limit: size, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        guard !page.pairs.isEmpty else { return nil }
        cursor = page.end
        return page.pairs
    }

    /// How many pairs a page of `forEachPage` and `copy(from:)` holds.
    package static let pageSize = 5_000

    /// The translation of exactly `source`, the most used (then most recent) when there are several.
    package func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?
    {
        try backend.exact(source, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// A fuzzy match: a stored pair and how similar its source is (0–1).
    package struct FuzzyMatch: Sendable, Equatable {
        package var pair: TranslationPair
        package var similarity: Double
    }

    /// Pairs whose source is at least `threshold` similar to `source` (word level), best first.
    package func fuzzy(
        _ source: String, sourceLanguage: String, targetLanguage: String, threshold: Double = 0.75, limit: Int = 3
    ) throws(MemoryError) -> [FuzzyMatch] {
        let query = Self.words(source)
        let indexed = Array(indexed(query))
        guard !query.isEmpty, !indexed.isEmpty else { return [] }
        // Enough shared content words to reach the threshold at all. Ties on shared words are
        // broken by pair id: newest first, oldest first when the query has one indexed word.
        let needed = max(1, Int((Double(indexed.count) * threshold).rounded(.down)) - indexed.count / 4)
        let candidates = try backend.candidates(
            FuzzyCandidateQuery(
                words: indexed, needed: needed, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                wordCounts: Int(Double(query.count) * threshold)...Int((Double(query.count) / threshold).rounded(.up)),
                newestFirst: indexed.count != 1, limit: Self.fuzzyCandidateLimit))
        var matches: [FuzzyMatch] = []
        for pair in candidates {
            let similarity = Self.similarity(query, Self.words(pair.source))
            if similarity >= threshold { matches.append(FuzzyMatch(pair: pair, similarity: similarity)) }
        }
        return Array(
            matches.sorted { ($0.similarity, $0.pair.useCount) > ($1.similarity, $1.pair.useCount) }.prefix(limit))
    }

    /// Every pair, optionally of one language pair, in the order stored.
    package func allPairs(sourceLanguage: String? = nil, targetLanguage: String? = nil) throws(MemoryError)
        -> [TranslationPair]
    {
        var pairs: [TranslationPair] = []
        var cursor: PairCursor?
        while let page = try Self.page(
            of: backend, after: &cursor, size: Self.pageSize, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage)
        {
            pairs += page
        }
        return pairs
    }

    /// How many pairs the memory holds.
    package func count() throws(MemoryError) -> Int { try backend.count() }

    /// The store's own consistency check: `ok` when sound.
    package func integrityCheck() throws(MemoryError) -> String { try backend.integrityCheck() }

    /// How many candidates sharing the most words with a query a fuzzy lookup compares.
    static let fuzzyCandidateLimit = 200

    /// Words longer than this (in UTF-8 bytes) are not indexed: no real word is, and a database
    /// index cannot hold arbitrarily long keys.
    static let longestIndexedWord = 200

    /// The distinct words of `words` that the fuzzy index lists.
    private func indexed(_ words: [String]) -> Set<String> {
        Set(words.filter { !indexStopWords.contains($0) && $0.utf8.count <= Self.longestIndexedWord })
    }

    /// Lowercased words (letters and digits) of `text`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `1 − edit distance ÷ the longer length`, over words.
    static func similarity(_ a: [String], _ b: [String]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        var previous = Array(0...b.count)
        for (i, wordA) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, wordB) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (wordA == wordB ? 0 : 1))
            }
            previous = current
        }
        return 1 - Double(previous[b.count]) / Double(longer)
    }
}
