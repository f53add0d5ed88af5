import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihMemory

/// `TranslationMemory.copy(from:pageSize:)` and `forEachPage`: a memory read and stored a page at
/// a time gives the memory one store of all its pairs gives, and no chunk is larger than a page.
@Suite struct CopiedPairsTests {
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

    /// The pages a copy hands its store hold at most a page of pairs each, all of them once,
    /// in order, and a rewind starts again from the first.
    @Test func aCopyHandsItsStoreAPageAtATime() throws {
        defer { folder.remove() }
        let original = try memory("a.sqlite")
        try original.store(Self.pairs)
        let pages = CopiedPairs(from: original.backend, indexedBy: try memory("b.sqlite"), pageSize: 8)
        for _ in 0..<2 {
            pages.rewind()
            var sources: [TranslationPair] = []
            while let page = try pages.next() {
                #expect((1...8).contains(page.count))
                sources += page.map(\.pair)
            }
            #expect(sources == (try original.allPairs()))
            #expect(pages.read == sources.count)
            #expect(try pages.next() == nil)
        }
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
