import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihMemory

/// `TranslationMemory.copy(from:pageSize:)` and `forEachPage`: a memory read and stored a page at
/// a time gives the memory one store of all its pairs gives, and no chunk is larger than a page.
@Suite struct MemoryPagesTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("tm-pages") }

    /// 120 pairs in three languages, some given twice in the store (so that repeats fall in
    /// different pages), with use counts and provenance.
    static let pairs: [TranslationPair] =
        (0..<120).map { n in
            TranslationPair(
                source: "Kalimat nomor \(n % 100) tentang banjir.", target: "Sentence \(n % 100) [\(n % 3)]",
                sourceLanguage: "id", targetLanguage: ["en", "de", "en"][n % 3], document: "d\(n % 4).txt",
                segmentID: "b\(n)-s1", created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)),
                changed: Date(timeIntervalSince1970: 1_700_000_000 + Double(n) * 2), useCount: 1 + n % 3)
        }
        + (0..<30).map { n in
            TranslationPair(
                source: "Kalimat nomor \(n) tentang banjir.", target: "Sentence \(n) [\(n % 3)]",
                sourceLanguage: "id", targetLanguage: ["en", "de", "en"][n % 3], document: "again.txt",
                changed: Date(timeIntervalSince1970: 1_800_000_000))
        }

    func memory(_ name: String) throws -> TranslationMemory {
        try TranslationMemory(path: folder.path(name), indexStopWords: ["tentang"])
    }

    @Test(arguments: [1, 7, 1_000])
    func aCopyInPagesIsTheMemoryItCopies(pageSize: Int) throws {
        defer { folder.remove() }
        let original = try memory("a.sqlite")
        let stored = try original.store(Self.pairs)
        let copy = try memory("b.sqlite")
        let copied = try copy.copy(from: original, pageSize: pageSize)
        #expect(copied.read == stored.added)
        #expect(copied.stored == .init(added: stored.added, updated: 0))
        #expect(try copy.allPairs() == original.allPairs())
        #expect(
            try copy.fuzzy("Kalimat nomor 12 tentang banjir besar.", sourceLanguage: "id", targetLanguage: "en")
                == original.fuzzy("Kalimat nomor 12 tentang banjir besar.", sourceLanguage: "id", targetLanguage: "en"))
        // Copied again, every pair is already there: its use count is raised by the copy's.
        let again = try copy.copy(from: original, pageSize: pageSize)
        #expect(again.stored == .init(added: 0, updated: stored.added))
        let before = try original.exact("Kalimat nomor 3 tentang banjir.", sourceLanguage: "id", targetLanguage: "en")
        let after = try copy.exact("Kalimat nomor 3 tentang banjir.", sourceLanguage: "id", targetLanguage: "en")
        #expect(after?.useCount == 2 * (before?.useCount ?? 0))
    }

    /// The chunks a copy hands its store hold at most a page of pairs each, all of them once,
    /// in order; a retried transaction is given them again from the first.
    @Test func aCopyHandsItsStoreAPageAtATime() throws {
        defer { folder.remove() }
        let original = try memory("a.sqlite")
        try original.store(Self.pairs)
        let recording = RecordingStore(try SQLiteTranslationStore(path: folder.path("b.sqlite")), attempts: 2)
        let copy = TranslationMemory(backend: recording, indexStopWords: ["tentang"])
        let copied = try copy.copy(from: original, pageSize: 8)
        #expect(copied.read == (try original.count()))
        #expect(recording.chunks.count == 2 * ((copied.read + 7) / 8))
        #expect(recording.chunks.allSatisfy { (1...8).contains($0.count) })
        let attempt = recording.chunks.prefix(recording.chunks.count / 2).flatMap { $0 }
        #expect(attempt.map(\.pair) == (try original.allPairs()))
        #expect(try copy.allPairs() == original.allPairs())
    }

    @Test(arguments: [(nil, nil), ("id", "de"), (nil, "en"), ("ms", nil)] as [(String?, String?)])
    func pagesHoldEveryPairOfTheLanguagesAsked(source: String?, target: String?) throws {
        defer { folder.remove() }
        let original = try memory("a.sqlite")
        try original.store(Self.pairs)
        var paged: [TranslationPair] = []
        try original.forEachPage(sourceLanguage: source, targetLanguage: target, pageSize: 6) { page in
            #expect(page.count <= 6)
            paged += page
        }
        #expect(paged == (try original.allPairs(sourceLanguage: source, targetLanguage: target)))
        #expect(paged.allSatisfy { (source ?? $0.sourceLanguage) == $0.sourceLanguage })
    }
}

/// A store that records the chunks it is given, and runs its producer `attempts` times (the
/// first ones thrown away), as a retried transaction does.
final class RecordingStore: TranslationMemoryStore {
    let inner: any TranslationMemoryStore
    let attempts: Int
    private(set) var chunks: [[IndexedPair]] = []

    init(_ inner: any TranslationMemoryStore, attempts: Int = 1) {
        self.inner = inner
        self.attempts = attempts
    }

    var location: String { inner.location }

    func store(_ produce: IndexedPairProducer) throws(MemoryError) -> TranslationMemory.StoreResult {
        for _ in 1..<attempts { try produce { (chunk) throws(MemoryError) in chunks.append(chunk) } }
        return try inner.store { (add) throws(MemoryError) in
            try withoutActuallyEscaping(add) { (add) throws(MemoryError) in
                try produce { (chunk) throws(MemoryError) in
                    chunks.append(chunk)
                    try add(chunk)
                }
            }
        }
    }

    func exact(_ source: String, sourceLanguage: String, targetLanguage: String) throws(MemoryError)
        -> TranslationPair?
    {
        try inner.exact(source, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    func candidates(_ query: FuzzyCandidateQuery) throws(MemoryError) -> [TranslationPair] {
        try inner.candidates(query)
    }

    func pairs(after cursor: PairCursor?, limit: Int, sourceLanguage: String?, targetLanguage: String?)
        throws(MemoryError) -> (pairs: [TranslationPair], end: PairCursor?)
    {
        try inner.pairs(after: cursor, limit: limit, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    func count() throws(MemoryError) -> Int { try inner.count() }

    func integrityCheck() throws(MemoryError) -> String { try inner.integrityCheck() }
}
