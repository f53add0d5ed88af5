import AlihCore
import AlihMemory
import AlihPostgreSQL
import AlihStages

extension TranslationMemory {
    /// The Alih translation memory at `location`, its fuzzy index without Indonesian stop words:
    /// a PostgreSQL database for a connection URI (`postgresql://…`, libpq's syntax), else an
    /// SQLite file (created when missing). A memory that will not open is a `tm.open` error
    /// naming it (a URI without its password).
    /// `readOnly` opens an existing memory without writing to it: a memory on read-only storage
    /// can be read, and a file that is not a memory is refused as it is (not made into one).
    public static func open(path location: String, readOnly: Bool = false) throws -> TranslationMemory {
        // SQLite reads "" and ":memory:" as a private, temporary database: the pairs would vanish.
        if location.isEmpty || location == ":memory:" {
            throw DiagnosticError(
                code: "tm.open", "'\(location)' names no translation memory: its pairs would be lost at exit",
                hint: "give the memory's file (e.g. --tm tm.sqlite) or a PostgreSQL URI (postgresql://…)")
        }
        let isDatabase = PostgreSQLLocation.isURI(location)
        do {
            let backend: any TranslationMemoryStore =
                isDatabase
                ? try PostgreSQLTranslationStore(uri: location)
                : try SQLiteTranslationStore(path: location, readOnly: readOnly)
            return TranslationMemory(backend: backend, indexStopWords: IndonesianStopWords.words)
        } catch {
            throw DiagnosticError(
                code: "tm.open", error.description,
                at: SourceLocation(file: isDatabase ? PostgreSQLLocation.redacted(location) : location),
                hint: isDatabase
                    ? nil
                    : error.sqlState == MemoryError.pendingLog
                        ? "open it once where it can be written (alih tm check on writable storage), which folds the "
                            + "log into the file; then it can be read from here"
                        : readOnly
                            ? "check that the file is an Alih translation memory"
                            : "check that the file is an Alih translation memory and its folder is writable")
        }
    }

    /// `location` as messages and reports show it: a connection URI without its password.
    public static func displayed(_ location: String) -> String {
        PostgreSQLLocation.isURI(location) ? PostgreSQLLocation.redacted(location) : location
    }
}
