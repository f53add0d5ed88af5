import AlihCore
import Foundation

/// Alih's translation memory: translated segments in an SQLite file, for exact and fuzzy
/// matches in later articles.
///
/// The file is in WAL mode with a busy timeout, so several `alih reimport --tm` runs can write
/// it at once; each store is one transaction (all pairs or none). A pair already there (same
/// source, target and languages) is not stored twice: its use count goes up. Fuzzy lookup uses
/// an inverted index of the sources' content words, so it looks at the few sources sharing
/// words with the query instead of the whole memory — one query per lookup, which counts the
/// shared words on the index and returns the 200 best candidates with their pairs; similarity
/// is word-level: `1 − word edit distance ÷ length of the longer source`.
public final class TranslationMemory {
    static let schemaVersion = 1
    let database: SQLiteDatabase
    /// Words not indexed for fuzzy lookup (function words: they would make every source a candidate).
    package let indexStopWords: Set<String>

    /// Opens or creates the memory at `path`.
    package init(path: String, indexStopWords: Set<String> = []) throws(MemoryError) {
        database = try SQLiteDatabase(path: path)
        self.indexStopWords = indexStopWords
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS pairs (
                id INTEGER PRIMARY KEY,
                source TEXT NOT NULL, target TEXT NOT NULL,
                source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
                words INTEGER NOT NULL,
                document TEXT, segment_id TEXT, origin TEXT,
                created REAL NOT NULL, changed REAL NOT NULL,
                use_count INTEGER NOT NULL DEFAULT 1,
                UNIQUE (source, target, source_lang, target_lang));
            CREATE INDEX IF NOT EXISTS pairs_lookup ON pairs (source_lang, target_lang, source);
            CREATE TABLE IF NOT EXISTS words (
                word TEXT NOT NULL, pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
                PRIMARY KEY (word, pair_id)) WITHOUT ROWID;
            INSERT OR IGNORE INTO meta (key, value) VALUES ('schema-version', '\(Self.schemaVersion)');
            """)
        let version = try database.query("SELECT value FROM meta WHERE key = 'schema-version'")
        if case .text(let value)? = version.first?.first, value != String(Self.schemaVersion) {
            throw MemoryError(
                path: path, message: "schema version \(value) is not supported (this Alih uses \(Self.schemaVersion))")
        }
    }

    /// What a store did.
    public struct StoreResult: Sendable, Equatable {
        public var added: Int
        public var updated: Int
    }

    /// Stores `pairs` in one transaction.
    @discardableResult
    package func store(_ pairs: [TranslationPair]) throws(MemoryError) -> StoreResult {
        try database.transaction { () throws(MemoryError) -> StoreResult in
            var result = StoreResult(added: 0, updated: 0)
            for pair in pairs where !pair.source.isEmpty && !pair.target.isEmpty {
                let existing = try database.query(
                    "SELECT id FROM pairs WHERE source = ? AND target = ? AND source_lang = ? AND target_lang = ?",
                    [.text(pair.source), .text(pair.target), .text(pair.sourceLanguage), .text(pair.targetLanguage)])
                if case .integer(let id)? = existing.first?.first {
                    try database.query(
                        "UPDATE pairs SET use_count = use_count + ?, changed = ?, document = COALESCE(?, document), segment_id = COALESCE(?, segment_id), origin = COALESCE(?, origin) WHERE id = ?",
                        [
                            .integer(Int64(pair.useCount)), .real(pair.changed.timeIntervalSince1970),
                            Self.optional(pair.document),
                            Self.optional(pair.segmentID), Self.optional(pair.origin), .integer(id),
                        ])
                    result.updated += 1
                    continue
                }
                let words = Self.words(pair.source)
                try database.query(
                    "INSERT INTO pairs (source, target, source_lang, target_lang, words, document, segment_id, origin, created, changed, use_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        .text(pair.source), .text(pair.target), .text(pair.sourceLanguage), .text(pair.targetLanguage),
                        .integer(Int64(words.count)), Self.optional(pair.document), Self.optional(pair.segmentID),
                        Self.optional(pair.origin),
                        .real(pair.created.timeIntervalSince1970), .real(pair.changed.timeIntervalSince1970),
                        .integer(Int64(pair.useCount)),
                    ])
                let id = database.lastInsertID
                for word in Set(words) where !indexStopWords.contains(word) {
                    try database.query(
                        "INSERT OR IGNORE INTO words (word, pair_id) VALUES (?, ?)", [.text(word), .integer(id)])
                }
                result.added += 1
            }
            return result
        }
    }

    /// The translation of exactly `source`, the most used (then most recent) when there are several.
    package func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?
    {
        try pairs(
            where: "source = ? AND source_lang = ? AND target_lang = ? ORDER BY use_count DESC, changed DESC LIMIT 1",
            [.text(source), .text(sourceLanguage), .text(targetLanguage)]
        ).first
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
        let indexed = Array(Set(query).subtracting(indexStopWords))
        guard !query.isEmpty, !indexed.isEmpty else { return [] }
        // Enough shared content words to reach the threshold at all.
        let needed = max(1, Int((Double(indexed.count) * threshold).rounded(.down)) - indexed.count / 4)
        let placeholders = Array(repeating: "?", count: indexed.count).joined(separator: ", ")
        // The candidates are counted on the word index alone, then joined with their pairs; the
        // language and length conditions hold per pair, so they keep the same candidates with
        // the same counts as applying them to every word row would. Ties are broken by pair id:
        // newest first, oldest first when the query has one indexed word.
        let rows = try database.query(
            "SELECT \(Self.pairColumns) FROM (SELECT pair_id, COUNT(*) AS shared FROM words WHERE word IN (\(placeholders)) GROUP BY pair_id HAVING COUNT(*) >= ?) c JOIN pairs p ON p.id = c.pair_id WHERE p.source_lang = ? AND p.target_lang = ? AND p.words BETWEEN ? AND ? ORDER BY c.shared DESC, c.pair_id \(indexed.count == 1 ? "ASC" : "DESC") LIMIT \(Self.fuzzyCandidateLimit)",
            indexed.map { .text($0) } + [
                .integer(Int64(needed)), .text(sourceLanguage), .text(targetLanguage),
                .integer(Int64(Double(query.count) * threshold)),
                .integer(Int64((Double(query.count) / threshold).rounded(.up))),
            ])
        var matches: [FuzzyMatch] = []
        for row in rows {
            let pair = Self.pair(row)
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
        var conditions = ["1 = 1"]
        var values: [SQLiteDatabase.Value] = []
        if let sourceLanguage {
            conditions.append("source_lang = ?")
            values.append(.text(sourceLanguage))
        }
        if let targetLanguage {
            conditions.append("target_lang = ?")
            values.append(.text(targetLanguage))
        }
        return try pairs(where: conditions.joined(separator: " AND ") + " ORDER BY id", values)
    }

    /// How many pairs the memory holds.
    package func count() throws(MemoryError) -> Int {
        if case .integer(let count)? = try database.query("SELECT COUNT(*) FROM pairs").first?.first {
            return Int(count)
        }
        return 0
    }

    /// SQLite's own consistency check: `ok` when the file is sound.
    package func integrityCheck() throws(MemoryError) -> String {
        if case .text(let result)? = try database.query("PRAGMA integrity_check").first?.first { return result }
        return "no answer"
    }

    private func pairs(where condition: String, _ values: [SQLiteDatabase.Value]) throws(MemoryError)
        -> [TranslationPair]
    {
        try database.query("SELECT \(Self.pairColumns) FROM pairs WHERE \(condition)", values).map(Self.pair)
    }

    /// How many candidates sharing the most words with a query a fuzzy lookup compares.
    static let fuzzyCandidateLimit = 200

    /// The columns of `pairs` that `pair(_:)` reads, in its order.
    static let pairColumns =
        "source, target, source_lang, target_lang, document, segment_id, origin, created, changed, use_count"

    /// The pair in a row of `pairColumns`.
    static func pair(_ row: [SQLiteDatabase.Value]) -> TranslationPair {
        func text(_ i: Int) -> String? { if case .text(let t) = row[i] { t } else { nil } }
        func real(_ i: Int) -> Double {
            if case .real(let r) = row[i] { r } else if case .integer(let n) = row[i] { Double(n) } else { 0 }
        }
        func integer(_ i: Int) -> Int { if case .integer(let n) = row[i] { Int(n) } else { 0 } }
        return TranslationPair(
            source: text(0) ?? "", target: text(1) ?? "", sourceLanguage: text(2) ?? "", targetLanguage: text(3) ?? "",
            document: text(4), segmentID: text(5), origin: text(6), created: Date(timeIntervalSince1970: real(7)),
            changed: Date(timeIntervalSince1970: real(8)), useCount: integer(9))
    }

    private static func optional(_ text: String?) -> SQLiteDatabase.Value { text.map { .text($0) } ?? .null }

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
