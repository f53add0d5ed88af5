import AlihCore
import AlihTestSupport
import Foundation
import Synchronization
import Testing

@testable import AlihMemory
@testable import AlihPostgreSQL

/// The server stopped in the middle of a store: a clear error, nothing half-stored, and the
/// same store completes once the server is back. Deterministic: the store is held at a known
/// point by a lock another connection holds, and the server is stopped only once the store is
/// seen waiting on it.
@Suite(.enabled(if: PostgreSQLCluster.isInstalled, "\(PostgreSQLCluster.notInstalled)"))
struct PostgreSQLFaultTests {
    @Test func aServerStoppedMidStoreLosesNothingAndTheRerunCompletes() throws {
        // A cluster of its own: stopping the shared one would fail the other tests.
        let cluster = try PostgreSQLCluster.start()
        defer { try? cluster.stop() }
        _ = try PostgreSQLTranslationStore(uri: cluster.url)
        let url = cluster.url
        let pairs = (0..<50).map { n in
            TranslationPair(
                source: "Kalimat nomor \(n) tentang harga beras.", target: "Sentence \(n) about rice prices.",
                sourceLanguage: "id", targetLanguage: "en")
        }
        // Another connection holds the word index: the store adds its first pair, then waits.
        let blocker = try PostgreSQLConnection(uri: cluster.url)
        try blocker.execute("BEGIN; LOCK TABLE alih_words IN ACCESS EXCLUSIVE MODE")
        let outcome = Mutex<Result<TranslationMemory.StoreResult, MemoryError>?>(nil)
        let storing = Thread {
            let result = Result { () throws(MemoryError) in
                try TranslationMemory(backend: try PostgreSQLTranslationStore(uri: url)).store(pairs)
            }
            outcome.withLock { $0 = result }
        }
        storing.start()
        let deadline = Date().addingTimeInterval(60)
        while try cluster.psql(
            cluster.adminURL,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = 'alih' AND wait_event_type = 'Lock'") != "1\n"
        {
            #expect(Date() < deadline, "the store never waited on the lock")
            if Date() >= deadline { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        try cluster.pause()
        while outcome.withLock({ $0 }) == nil { Thread.sleep(forTimeInterval: 0.05) }
        guard case .failure(let error)? = outcome.withLock({ $0 }) else {
            Issue.record("the store succeeded although the server stopped")
            return
        }
        #expect(error.message.contains("the connection to the server was lost"))
        #expect(error.message.contains("nothing of this transaction was stored"))
        #expect(!error.description.contains(cluster.url))

        try cluster.resume()
        let reopened = TranslationMemory(backend: try PostgreSQLTranslationStore(uri: cluster.url))
        #expect(try reopened.count() == 0)
        #expect(try reopened.store(pairs) == .init(added: 50, updated: 0))
        #expect(try reopened.count() == 50)
        #expect(try reopened.integrityCheck() == "ok")
    }
}
