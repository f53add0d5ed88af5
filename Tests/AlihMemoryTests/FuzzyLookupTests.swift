import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihMemory

/// The fuzzy lookup's one query per segment gives what the candidate query followed by one
/// `SELECT` per candidate gave, and lookups and stores reuse their prepared statements.
@Suite struct FuzzyLookupTests {
    static let stopWords = FuzzySentences.stopWords

    /// A deterministic memory of `count` pairs: sources of 1–9 words from `vocabulary`, use
    /// counts 1–3 (so that ties on similarity are broken, or not, by use count).
    static func memory(count: Int) throws -> (TranslationMemory, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "alih-fuzzy-\(UUID().uuidString).sqlite"
        ).path
        let memory = try TranslationMemory(path: path, indexStopWords: stopWords)
        var generator = FuzzySentences(seed: 7)
        var pairs: [TranslationPair] = []
        for n in 0..<count {
            let source = generator.sentence(words: 1 + generator.next(9))
            pairs.append(
                TranslationPair(
                    source: source, target: "t\(n)", sourceLanguage: "id", targetLanguage: n % 10 == 0 ? "de" : "en",
                    useCount: 1 + generator.next(3)))
        }
        try memory.store(pairs)
        return (memory, path)
    }

    /// The lookup as it was: the candidate ids from the word index joined row by row with the
    /// pairs, then one `SELECT` per candidate.
    static func referenceFuzzy(
        _ source: String, in database: SQLiteDatabase, stopWords: Set<String>, threshold: Double, limit: Int
    ) throws -> [TranslationMemory.FuzzyMatch] {
        let query = TranslationMemory.words(source)
        let indexed = Array(Set(query).subtracting(stopWords))
        guard !query.isEmpty, !indexed.isEmpty else { return [] }
        let needed = max(1, Int((Double(indexed.count) * threshold).rounded(.down)) - indexed.count / 4)
        let placeholders = Array(repeating: "?", count: indexed.count).joined(separator: ", ")
        let candidates = try database.query(
            "SELECT w.pair_id FROM words w JOIN pairs p ON p.id = w.pair_id WHERE w.word IN (\(placeholders)) AND p.source_lang = ? AND p.target_lang = ? AND p.words BETWEEN ? AND ? GROUP BY w.pair_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC LIMIT 200",
            indexed.map { .text($0) } + [
                .text("id"), .text("en"),
                .integer(Int64(Double(query.count) * threshold)),
                .integer(Int64((Double(query.count) / threshold).rounded(.up))),
                .integer(Int64(needed)),
            ])
        var matches: [TranslationMemory.FuzzyMatch] = []
        for row in candidates {
            guard case .integer(let id)? = row.first,
                let found = try database.query(
                    "SELECT \(SQLiteTranslationStore.pairColumns) FROM pairs WHERE id = ?", [.integer(id)]
                ).first
            else { continue }
            let pair = SQLiteTranslationStore.pair(found)
            let similarity = TranslationMemory.similarity(query, TranslationMemory.words(pair.source))
            if similarity >= threshold { matches.append(.init(pair: pair, similarity: similarity)) }
        }
        return Array(
            matches.sorted { ($0.similarity, $0.pair.useCount) > ($1.similarity, $1.pair.useCount) }.prefix(limit))
    }

    @Test(arguments: [0.3, 0.5, 0.75, 0.9])
    func oneQueryGivesWhatTheRowByRowLookupGave(threshold: Double) throws {
        let (memory, path) = try Self.memory(count: 3_000)
        let reference = try SQLiteDatabase(path: path)
        var generator = FuzzySentences(seed: 11)
        var queries = (0..<120).map { _ in generator.sentence(words: 1 + generator.next(10)) }
        // One indexed word, alone or among stop words.
        queries += ["Banjir.", "Covid di Jakarta.", "Yang harga.", "Di dan ke vaksin yang."]
        var compared = 0
        var withCandidateTies = 0
        for query in queries {
            for limit in [3, 1_000] {
                let found = try memory.fuzzy(
                    query, sourceLanguage: "id", targetLanguage: "en", threshold: threshold, limit: limit)
                let expected = try Self.referenceFuzzy(
                    query, in: reference, stopWords: Self.stopWords, threshold: threshold, limit: limit)
                #expect(found == expected, "\(query) at \(threshold), limit \(limit)")
                compared += found.count
                if Set(found.map { "\($0.similarity) \($0.pair.useCount)" }).count < found.count {
                    withCandidateTies += 1
                }
            }
        }
        #expect(compared > 100)
        #expect(withCandidateTies > 10)
    }

    /// Lookups with more than 200 candidates keep the same 200 as before.
    @Test func theCandidateLimitCutsWhereItDid() throws {
        let (memory, path) = try Self.memory(count: 3_000)
        let reference = try SQLiteDatabase(path: path)
        for query in [
            "Harga.", "Harga beras.", "Harga beras naik di pasar induk.",
            "Presiden rusia dan menteri armenia di moskow.",
        ] {
            let found = try memory.fuzzy(
                query, sourceLanguage: "id", targetLanguage: "en", threshold: 0.1, limit: 1_000)
            #expect(
                found
                    == (try Self.referenceFuzzy(
                        query, in: reference, stopWords: Self.stopWords, threshold: 0.1, limit: 1_000)),
                "\(query)")
        }
        let counted = try reference.query(
            "SELECT COUNT(*) FROM words w JOIN pairs p ON p.id = w.pair_id WHERE w.word = 'harga' AND p.target_lang = 'en'"
        )
        #expect(counted.first?.first.map { if case .integer(let n) = $0 { n > 200 } else { false } } == true)
    }

    /// A fuzzy lookup is one statement, an exact one too, and repeated lookups and stores
    /// prepare no statement again.
    @Test func lookupsAndStoresReuseTheirStatements() throws {
        let (memory, _) = try Self.memory(count: 500)
        var generator = FuzzySentences(seed: 3)
        let queries = (0..<200).map { _ in generator.sentence(words: 6) }
        for query in queries.prefix(20) {
            _ = try memory.fuzzy(query, sourceLanguage: "id", targetLanguage: "en")
            _ = try memory.exact(query, sourceLanguage: "id", targetLanguage: "en")
        }
        let (queriesBefore, preparedBefore) = (sqlite(memory).database.queries, sqlite(memory).database.preparations)
        var fuzzyLookups = 0
        for query in queries.dropFirst(20) {
            let indexed = Set(TranslationMemory.words(query)).subtracting(Self.stopWords)
            _ = try memory.fuzzy(query, sourceLanguage: "id", targetLanguage: "en")
            _ = try memory.exact(query, sourceLanguage: "id", targetLanguage: "en")
            if !indexed.isEmpty { fuzzyLookups += 1 }
        }
        #expect(sqlite(memory).database.queries - queriesBefore == fuzzyLookups + 180)
        // Six-word queries have 1–6 distinct indexed words: at most six fuzzy statements, all
        // prepared within the first 20 lookups or soon after.
        #expect(sqlite(memory).database.preparations - preparedBefore <= 6)

        let preparedBeforeStore = sqlite(memory).database.preparations
        try memory.store(
            (0..<400).map {
                TranslationPair(
                    source: generator.sentence(words: 5) + " \($0)", target: "t", sourceLanguage: "id",
                    targetLanguage: "en")
            })
        try memory.store([
            TranslationPair(source: "Harga beras naik 1.", target: "t", sourceLanguage: "id", targetLanguage: "en")
        ])
        // The pair lookup, the insert, the word insert and the update: prepared once each.
        #expect(sqlite(memory).database.preparations - preparedBeforeStore <= 4)
    }

    /// Past the cache's limit the statements are finalized and prepared again: lookups go on.
    @Test func manyStatementTextsDoNotGrowTheCacheWithoutBound() throws {
        let (memory, _) = try Self.memory(count: 200)
        for n in 1...(SQLiteDatabase.statementCacheLimit + 20) {
            let words = (0..<n).map { "kata\($0)" }.joined(separator: " ")
            #expect(try memory.fuzzy(words, sourceLanguage: "id", targetLanguage: "en").isEmpty)
        }
        #expect(
            try memory.fuzzy("Harga beras naik.", sourceLanguage: "id", targetLanguage: "en", threshold: 0.3).count > 0)
        #expect(try memory.integrityCheck() == "ok")
    }
}

/// The SQLite store behind `memory`.
func sqlite(_ memory: TranslationMemory) -> SQLiteTranslationStore {
    memory.backend as! SQLiteTranslationStore
}
