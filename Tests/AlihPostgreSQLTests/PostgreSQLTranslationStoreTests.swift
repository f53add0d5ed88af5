import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihMemory
@testable import AlihPostgreSQL

/// The PostgreSQL memory on a real server: the same semantics and the same leverage as the
/// SQLite file, values only ever bound, and errors that say what to do.
@Suite(.enabled(if: PostgreSQLCluster.isInstalled, "\(PostgreSQLCluster.notInstalled)"))
struct PostgreSQLTranslationStoreTests {
    static let stopWords = FuzzySentences.stopWords

    /// A memory in a new database of the shared cluster.
    static func memory(_ label: String) throws -> (TranslationMemory, url: String, readerURL: String) {
        let database = try PostgreSQLCluster.shared.database(label)
        let memory = TranslationMemory(
            backend: try PostgreSQLTranslationStore(uri: database.url), indexStopWords: stopWords)
        return (memory, database.url, database.readerURL)
    }

    static func pair(_ source: String, _ target: String, uses: Int = 1, document: String? = nil) -> TranslationPair {
        TranslationPair(
            source: source, target: target, sourceLanguage: "id", targetLanguage: "en", document: document,
            created: Date(timeIntervalSince1970: 1_700_000_000.125),
            changed: Date(timeIntervalSince1970: 1_700_000_000.5),
            useCount: uses)
    }

    @Test func storesEachPairOnceAndCountsItsUses() throws {
        let (memory, _, _) = try Self.memory("once")
        let first = try memory.store([
            Self.pair("Harga beras naik.", "Rice prices rise.", document: "a.txt"),
            Self.pair("Harga beras naik.", "Rice prices rise.", uses: 2),
            Self.pair("Harga beras naik.", "The price of rice rises."),
            Self.pair("", "Empty source."),
        ])
        #expect(first == .init(added: 2, updated: 1))
        let second = try memory.store([Self.pair("Harga beras naik.", "Rice prices rise.")])
        #expect(second == .init(added: 0, updated: 1))
        #expect(try memory.count() == 2)
        let exact = try #require(try memory.exact("Harga beras naik.", sourceLanguage: "id", targetLanguage: "en"))
        #expect(exact.target == "Rice prices rise.")
        #expect(exact.useCount == 4)
        #expect(exact.document == "a.txt")
        #expect(exact.created == Date(timeIntervalSince1970: 1_700_000_000.125))
        #expect(try memory.exact("Harga beras naik.", sourceLanguage: "id", targetLanguage: "de") == nil)
    }

    /// A pair stored again at another place in a later store than where it was first given
    /// (a second article that repeats a sentence of the first) raises its use count; the
    /// repeats of a pair in one store count as updates wherever they stand.
    @Test func aPairGivenAgainElsewhereRaisesItsUseCount() throws {
        let (memory, _, _) = try Self.memory("elsewhere")
        let (a, b, c) = (
            Self.pair("Satu.", "One."), Self.pair("Dua.", "Two."), Self.pair("Tiga.", "Three.")
        )
        #expect(try memory.store([a, b, c]) == .init(added: 3, updated: 0))
        #expect(try memory.store([c]) == .init(added: 0, updated: 1))
        #expect(try memory.store([Self.pair("Empat.", "Four."), b, a, b]) == .init(added: 1, updated: 3))
        let uses = try memory.allPairs().map(\.useCount)
        #expect(uses == [2, 3, 2, 1])
    }

    /// A store of 1,000 pairs or more leaves the tables vacuumed and analysed (so that lookups
    /// right after a large import use index-only scans); a smaller one leaves them to autovacuum.
    @Test func aLargeStoreVacuumsTheTables() throws {
        let cluster = try PostgreSQLCluster.shared
        for (count, vacuumed) in [(999, false), (1_000, true)] {
            let (memory, url, _) = try Self.memory("vacuum")
            try memory.store((0..<count).map { Self.pair("Kalimat \($0).", "Sentence \($0).") })
            let last = try cluster.psql(
                url, "SELECT last_vacuum IS NOT NULL FROM pg_stat_user_tables WHERE relname = 'alih_words'")
            #expect(last == (vacuumed ? "t\n" : "f\n"), "\(count) pairs")
        }
    }

