import AlihMemory
import CAlihLibPQ
import Foundation

/// A small, safe wrapper over one libpq connection: statements with bound text parameters,
/// prepared once per connection, and errors that name the server without its password.
///
/// Every value goes to the server as a bound parameter, never inside the SQL text. Not shared
/// between threads. The server's notices (`relation … already exists, skipping`) are not printed.
final class PostgreSQLConnection {
    private let handle: OpaquePointer
    /// The connection URI with its password hidden, for messages.
    let location: String
    /// Prepared statements' names by SQL text.
    private var statements: [String: String] = [:]
    /// Statements run through `query` since the connection was opened.
    private(set) var queries = 0

    /// Connects with `uri` (libpq's syntax: `postgresql://user@host:port/database?sslmode=…`;
    /// `PGPASSWORD`, `PGSERVICE` and `~/.pgpass` apply as they do for psql).
    init(uri: String) throws(MemoryError) {
        location = PostgreSQLLocation.redacted(uri)
        guard alih_pq_load() == 1 else {
            throw MemoryError(
                path: location,
                message:
                    "PostgreSQL's client library could not be loaded (\(String(cString: alih_pq_load_error()))); install it: apt-get install libpq5"
            )
        }
        guard let handle = alih_pq_connectdb(uri) else {
            throw MemoryError(path: location, message: "cannot connect: out of memory")
        }
        guard alih_pq_status(handle) == ALIH_PQ_CONNECTION_OK else {
            let message = Self.oneLine(String(cString: alih_pq_error_message(handle)))
            alih_pq_finish(handle)
            throw MemoryError(path: location, message: "cannot connect: \(message)\(Self.connectionHint(message))")
        }
        self.handle = handle
        alih_pq_silence_notices(handle)
        try execute("SET client_min_messages = warning")
    }

    deinit { alih_pq_finish(handle) }

    /// Runs `sql` (one or more statements, no parameters).
    func execute(_ sql: String) throws(MemoryError) {
        let result = alih_pq_exec(handle, sql)
        defer { alih_pq_clear(result) }
        try check(result)
    }

    /// Runs one statement with `parameters` bound to `$1`, `$2`, … (nil is SQL NULL) and returns
    /// its rows as text (nil for NULL).
    @discardableResult
    func query(_ sql: String, _ parameters: [String?] = []) throws(MemoryError) -> [[String?]] {
        for case let parameter? in parameters where parameter.utf8.contains(0) {
            throw MemoryError(
                path: location,
                message:
                    "a text holds a NUL character, which PostgreSQL cannot store; remove it from the segment and retry")
        }
        let name = try prepared(sql, parameterCount: parameters.count)
        queries += 1
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        let result = copies.map { $0.map { UnsafePointer($0) } }.withUnsafeBufferPointer { values in
            alih_pq_exec_prepared(handle, name, Int32(values.count), values.baseAddress)
        }
        defer { alih_pq_clear(result) }
        try check(result)
        var rows: [[String?]] = []
        let columns = alih_pq_nfields(result)
        for row in 0..<alih_pq_ntuples(result) {
            rows.append(
                (0..<columns).map { column in
                    alih_pq_getisnull(result, row, column) == 1
                        ? nil : String(cString: alih_pq_getvalue(result, row, column))
                })
        }
        return rows
    }

    /// Runs `body` in one transaction, all of it or none of it; a serialization failure or a
    /// deadlock (another writer got there first) rolls back and runs `body` again, up to five times.
    func transaction<T>(_ body: () throws(MemoryError) -> T) throws(MemoryError) -> T {
        var attempt = 0
        while true {
            attempt += 1
            try execute("BEGIN")
            do {
                let value = try body()
                try execute("COMMIT")
                return value
            } catch {
                try? execute("ROLLBACK")
                guard error.isRetryable, attempt < 5 else { throw error }
            }
        }
    }

    /// The statement name for `sql`, prepared now if it is not yet.
    private func prepared(_ sql: String, parameterCount: Int) throws(MemoryError) -> String {
        if let name = statements[sql] { return name }
        let name = "alih_\(statements.count + 1)"
        let result = alih_pq_prepare(handle, name, sql, Int32(parameterCount))
        defer { alih_pq_clear(result) }
        try check(result)
        statements[sql] = name
        return name
    }

    /// Throws the server's error when `result` is not a success.
    private func check(_ result: OpaquePointer?) throws(MemoryError) {
        let status = result.map(alih_pq_result_status) ?? ALIH_PQ_FATAL_ERROR
        guard status != ALIH_PQ_COMMAND_OK && status != ALIH_PQ_TUPLES_OK else { return }
        if alih_pq_status(handle) != ALIH_PQ_CONNECTION_OK {
            throw MemoryError(
                path: location,
                message:
                    "the connection to the server was lost (\(Self.oneLine(String(cString: alih_pq_error_message(handle))))); nothing of this transaction was stored: check the server and run the command again"
            )
        }
        func field(_ code: Character) -> String? {
            result.flatMap { alih_pq_result_error_field($0, Int32(code.asciiValue!)) }.map { String(cString: $0) }
        }
        let message =
            [field("M"), field("D")].compactMap { $0 }.map(Self.oneLine).joined(separator: ": ")
        let state = field("C")
        throw MemoryError(
            path: location, message: (message.isEmpty ? "unknown error" : message) + Self.hint(state: state),
            sqlState: state)
    }

    /// What to do about a failed connection, from libpq's message.
    static func connectionHint(_ message: String) -> String {
        if message.contains("password authentication failed") || message.contains("no password supplied") {
            return "; check the user name and password (in the URI, PGPASSWORD or ~/.pgpass)"
        }
        if message.contains("root certificate file") {
            return
                "; give the certificate of the authority that signed the server's: sslrootcert=FILE in the URI (or ~/.postgresql/root.crt), or sslmode=require to encrypt without checking the server"
        }
        if message.contains("certificate verify failed") {
            return
                "; the server's certificate is not signed by the authority in sslrootcert (or ~/.postgresql/root.crt): give the one that signed it"
        }
        if message.contains("does not match host name") {
            return "; the server's certificate does not name the URI's host: connect by a name the certificate holds"
        }
        if message.contains("no encryption") {
            return
                "; the server takes encrypted connections only: use sslmode=require, or verify-full with sslrootcert=FILE"
        }
        if message.contains("server does not support SSL") {
            return "; the server takes no TLS connections: leave out sslmode or ask its administrator to turn TLS on"
        }
        if message.contains("database \"") && message.contains("does not exist") {
            return "; create the database (createdb -O USER NAME) or correct its name in the URI"
        }
        if message.contains("Connection refused") || message.contains("could not connect")
            || message.contains("could not translate host name") || message.contains("timeout expired")
        {
            return "; check that the server is running and that the URI's host and port are right"
        }
        return ""
    }

    /// What to do about an error the server reported, from its SQLSTATE.
    static func hint(state: String?) -> String {
        switch state {
        case "42501":
            "; this role may not change the translation memory: use a role that may (the tables' owner, or GRANT SELECT, INSERT, UPDATE ON alih_pairs, alih_words; SELECT ON alih_schema; USAGE ON alih_pairs_id_seq, alih_batches)"
        case "25006": "; the server is read-only (a standby?): connect to the primary"
        case "53100": "; the server's disk is full"
        default: ""
        }
    }

    /// libpq's multi-line messages on one line.
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}

extension MemoryError {
    /// Whether running the transaction again may succeed: a serialization failure or a deadlock.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }
}
