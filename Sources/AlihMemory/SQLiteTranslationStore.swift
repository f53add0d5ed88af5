import AlihCore
import Foundation

/// A translation memory in an SQLite file: the embedded default, for one person or one machine.
///
/// The file is in WAL mode with a busy timeout, so several `alih reimport --tm` runs on one
/// machine can write it at once; each store is one transaction. Fuzzy candidates come from an
/// inverted index of the sources' content words (`words`), counted in one query per lookup.
package final class SQLiteTranslationStore: TranslationMemoryStore {
    static let schemaVersion = 1
    let database: SQLiteDatabase

    package var location: String { database.path }

    /// Opens or creates the memory at `path`; a file of another schema version, or an SQLite
    /// database that is not an Alih memory (tables of its own, none of Alih's), is refused and
    /// left as it was. `readOnly` opens an existing memory without writing to it (`alih tm
    /// check`, `tm export`, look-ups): a memory on read-only storage can be read, and a file
    /// that is not a memory is not made into one.
    ///
    /// Several processes opening a new file at once race to set its journal mode and create its
    /// tables, and SQLite answers some of them SQLITE_BUSY at once rather than waiting: opening
    /// is tried again, for up to `lockWait` in all. A memory another process holds locked for
    /// longer is refused with a message that says so. A reader that finds no tables yet (the
    /// maker has not committed them) looks again for up to `creationWait`.
    package init(path: String, readOnly: Bool = false) throws(MemoryError) {
        let start = ContinuousClock.now
        let deadline = start + Self.lockWait
        var attempt = 0
        while true {
            do {
                database = try Self.open(path, readOnly: readOnly)
                return
            } catch  where error.sqlState == Self.noTables && ContinuousClock.now < start + Self.creationWait {
                // Another process may be making the memory: its tables appear when it commits.
                usleep(10_000)
            } catch  where error.sqlState == SQLiteDatabase.busy {
                guard ContinuousClock.now < deadline else {
                    throw MemoryError(
                        path: path,
                        message: "the memory is locked by another process (waited \(Self.lockWait) for it); "
                            + "try again once that process has finished",
                        sqlState: SQLiteDatabase.busy)
                }
                attempt += 1
                usleep(UInt32(10_000 + 40_000 * min(attempt, 5) / 5))
            }
        }
    }

    /// How long opening waits, in all, for a memory another process holds locked.
    static let lockWait = Duration.seconds(10)

    /// How long reading waits for the tables of a memory that has none yet (one another process
    /// is making) before it is refused as not a memory.
    static let creationWait = Duration.seconds(1)

    /// The `sqlState` of a reader's refusal of a database without tables.
    static let noTables = "ALIH_NO_TABLES"

    /// The database at `path`, in WAL mode, with Alih's tables (made when it has none and may
    /// be written).
    private static func open(_ path: String, readOnly: Bool) throws(MemoryError) -> SQLiteDatabase {
        let database = try SQLiteDatabase(
            path: path, readOnly: readOnly, busyTimeoutMilliseconds: Int32(lockWait.components.seconds * 1_000))
        let tables = try database.query("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { row in
            if case .text(let name)? = row.first { name } else { nil }
        }
        if !tables.contains("meta") {
            guard tables.isEmpty, !readOnly else {
                throw MemoryError(
                    path: path,
                    message: tables.isEmpty
                        ? "is not an Alih translation memory (an empty file or database)"
                        : "is an SQLite database but not an Alih translation memory (its tables: "
                            + tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "") + ")",
                    sqlState: tables.isEmpty ? noTables : nil)
            }
            // In one transaction: a process opening the file meanwhile sees all the tables or none.
            try database.execute(
                """
                BEGIN IMMEDIATE;
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
                COMMIT;
                """)
        }
        if !readOnly { try database.useWAL() }
        let version = try database.query("SELECT value FROM meta WHERE key = 'schema-version'")
        if case .text(let value)? = version.first?.first, value != String(Self.schemaVersion) {
            throw MemoryError(
                path: path, message: "schema version \(value) is not supported (this Alih uses \(Self.schemaVersion))")
        }
        return database
    }

    package func store(_ produce: IndexedPairProducer) throws(MemoryError) -> TranslationMemory.StoreResult {
        do {
            return try database.transaction { () throws(MemoryError) -> TranslationMemory.StoreResult in
                var result = TranslationMemory.StoreResult(added: 0, updated: 0)
                try produce { (chunk) throws(MemoryError) in try store(chunk, into: &result) }
                return result
            }
        } catch  where error.sqlState == SQLiteDatabase.busy {
            throw MemoryError(
                path: database.path,
                message: "the memory is locked by another process (waited \(Self.lockWait) for it); "
                    + "try again once that process has finished",
                sqlState: SQLiteDatabase.busy)
        }
    }

    /// Stores one chunk of a store's pairs (in its transaction), counting what it did in `result`.
    private func store(_ pairs: [IndexedPair], into result: inout TranslationMemory.StoreResult) throws(MemoryError) {
        for indexed in pairs {
            let pair = indexed.pair
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
            try database.query(
                "INSERT INTO pairs (source, target, source_lang, target_lang, words, document, segment_id, origin, created, changed, use_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(pair.source), .text(pair.target), .text(pair.sourceLanguage), .text(pair.targetLanguage),
                    .integer(Int64(indexed.wordCount)), Self.optional(pair.document), Self.optional(pair.segmentID),
                    Self.optional(pair.origin),
                    .real(pair.created.timeIntervalSince1970), .real(pair.changed.timeIntervalSince1970),
                    .integer(Int64(pair.useCount)),
                ])
            let id = database.lastInsertID
            for word in indexed.indexedWords {
                try database.query(
                    "INSERT OR IGNORE INTO words (word, pair_id) VALUES (?, ?)", [.text(word), .integer(id)])
            }
            result.added += 1
        }
    }

    package func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?
    {
        try pairs(
            where: "source = ? AND source_lang = ? AND target_lang = ? ORDER BY use_count DESC, changed DESC LIMIT 1",
            [.text(source), .text(sourceLanguage), .text(targetLanguage)]
        ).first
    }

    package func candidates(_ query: FuzzyCandidateQuery) throws(MemoryError) -> [TranslationPair] {
        let placeholders = Array(repeating: "?", count: query.words.count).joined(separator: ", ")
        // The candidates are counted on the word index alone, then joined with their pairs; the
        // language and length conditions hold per pair, so they keep the same candidates with
        // the same counts as applying them to every word row would.
        return try database.query(
            "SELECT \(Self.pairColumns) FROM (SELECT pair_id, COUNT(*) AS shared FROM words WHERE word IN (\(placeholders)) GROUP BY pair_id HAVING COUNT(*) >= ?) c JOIN pairs p ON p.id = c.pair_id WHERE p.source_lang = ? AND p.target_lang = ? AND p.words BETWEEN ? AND ? ORDER BY c.shared DESC, c.pair_id \(query.newestFirst ? "DESC" : "ASC") LIMIT \(query.limit)",
            query.words.map { .text($0) } + [
                .integer(Int64(query.needed)), .text(query.sourceLanguage), .text(query.targetLanguage),
                .integer(Int64(query.wordCounts.lowerBound)), .integer(Int64(query.wordCounts.upperBound)),
            ]
        ).map(Self.pair)
    }

    package func pairs(after cursor: PairCursor?, limit: Int, sourceLanguage: String?, targetLanguage: String?)
        throws(MemoryError) -> (pairs: [TranslationPair], end: PairCursor?)
    {
        var conditions = ["id > ?"]
        var values: [SQLiteDatabase.Value] = [.integer(cursor?.major ?? 0)]
        if let sourceLanguage {
            conditions.append("source_lang = ?")
            values.append(.text(sourceLanguage))
        }
        if let targetLanguage {
            conditions.append("target_lang = ?")
            values.append(.text(targetLanguage))
        }
        let rows = try database.query(
            "SELECT \(Self.pairColumns), id FROM pairs WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT \(limit)",
            values)
        guard case .integer(let last)? = rows.last?.last else { return ([], cursor) }
        return (rows.map(Self.pair), PairCursor(major: last))
    }

    package func count() throws(MemoryError) -> Int {
        if case .integer(let count)? = try database.query("SELECT COUNT(*) FROM pairs").first?.first {
            return Int(count)
        }
        return 0
    }

    /// SQLite's `PRAGMA integrity_check`.
    package func integrityCheck() throws(MemoryError) -> String {
        if case .text(let result)? = try database.query("PRAGMA integrity_check").first?.first { return result }
        return "no answer"
    }

    private func pairs(where condition: String, _ values: [SQLiteDatabase.Value]) throws(MemoryError)
        -> [TranslationPair]
    {
        try database.query("SELECT \(Self.pairColumns) FROM pairs WHERE \(condition)", values).map(Self.pair)
    }

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
}