    /// The same pairs in SQLite and in PostgreSQL give the same exact and fuzzy matches, in the
    /// same order, for every threshold (ties on shared words, similarity and use count included).
    @Test func givesTheSameLeverageAsTheSQLiteMemory() throws {
        let (memory, _, _) = try Self.memory("leverage")
        let folder = try ScratchFolder("pg-leverage")
        defer { folder.remove() }
        let sqlite = try TranslationMemory(path: folder.path("tm.sqlite"), indexStopWords: Self.stopWords)
        var generator = FuzzySentences(seed: 7)
        let pairs = (0..<800).map { n in
            TranslationPair(
                source: generator.sentence(words: 1 + generator.next(9)), target: "t\(n)", sourceLanguage: "id",
                targetLanguage: n % 10 == 0 ? "de" : "en", document: "d\(n % 7).txt",
                created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n) / 3),
                changed: Date(timeIntervalSince1970: 1_700_000_000 + Double(n) / 7), useCount: 1 + generator.next(3))
        }
        // In two stores, so that the second raises use counts of pairs the first added; the first
        // also gives fifty pairs twice.
        let first = Array(pairs[..<500]) + Array(pairs[100..<150])
        #expect(try memory.store(first) == sqlite.store(first))
        #expect(try memory.store(Array(pairs[300...])) == sqlite.store(Array(pairs[300...])))
        #expect(try memory.allPairs() == sqlite.allPairs())
        #expect(
            try memory.allPairs(sourceLanguage: "id", targetLanguage: "de")
                == sqlite.allPairs(sourceLanguage: "id", targetLanguage: "de"))
        var compared = 0
        for query in (0..<100).map({ _ in generator.sentence(words: 1 + generator.next(10)) })
            + pairs.prefix(20).map(\.source)
        {
            for threshold in [0.3, 0.5, 0.75, 0.9] {
                let found = try memory.fuzzy(
                    query, sourceLanguage: "id", targetLanguage: "en", threshold: threshold, limit: 50)
                #expect(
                    found
                        == (try sqlite.fuzzy(
                            query, sourceLanguage: "id", targetLanguage: "en", threshold: threshold, limit: 50)),
                    "\(query) at \(threshold)")
                compared += found.count
            }
            #expect(
                try memory.exact(query, sourceLanguage: "id", targetLanguage: "en")
                    == sqlite.exact(query, sourceLanguage: "id", targetLanguage: "en"))
        }
        #expect(compared > 300)
    }

    /// A memory copied a page at a time between the backends, either way, is the memory it
    /// copies: the same pairs in the same order (repeats folded across pages), the same leverage.
    @Test(arguments: [3, 5_000])
    func aCopyInPagesEitherWayKeepsTheMemory(pageSize: Int) throws {
        let (database, _, _) = try Self.memory("copy")
        let folder = try ScratchFolder("pg-copy")
        defer { folder.remove() }
        let sqlite = try TranslationMemory(path: folder.path("a.sqlite"), indexStopWords: Self.stopWords)
        var generator = FuzzySentences(seed: 3)
        let pairs = (0..<200).map { n in
            TranslationPair(
                source: generator.sentence(words: 2 + generator.next(8)), target: "t\(n)", sourceLanguage: "id",
                targetLanguage: n % 5 == 0 ? "de" : "en", document: "d\(n % 3).txt",
                created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)), useCount: 1 + generator.next(3))
        }
        let stored = try sqlite.store(pairs + pairs[20..<60])
        let intoServer = try database.copy(from: sqlite, pageSize: pageSize)
        #expect(intoServer.read == stored.added)
        #expect(intoServer.stored == .init(added: stored.added, updated: 0))
        #expect(try database.allPairs() == sqlite.allPairs())
        let back = try TranslationMemory(path: folder.path("b.sqlite"), indexStopWords: Self.stopWords)
        #expect(try back.copy(from: database, pageSize: pageSize).stored == .init(added: stored.added, updated: 0))
        #expect(try back.allPairs() == sqlite.allPairs())
        for query in pairs.prefix(10).map(\.source) {
            #expect(
                try database.fuzzy(query, sourceLanguage: "id", targetLanguage: "en", threshold: 0.5)
                    == sqlite.fuzzy(query, sourceLanguage: "id", targetLanguage: "en", threshold: 0.5))
        }
        // Stored in pages of its own, a memory that repeats pairs across pages folds them as one store does.
        let (paged, _, _) = try Self.memory("copy-repeats")
        let once = try TranslationMemory(path: folder.path("c.sqlite"), indexStopWords: Self.stopWords)
        let given = pairs + pairs[20..<60]
        let inChunks = try paged.store { (add) throws(MemoryError) in
            for start in stride(from: 0, to: given.count, by: pageSize) {
                try add(Array(given[start..<min(start + pageSize, given.count)]))
            }
        }
        #expect(try inChunks == once.store(given))
        #expect(try paged.allPairs() == once.allPairs())
    }

    /// Segment text is only ever a bound parameter: quotes, backslashes, SQL and a 1 MB segment
    /// are stored and found as they are; a NUL, which PostgreSQL cannot store, is refused with
    /// nothing of the transaction stored.
    @Test func hostileTextIsStoredAsText() throws {
        let (memory, _, _) = try Self.memory("hostile")
        let hostile = [
            "Kata 'kutip' dan \"ganda\".", #"Garis \ miring \\ dua \' \" \n."#,
            "'); DROP TABLE alih_pairs; --", "$1 $2 ::text[] {\"a\",\"b\"} E'\\x00'",
            "Ünïcödé — 中文 🙂 \u{200B}.", String(repeating: "sangat panjang ", count: 70_000),
            String(repeating: "x", count: 1_000_000),
        ]
        let stored = try memory.store(hostile.map { Self.pair($0, "EN " + $0) })
        #expect(stored.added == hostile.count)
        for text in hostile {
            #expect(try memory.exact(text, sourceLanguage: "id", targetLanguage: "en")?.target == "EN " + text)
        }
        #expect(
            try memory.fuzzy("Garis miring dua n", sourceLanguage: "id", targetLanguage: "en", threshold: 0.5).count
                == 1)
        #expect(try memory.count() == hostile.count)

        let withNul = [Self.pair("Baru satu.", "New one."), Self.pair("Ada\u{0}nul.", "Has a NUL.")]
        let error = #expect(throws: MemoryError.self) { try memory.store(withNul) }
        #expect(error?.message.contains("NUL") == true)
        #expect(try memory.count() == hostile.count)
        #expect(try memory.exact("Baru satu.", sourceLanguage: "id", targetLanguage: "en") == nil)
    }

    /// A role that may only read can look up; a store is refused with what to do.
    @Test func aReadOnlyRoleLooksUpButCannotStore() throws {
        let (memory, _, readerURL) = try Self.memory("reader")
        try memory.store([Self.pair("Harga beras naik.", "Rice prices rise.")])
        let reader = TranslationMemory(backend: try PostgreSQLTranslationStore(uri: readerURL))
        #expect(try reader.exact("Harga beras naik.", sourceLanguage: "id", targetLanguage: "en") != nil)
        #expect(try reader.integrityCheck() == "ok")
        let error = #expect(throws: MemoryError.self) { try reader.store([Self.pair("Baru.", "New.")]) }
        #expect(error?.sqlState == "42501")
        #expect(error?.message.contains("GRANT") == true)
        #expect(error?.description.contains("alih_reader:***@") == true)
    }

    /// The grants the README gives a translators' role are enough to store and look up.
    @Test func theREADMEsGrantsAreEnoughToStore() throws {
        let cluster = try PostgreSQLCluster.shared
        let (memory, url, _) = try Self.memory("grants")
        try memory.store([Self.pair("Harga beras naik.", "Rice prices rise.")])
        let role = "translator_\(UUID().uuidString.prefix(8).lowercased())"
        try cluster.psql(cluster.adminURL, "CREATE ROLE \(role) LOGIN PASSWORD 'pw-\(role)'")
        try cluster.psql(
            url,
            """
            GRANT SELECT, INSERT, UPDATE ON alih_pairs, alih_words TO \(role);
            GRANT SELECT ON alih_schema TO \(role);
            GRANT USAGE ON alih_pairs_id_seq, alih_batches TO \(role);
            """)
        let translatorURL = url.replacingOccurrences(
            of: #"//alih:[^@]*@"#, with: "//\(role):pw-\(role)@", options: .regularExpression)
        let translator = TranslationMemory(backend: try PostgreSQLTranslationStore(uri: translatorURL))
        #expect(
            try translator.store([Self.pair("Harga beras naik.", "Rice prices rise."), Self.pair("Baru.", "New.")])
                == .init(added: 1, updated: 1))
        #expect(try translator.exact("Harga beras naik.", sourceLanguage: "id", targetLanguage: "en")?.useCount == 2)
    }

    /// Connection failures name the server (never the password) and say what to check.
    @Test func connectionFailuresSayWhatToDo() throws {
        let cluster = try PostgreSQLCluster.shared
        let password = try #require(cluster.url.split(separator: ":")[2].split(separator: "@").first)
        let cases: [(String, String)] = [
            (cluster.url.replacingOccurrences(of: ":\(password)@", with: ":wrong-\(password)@"), "password"),
            (String(cluster.url.dropLast("alih".count)) + "no_such_memory", "createdb"),
            ("postgresql://alih:\(password)@127.0.0.1:1/alih", "server is running"),
        ]
        for (uri, advice) in cases {
            let error = #expect(throws: MemoryError.self) { try PostgreSQLTranslationStore(uri: uri) }
            #expect(error?.message.contains(advice) == true, "\(error?.message ?? "")")
            #expect(error?.description.contains(password) == false)
        }
    }
}
