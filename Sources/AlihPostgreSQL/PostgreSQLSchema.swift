import AlihMemory

/// The tables of a PostgreSQL translation memory, created and migrated by Alih.
///
/// `alih_schema` lists the migrations applied, one row each. Opening a memory applies the
/// missing ones in one transaction under an advisory lock (so that sixteen processes opening
/// a new database at once create it once); a database whose schema is newer than this Alih's
/// is refused, and one already current is only read, so a read-only role can look up.
enum PostgreSQLSchema {
    /// The migrations in order: applying `migrations[n]` makes the schema version `n + 1`.
    static let migrations: [(description: String, sql: String)] = [
        (
            "pairs and the fuzzy word index",
            """
            CREATE TABLE alih_pairs (
                id bigserial PRIMARY KEY,
                pair_key bytea NOT NULL UNIQUE,
                source text NOT NULL, target text NOT NULL,
                source_lang text NOT NULL, target_lang text NOT NULL,
                words integer NOT NULL,
                document text, segment_id text, origin text,
                created double precision NOT NULL, changed double precision NOT NULL,
                use_count bigint NOT NULL DEFAULT 1,
                batch bigint NOT NULL, position integer NOT NULL);
            CREATE SEQUENCE alih_batches;
            CREATE INDEX alih_pairs_exact ON alih_pairs (source_lang, target_lang, md5(source));
            CREATE INDEX alih_pairs_order ON alih_pairs (batch, position);
            CREATE TABLE alih_words (
                word text NOT NULL,
                pair_id bigint NOT NULL REFERENCES alih_pairs (id) ON DELETE CASCADE,
                PRIMARY KEY (word, pair_id));
            """
        )
    ]

    /// The schema version this Alih writes.
    static var current: Int { migrations.count }

    /// Brings the database behind `connection` to `current`, or refuses a newer one.
    static func migrate(_ connection: PostgreSQLConnection) throws(MemoryError) {
        if try version(connection) == current { return }
        try connection.transaction { () throws(MemoryError) in
            try connection.query("SELECT pg_advisory_xact_lock(7405137221)")
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS alih_schema (
                    version integer PRIMARY KEY,
                    description text NOT NULL,
                    applied timestamptz NOT NULL DEFAULT now())
                """)
            let found = try version(connection)
            guard found <= current else { throw newer(found, connection) }
            for version in found..<current {
                try connection.execute(migrations[version].sql)
                try connection.query(
                    "INSERT INTO alih_schema (version, description) VALUES ($1, $2)",
                    [String(version + 1), migrations[version].description])
            }
        }
        let found = try version(connection)
        guard found <= current else { throw newer(found, connection) }
    }

    /// The version of the schema in the database: 0 when it has none.
    static func version(_ connection: PostgreSQLConnection) throws(MemoryError) -> Int {
        let exists = try connection.query("SELECT to_regclass('alih_schema') IS NOT NULL")
        guard exists.first?.first == "t" else { return 0 }
        let version = try connection.query("SELECT COALESCE(max(version), 0) FROM alih_schema")
        return version.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0
    }

    private static func newer(_ found: Int, _ connection: PostgreSQLConnection) -> MemoryError {
        MemoryError(
            path: connection.location,
            message:
                "the memory's schema is version \(found), newer than this Alih's (\(current)); update Alih to use this memory"
        )
    }
}
