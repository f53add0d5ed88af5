/// A translation memory could not be used: what went wrong, and where.
package struct MemoryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The memory: a file path, or a connection URI without its password.
    package var path: String
    package var message: String
    /// The server's SQLSTATE code, for a PostgreSQL memory's errors.
    package var sqlState: String?

    /// The `sqlState` of a memory file on read-only storage whose write-ahead log holds
    /// changes SQLite cannot read there.
    package static let pendingLog = "ALIH_PENDING_WAL"

    package init(path: String, message: String, sqlState: String? = nil) {
        self.path = path
        self.message = message
        self.sqlState = sqlState
    }

    package var description: String { "translation memory \(path): \(message)" }
}
