import AlihCore
import AlihMemory
import Foundation

/// A translation memory in a PostgreSQL database: one memory shared by every translator and
/// every batch machine of a team.
///
/// The same semantics as the SQLite file: each pair stored once (keyed by a SHA-256 of its
/// languages, source and target, so that segments of any length are unique), its use count
/// and provenance kept; one transaction per store; fuzzy candidates counted on the word index
/// in the server, one round trip per lookup.
///
/// Concurrent stores from many processes are safe: a pair is inserted or its use count raised in
/// one statement (`ON CONFLICT`), and every store takes its pairs in one global order (by their
/// text), so two stores never wait for each other in a cycle; a serialization failure or deadlock
/// is retried all the same. (A store made of several chunks, as `tm copy` and `tm import` make,
/// orders each chunk: two of those can deadlock, and one is then run again from its first chunk.)
/// The order the pairs were given in is kept apart from that: each store draws a batch number and
/// each pair keeps its place in it, and exports and the tie-breaking of fuzzy candidates follow
/// (batch, place) as the SQLite file follows its row ids, so both give the same leverage on the
/// same pairs.
package final class PostgreSQLTranslationStore: TranslationMemoryStore {
    let connection: PostgreSQLConnection

    package var location: String { connection.location }

    /// Connects with `uri` and creates or migrates the memory's tables.
    package init(uri: String) throws(MemoryError) {
        connection = try PostgreSQLConnection(uri: uri)
        try PostgreSQLSchema.migrate(connection)
    }

    package func store(_ produce: IndexedPairProducer) throws(MemoryError) -> TranslationMemory.StoreResult {
        let result = try connection.transaction { () throws(MemoryError) -> TranslationMemory.StoreResult in
            var result = TranslationMemory.StoreResult(added: 0, updated: 0)
            var batch: String?
            var given = 0
            try produce { (chunk) throws(MemoryError) in
                let rows = Self.rows(chunk, from: given)
                given += chunk.count
                guard !rows.isEmpty else { return }
                if batch == nil { batch = try connection.query("SELECT nextval('alih_batches')").first?.first ?? nil }
                try store(rows, batch: batch, into: &result)
            }
            return result
        }
        // After a large import the planner's statistics and the visibility map lag behind until
        // autovacuum comes by: lookups right after it (tm import, then extract) took ten times as
        // long, then twice as long without index-only scans of the word index. Vacuuming reads
        // only the pages the store changed. Roles that do not own the tables skip it (a
        // warning, not an error).
        if result.added >= Self.vacuumAfter { try? connection.execute("VACUUM (ANALYZE) alih_pairs, alih_words") }
        return result
    }

    /// After a store that adds this many pairs, the tables are vacuumed and analysed at once.
    static let vacuumAfter = 1_000

    /// A chunk's pairs as rows, in one global order (by their text) so that two stores never
    /// wait for each other in a cycle, repeats of a pair in one row (one statement may not
    /// update a row twice); each row's position is where the pair was first given in the store,
    /// the chunk starting at `first`.
    static func rows(_ pairs: [IndexedPair], from first: Int) -> [StoreRow] {
        let ordered = pairs.enumerated().sorted { a, b in
            let (x, y) = (a.element.pair, b.element.pair)
            let left = [x.source, x.target, x.sourceLanguage, x.targetLanguage]
            let right = [y.source, y.target, y.sourceLanguage, y.targetLanguage]
            return left.lexicographicallyPrecedes(right) { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                || (left == right && a.offset < b.offset)
        }
        var rows: [StoreRow] = []
        for (position, indexed) in ordered {
            let pair = indexed.pair
            if let last = rows.last?.indexed.pair, last.source == pair.source, last.target == pair.target,
                last.sourceLanguage == pair.sourceLanguage, last.targetLanguage == pair.targetLanguage
            {
                rows[rows.count - 1].merge(pair)
            } else {
                rows.append(StoreRow(indexed: indexed, position: first + position))
            }
        }
        return rows
    }

    /// Inserts `rows` (or raises the use counts of those already there) and indexes the new
    /// ones' words, in statements of `rowsPerStatement`, inside the store's transaction.
    private func store(_ rows: [StoreRow], batch: String?, into result: inout TranslationMemory.StoreResult)
        throws(MemoryError)
    {
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + Self.rowsPerStatement, rows.count)]
            start = chunk.endIndex
            let answered = try connection.query(Self.upsert, Self.parameters(chunk, batch: batch))
            var words: [String] = []
            var ids: [String] = []
            var byPosition: [Int: StoreRow] = [:]
            for row in chunk { byPosition[row.position] = row }
            for answer in answered {
                guard answer.count == 3, let id = answer[0], let position = answer[1].flatMap({ Int($0) }),
                    let row = byPosition[position]
                else {
                    throw MemoryError(path: location, message: "the server stored a pair without answering its id")
                }
                let inserted = answer[2] == "t"
                result.added += inserted ? 1 : 0
                result.updated += row.repeats + (inserted ? 0 : 1)
                if inserted {
                    words += row.indexed.indexedWords
                    ids += Array(repeating: id, count: row.indexed.indexedWords.count)
                }
            }
            if !words.isEmpty {
                try connection.query(
                    "INSERT INTO alih_words (word, pair_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING",
                    [Self.textArray(words), "{" + ids.joined(separator: ",") + "}"])
            }
        }
    }

    /// How many pairs one insert statement carries.
    static let rowsPerStatement = 500

    /// Inserts a chunk of pairs (given as arrays, in order), or raises the use count of those
    /// already there; answers each row's id, its position in this store and whether it was
    /// inserted. The position comes from the rows given, matched by the pair's key: a pair
    /// already stored keeps the position of the store that first gave it, which `RETURNING`
    /// would answer.
    static let upsert = """
        WITH given AS (SELECT sha256(convert_to(format('%s:%s|%s:%s|%s:%s|%s:%s', length(r.sl), r.sl, \
        length(r.tl), r.tl, length(r.s), r.s, length(r.t), r.t), 'UTF8')) AS k, r.* \
        FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::text[], $7::text[], \
        $8::text[], $9::float8[], $10::float8[], $11::bigint[], $12::integer[]) WITH ORDINALITY \
        AS r(s, t, sl, tl, w, d, seg, o, c, ch, uc, p, n)), \
        stored AS (INSERT INTO alih_pairs (pair_key, source, target, source_lang, target_lang, words, document, \
        segment_id, origin, created, changed, use_count, batch, position) \
        SELECT k, s, t, sl, tl, w, d, seg, o, c, ch, uc, $13, p FROM given ORDER BY n \
        ON CONFLICT (pair_key) DO UPDATE SET use_count = alih_pairs.use_count + EXCLUDED.use_count, \
        changed = EXCLUDED.changed, document = COALESCE(EXCLUDED.document, alih_pairs.document), \
        segment_id = COALESCE(EXCLUDED.segment_id, alih_pairs.segment_id), \
        origin = COALESCE(EXCLUDED.origin, alih_pairs.origin) \
        RETURNING id, pair_key, xmax = 0 AS inserted) \
        SELECT stored.id, given.p, stored.inserted FROM stored JOIN given ON given.k = stored.pair_key
        """

    /// The arrays `upsert` takes for `rows`.
    static func parameters(_ rows: ArraySlice<StoreRow>, batch: String?) -> [String?] {
        func column(_ value: (StoreRow) -> String?) -> String? { textArray(rows.map(value)) }
        return [
            column { $0.indexed.pair.source }, column { $0.indexed.pair.target },
            column { $0.indexed.pair.sourceLanguage }, column { $0.indexed.pair.targetLanguage },
            column { String($0.indexed.wordCount) }, column { $0.indexed.pair.document },
            column { $0.indexed.pair.segmentID }, column { $0.indexed.pair.origin },
            column { seconds($0.indexed.pair.created) }, column { seconds($0.indexed.pair.changed) },
            column { String($0.indexed.pair.useCount) }, column { String($0.position) }, batch,
        ]
    }

    /// A pair as one row of a store: the first time it was given, with the later times folded in
    /// as the SQLite file applies them one by one (use counts added, the last `changed`, the
    /// latest provenance that is there).
    struct StoreRow {
        var indexed: IndexedPair
        /// Where the pair was first given in the store.
        var position: Int
        /// How many more times it was given.
        var repeats = 0

        mutating func merge(_ again: TranslationPair) {
            repeats += 1
            indexed.pair.useCount += again.useCount
            indexed.pair.changed = again.changed
            indexed.pair.document = again.document ?? indexed.pair.document
            indexed.pair.segmentID = again.segmentID ?? indexed.pair.segmentID
            indexed.pair.origin = again.origin ?? indexed.pair.origin
        }
    }

    package func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?
    {
        try pairs(
            where:
                "md5(source) = md5($1) AND source = $1 AND source_lang = $2 AND target_lang = $3 ORDER BY use_count DESC, changed DESC LIMIT 1",
            [source, sourceLanguage, targetLanguage]
        ).first
    }

    package func candidates(_ query: FuzzyCandidateQuery) throws(MemoryError) -> [TranslationPair] {
        try connection.query(
            """
            SELECT \(Self.pairColumns) FROM (SELECT pair_id, count(*) AS shared FROM alih_words \
            WHERE word = ANY($1::text[]) GROUP BY pair_id HAVING count(*) >= $2) c \
            JOIN alih_pairs p ON p.id = c.pair_id \
            WHERE p.source_lang = $3 AND p.target_lang = $4 AND p.words BETWEEN $5 AND $6 \
            ORDER BY c.shared DESC, p.batch \(query.newestFirst ? "DESC" : "ASC"), p.position \(query.newestFirst ? "DESC" : "ASC") \
            LIMIT $7
            """,
            [
                Self.textArray(query.words), String(query.needed), query.sourceLanguage, query.targetLanguage,
                String(query.wordCounts.lowerBound), String(query.wordCounts.upperBound), String(query.limit),
            ]
        ).map(Self.pair)
    }

    package func pairs(after cursor: PairCursor?, limit: Int, sourceLanguage: String?, targetLanguage: String?)
        throws(MemoryError) -> (pairs: [TranslationPair], end: PairCursor?)
    {
        let rows = try connection.query(
            """
            SELECT \(Self.pairColumns), p.batch, p.position FROM alih_pairs p \
            WHERE ($1::text IS NULL OR source_lang = $1) AND ($2::text IS NULL OR target_lang = $2) \
            AND (batch, position) > ($3::bigint, $4::integer) ORDER BY batch, position LIMIT $5
            """,
            [sourceLanguage, targetLanguage, String(cursor?.major ?? -1), String(cursor?.minor ?? -1), String(limit)])
        guard let last = rows.last, let batch = last[10].flatMap({ Int64($0) }),
            let position = last[11].flatMap({ Int64($0) })
        else { return ([], cursor) }
        return (rows.map(Self.pair), PairCursor(major: batch, minor: position))
    }

    package func count() throws(MemoryError) -> Int {
        Int(try connection.query("SELECT count(*) FROM alih_pairs").first?.first?.flatMap { $0 } ?? "0") ?? 0
    }

    /// PostgreSQL keeps its own data sound; this checks that the schema is current and that
    /// every indexed word belongs to a pair.
    package func integrityCheck() throws(MemoryError) -> String {
        let version = try PostgreSQLSchema.version(connection)
        guard version == PostgreSQLSchema.current else {
            return "schema version \(version), expected \(PostgreSQLSchema.current)"
        }
        let orphans = try connection.query(
            "SELECT count(*) FROM alih_words w WHERE NOT EXISTS (SELECT 1 FROM alih_pairs p WHERE p.id = w.pair_id)")
        let count = orphans.first?.first?.flatMap { Int($0) } ?? 0
        return count == 0 ? "ok" : "\(count) indexed words without their pair"
    }

    private func pairs(where condition: String, _ values: [String?]) throws(MemoryError) -> [TranslationPair] {
        try connection.query("SELECT \(Self.pairColumns) FROM alih_pairs p WHERE \(condition)", values).map(Self.pair)
    }

    /// The columns of `alih_pairs` that `pair(_:)` reads, in its order.
    static let pairColumns =
        "p.source, p.target, p.source_lang, p.target_lang, p.document, p.segment_id, p.origin, p.created, p.changed, p.use_count"

    /// The pair in a row of `pairColumns`.
    static func pair(_ row: [String?]) -> TranslationPair {
        TranslationPair(
            source: row[0] ?? "", target: row[1] ?? "", sourceLanguage: row[2] ?? "", targetLanguage: row[3] ?? "",
            document: row[4], segmentID: row[5], origin: row[6],
            created: Date(timeIntervalSince1970: Double(row[7] ?? "") ?? 0),
            changed: Date(timeIntervalSince1970: Double(row[8] ?? "") ?? 0), useCount: Int(row[9] ?? "") ?? 0)
    }

    /// A date as seconds since 1970, written so that the server reads back the same Double.
    static func seconds(_ date: Date) -> String { "\(date.timeIntervalSince1970)" }

    /// `values` as a PostgreSQL text-array literal (`{"a",NULL}`), each element quoted.
    static func textArray(_ values: [String?]) -> String {
        "{"
            + values.map { value in
                guard let value else { return "NULL" }
                return "\""
                    + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }.joined(separator: ",") + "}"
    }
}
