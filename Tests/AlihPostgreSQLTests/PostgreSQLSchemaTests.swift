import AlihTestSupport
import Foundation
import Synchronization
import Testing

@testable import AlihMemory
@testable import AlihPostgreSQL

/// Alih creates and migrates its tables, once however many processes open a new database, and
/// refuses a schema newer than its own.
@Suite(.enabled(if: PostgreSQLCluster.isInstalled, "\(PostgreSQLCluster.notInstalled)"))
struct PostgreSQLSchemaTests {
    @Test func aNewDatabaseGetsTheCurrentSchemaOnce() throws {
        let cluster = try PostgreSQLCluster.shared
        let database = try cluster.database("schema")
        // Eight connections open the new database at once, each on a thread of its own (not
        // `concurrentPerform`, which runs as many at once as there are cores): the advisory lock
        // lets one migrate.
        let errors = Mutex<[String]>([])
        let finished = DispatchGroup()
        for _ in 0..<8 {
            finished.enter()
            Thread {
                do { _ = try PostgreSQLTranslationStore(uri: database.url) } catch {
                    errors.withLock { $0.append("\(error)") }
                }
                finished.leave()
            }.start()
        }
        finished.wait()
        #expect(errors.withLock { $0 } == [])
        let rows = try cluster.psql(database.url, "SELECT version, description FROM alih_schema ORDER BY version")
        #expect(rows == "1|pairs and the fuzzy word index\n")
        // Opening again changes nothing; a reader may open a current schema.
        _ = try PostgreSQLTranslationStore(uri: database.url)
        _ = try PostgreSQLTranslationStore(uri: database.readerURL)
        #expect(try cluster.psql(database.url, "SELECT count(*) FROM alih_schema") == "1\n")
    }

    @Test func aNewerSchemaIsRefused() throws {
        let cluster = try PostgreSQLCluster.shared
        let database = try cluster.database("newer")
        _ = try PostgreSQLTranslationStore(uri: database.url)
        try cluster.psql(database.url, "INSERT INTO alih_schema (version, description) VALUES (7, 'from the future')")
        let error = #expect(throws: MemoryError.self) { try PostgreSQLTranslationStore(uri: database.url) }
        #expect(error?.message.contains("version 7, newer than this Alih's (1); update Alih") == true)
    }

    /// A reader cannot create the tables: opening an empty database with it says so.
    @Test func aReaderCannotCreateTheTables() throws {
        let database = try PostgreSQLCluster.shared.database("readerfirst")
        let error = #expect(throws: MemoryError.self) { try PostgreSQLTranslationStore(uri: database.readerURL) }
        #expect(error?.sqlState == "42501")
    }
}
