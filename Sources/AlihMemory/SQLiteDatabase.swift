import CSQLite
import Foundation

/// A small, safe wrapper over one SQLite connection: statements with bound values, and
/// errors that name the database file. Not shared between threads.
///
/// Each statement is prepared once and kept (keyed by its SQL text) for the connection's life,
/// so a lookup repeated for every segment of an article, or an insert repeated for every pair
/// of an import, is only bound and stepped again. A statement is reset after every use, so a
/// kept one holds no lock and no read snapshot between uses. The page cache is 32 MB (SQLite's
/// default is 2 MB): a 100,000-pair memory is about 100 MB, and an import touches its index
/// pages all over; the cache grows only as pages are read.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String
    /// Prepared statements by SQL text.
    private var statements: [String: OpaquePointer] = [:]
    /// Past this many kept statements, all are finalized and the cache starts again (the SQL
    /// of a lookup varies with its number of words, so the texts are many but few are common).
    static let statementCacheLimit = 128
    /// Statements prepared (compiled) since the connection was opened.
    private(set) var preparations = 0
    /// Statements run through `query` since the connection was opened.
    private(set) var queries = 0

    /// Opens (creating if needed) the database at `path`, with a busy timeout so that several
    /// processes can write one file (in WAL mode: `useWAL`); `readOnly`, opens an existing file without
    /// writing to it (nothing is created or changed: a file on read-only storage is read as
    /// it is).
    init(path: String, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 10_000) throws(MemoryError) {
        self.path = path
        if readOnly {
            // Opened for writing where the file allows it (SQLite opens a write-protected file
            // read-only), so that the WAL's files are tidied away on close as usual, but asked
            // to change nothing (`query_only`). On storage where not even WAL's shared-memory
            // file can be made, the file is read as immutable: nobody can be changing it.
            if !open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX) || !canRead() {
                sqlite3_close_v2(handle)
                handle = nil
                // Read as immutable, SQLite would not read the write-ahead log: what it holds
                // (committed, not yet copied into the file) would be missing from every answer.
                var log = stat()
                if stat(path + "-wal", &log) == 0, log.st_size > 0 {
                    throw MemoryError(
                        path: path,
                        message: "cannot be read here: its write-ahead log (\(path)-wal) holds changes not yet in the "
                            + "file, and SQLite cannot open the log on this storage (\(openFailure))",
                        sqlState: MemoryError.pendingLog)
                }
                _ = open(
                    "file:" + Self.uriEscaped(path) + "?immutable=1",
                    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX)
            }
        } else {
            _ = open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX)
        }
        guard let handle else { throw MemoryError(path: path, message: "cannot open: \(openFailure)") }
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        try execute(readOnly ? "PRAGMA query_only=ON" : "PRAGMA synchronous=NORMAL")
        try execute("PRAGMA foreign_keys=ON")
        try execute("PRAGMA cache_size=-32768")  // KiB
    }

    /// Puts the file in WAL mode (kept in the file), so that several processes can write it.
    func useWAL() throws(MemoryError) {
        try execute("PRAGMA journal_mode=WAL")
    }

    /// Whether the open database can be read (on read-only storage a WAL file cannot: its
    /// shared-memory file cannot be made).
    private func canRead() -> Bool {
        let status = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nil, nil, nil)
        if status != SQLITE_OK { openFailure = String(cString: sqlite3_errmsg(handle)) }
        return status == SQLITE_OK || status & 0xFF == SQLITE_BUSY
    }

    /// Why the last `open` failed.
    private var openFailure = "out of memory"

    /// Opens `name` with `flags`; whether it opened (else `openFailure` says why).
    private func open(_ name: String, _ flags: Int32) -> Bool {
        let status = sqlite3_open_v2(name, &handle, flags, nil)
        guard status == SQLITE_OK, handle != nil else {
            openFailure = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            handle = nil
            return false
        }
        return true
    }

    /// `path` as the path of a `file:` URI: `%`, `?` and `#` escaped.
    static func uriEscaped(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Values a statement binds or returns.
    enum Value: Equatable {
        case integer(Int64)
        case real(Double)
        case text(String)
        case null
    }

    /// Runs `sql` (one or more statements, no parameters).
    func execute(_ sql: String) throws(MemoryError) {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        guard status == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw MemoryError(path: path, message: message, sqlState: status & 0xFF == SQLITE_BUSY ? Self.busy : nil)
        }
    }

    /// Runs one statement with `values` bound to its `?` parameters and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws(MemoryError) -> [[Value]] {
        let statement = try prepared(sql)
        queries += 1
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let status: Int32
            switch value {
            case .integer(let number): status = sqlite3_bind_int64(statement, position, number)
            case .real(let number): status = sqlite3_bind_double(statement, position, number)
            case .text(let text): status = sqlite3_bind_text(statement, position, text, -1, sqliteTransient)
            case .null: status = sqlite3_bind_null(statement, position)
            }
            guard status == SQLITE_OK else { throw failure() }
        }
        var rows: [[Value]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw failure() }
            var row: [Value] = []
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, column)))
                case SQLITE_FLOAT: row.append(.real(sqlite3_column_double(statement, column)))
                case SQLITE_NULL: row.append(.null)
                default: row.append(.text(String(cString: sqlite3_column_text(statement, column))))
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// The kept statement for `sql`, prepared now if it is not kept yet.
    private func prepared(_ sql: String) throws(MemoryError) -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        if statements.count >= Self.statementCacheLimit {
            for statement in statements.values { sqlite3_finalize(statement) }
            statements.removeAll(keepingCapacity: true)
        }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
            let statement
        else {
            sqlite3_finalize(statement)
            throw failure()
        }
        preparations += 1
        statements[sql] = statement
        return statement
    }

    /// The rowid of the last insert.
    var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: all of it or none of it.
    func transaction<T>(_ body: () throws(MemoryError) -> T) throws(MemoryError) -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private func failure() -> MemoryError {
        MemoryError(
            path: path, message: String(cString: sqlite3_errmsg(handle)),
            sqlState: sqlite3_errcode(handle) & 0xFF == SQLITE_BUSY ? Self.busy : nil)
    }

    /// The code a `MemoryError` carries when SQLite answered SQLITE_BUSY: another connection
    /// held a lock this one could not wait for (the busy timeout does not apply to every lock,
    /// such as taking a new file's schema or journal mode while another connection sets them up).
    static let busy = "SQLITE_BUSY"
}

/// SQLite's "copy the text now" destructor constant, which Swift cannot import as a macro.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
