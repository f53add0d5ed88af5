import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihMemory

/// Opening a memory file: what is not a memory is refused as it is, reading writes nothing, and
/// a memory another process holds locked is waited for a bounded time.
@Suite struct SQLiteTranslationStoreTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder("sqlite-store") }

    /// Runs `sql` on the SQLite file at `path` through a connection of its own.
    func sqlite(_ path: String, _ sql: String) throws {
        let database = try SQLiteDatabase(path: path)
        try database.execute(sql)
    }

    func pair(_ source: String) -> TranslationPair {
        TranslationPair(source: source, target: "EN " + source, sourceLanguage: "id", targetLanguage: "en")
    }

    @Test func aDatabaseOfOtherTablesIsRefusedAndLeftAsItWas() throws {
        defer { scratch.remove() }
        let path = scratch.path("customers.db")
        try sqlite(path, "CREATE TABLE customers (id INTEGER)")
        let before = try #require(FileManager.default.contents(atPath: path))
        for readOnly in [true, false] {
            #expect {
                _ = try SQLiteTranslationStore(path: path, readOnly: readOnly)
            } throws: { error in
                (error as? MemoryError)?.message.contains("not an Alih translation memory (its tables: customers)")
                    == true
            }
        }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func anEmptyFileIsNotReadAsAMemoryButMayBecomeOne() throws {
        defer { scratch.remove() }
        let path = scratch.path("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: MemoryError.self) { _ = try SQLiteTranslationStore(path: path, readOnly: true) }
        #expect(FileManager.default.contents(atPath: path)?.count == 0)
        let memory = TranslationMemory(backend: try SQLiteTranslationStore(path: path), indexStopWords: [])
        #expect(try memory.store([pair("Rusia setuju.")]) == .init(added: 1, updated: 0))
    }

    /// A reader that opens a memory another process is making (the file there, its tables not
    /// committed yet) waits for them, as a reader opening it read-write did.
    @Test func aReaderWaitsForAMemoryBeingMade() throws {
        defer { scratch.remove() }
        let path = scratch.path("new.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let maker = Thread {
            usleep(200_000)
            _ = try? SQLiteTranslationStore(path: path)
        }
        maker.start()
        let start = ContinuousClock.now
        let memory = TranslationMemory(
            backend: try SQLiteTranslationStore(path: path, readOnly: true), indexStopWords: [])
        #expect(try memory.count() == 0)
        #expect(ContinuousClock.now - start < SQLiteTranslationStore.creationWait)
    }

    /// Reading a memory (count, integrity, pages, look-ups) leaves its file's bytes as they were.
    @Test func readingAMemoryWritesNothing() throws {
        defer { scratch.remove() }
        let path = scratch.path("tm.sqlite")
        do {
            let memory = try TranslationMemory(path: path)
            try memory.store([pair("Rusia setuju."), pair("Armenia menolak.")])
        }
        try sqlite(path, "PRAGMA wal_checkpoint(TRUNCATE)")
        let before = try #require(FileManager.default.contents(atPath: path))
        let memory = TranslationMemory(
            backend: try SQLiteTranslationStore(path: path, readOnly: true), indexStopWords: [])
        #expect(try memory.count() == 2)
        #expect(try memory.integrityCheck() == "ok")
        #expect(try memory.exact("Rusia setuju.", sourceLanguage: "id", targetLanguage: "en") != nil)
        #expect(throws: MemoryError.self) { try memory.store([pair("Baru.")]) }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    /// A store into a memory another connection holds in a write transaction gives up after
    /// `lockWait`, saying why (it once retried for half an hour).
    @Test func aLockedMemoryIsWaitedForABoundedTime() throws {
        defer { scratch.remove() }
        let path = scratch.path("locked.sqlite")
        let memory = try TranslationMemory(path: path)
        let holder = try SQLiteDatabase(path: path)
        try holder.execute("BEGIN IMMEDIATE; INSERT INTO meta (key, value) VALUES ('held', 'yes')")
        defer { try? holder.execute("ROLLBACK") }
        let start = ContinuousClock.now
        #expect {
            try memory.store([pair("Rusia setuju.")])
        } throws: { error in
            (error as? MemoryError)?.message.contains("locked by another process") == true
        }
        let waited = ContinuousClock.now - start
        #expect(waited >= SQLiteTranslationStore.lockWait - .seconds(1))
        #expect(waited < SQLiteTranslationStore.lockWait * 3)
    }
}
