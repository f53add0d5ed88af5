import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// `MemoryFile`, the library entry point of `alih tm`: check, export and import.
@Suite struct MemoryFileTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("tmfile") }

    func path(_ name: String) -> String { folder.path(name) }

    static func pair(_ source: String, _ target: String, into language: String = "en") -> TranslationPair {
        TranslationPair(
            source: source, target: target, sourceLanguage: "id", targetLanguage: language, document: "a.txt",
            segmentID: "b1-s1", origin: "Alih", created: Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func aMissingMemoryIsNotFoundAndNotCreated() throws {
        defer { folder.remove() }
        let missing = MemoryFile(path: path("none.sqlite"))
        for job in [{ _ = try missing.check() }, { _ = try missing.exportTMX(to: "-") { _ in } }] {
            let error = try #require(throws: DiagnosticError.self, performing: job)
            #expect(error.diagnostic.code == "tm.not-found")
        }
        #expect(!FileManager.default.fileExists(atPath: path("none.sqlite")))
    }

    @Test func exportedPairsImportIntoAnotherMemoryAndCheckSound() throws {
        defer { folder.remove() }
        let memory = try TranslationMemory.open(path: path("a.sqlite"))
        try memory.store([
            Self.pair("Satu.", "One."), Self.pair("Dua.", "Two."), Self.pair("Satu.", "Eins.", into: "de"),
        ])
        let all = try MemoryFile(path: path("a.sqlite")).exportTMX(to: path("all.tmx")) { _ in }
        #expect(all.pairs == 3)
        let english = try MemoryFile(path: path("a.sqlite")).exportTMX(to: path("en.tmx"), targetLanguage: "en") { _ in
        }
        #expect(english.pairs == 2)
        #expect(try !String(contentsOfFile: path("en.tmx"), encoding: .utf8).contains("Eins."))

        var warnings: [Diagnostic] = []
        let copy = MemoryFile(path: path("copy.sqlite"))
        let imported = try copy.importTMX(from: path("en.tmx")) { warnings.append($0) }
        #expect(warnings.isEmpty)
        #expect(imported.pairsRead == 2)
        #expect((imported.stored.added, imported.stored.updated) == (2, 0))
        let again = try copy.importTMX(from: path("en.tmx"))
        #expect((again.stored.added, again.stored.updated) == (0, 2))
        let health = try copy.check()
        #expect((health.pairs, health.integrity, health.isSound) == (2, "ok", true))
        #expect(health.summary == "\(path("copy.sqlite")): 2 pairs, integrity ok")
        #expect(again.summary == "\(path("en.tmx")): 2 pairs read; 0 added to \(path("copy.sqlite")), 2 already there")
    }

    @Test func theExportGoesToItsFileOrToStandardOutput() throws {
        defer { folder.remove() }
        try TranslationMemory.open(path: path("a.sqlite")).store([Self.pair("Satu.", "One.")])
        let file = MemoryFile(path: path("a.sqlite"))
        var handed: [String] = []
        let written = try file.exportTMX(to: path("a.tmx")) { handed.append($0) }
        #expect(handed.isEmpty)
        #expect(
            written.summary(destination: path("a.tmx")) == "\(path("a.sqlite")): 1 pairs exported to \(path("a.tmx"))")
        let printed = try file.exportTMX(to: "-") { handed.append($0) }
        #expect(handed.joined() == (try String(contentsOfFile: path("a.tmx"), encoding: .utf8)))
        #expect(printed.summary(destination: "-") == "\(path("a.sqlite")): 1 pairs exported")
    }

    /// A TMX larger than a batch is imported as it is read, in one transaction: the same pairs
    /// as the file holds; damaged after its first batches, it stores nothing, and a memory file
    /// made for it is removed again.
    @Test func aLargeTMXIsImportedAsItIsReadAndAllOrNothing() throws {
        defer { folder.remove() }
        let pairs = (0..<5_300).map { Self.pair("Kalimat nomor \($0).", "Sentence number \($0).") }
        try TranslationMemory.open(path: path("a.sqlite")).store(pairs)
        _ = try MemoryFile(path: path("a.sqlite")).exportTMX(to: path("a.tmx")) { _ in }
        let imported = try MemoryFile(path: path("b.sqlite")).importTMX(from: path("a.tmx"))
        #expect(imported.pairsRead == 5_300)
        #expect((imported.stored.added, imported.stored.updated) == (5_300, 0))
        let original = try TranslationMemory.open(path: path("a.sqlite")).allPairs()
        #expect(try TranslationMemory.open(path: path("b.sqlite")).allPairs().map(\.source) == original.map(\.source))

        let text = try String(contentsOfFile: path("a.tmx"), encoding: .utf8)
        try String(text.dropLast(200)).write(toFile: path("cut.tmx"), atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticError.self) {
            try MemoryFile(path: path("c.sqlite")).importTMX(from: path("cut.tmx"))
        }
        #expect(error.diagnostic.code.hasPrefix("tmx."))
        #expect(!FileManager.default.fileExists(atPath: path("c.sqlite")))
        let again = try #require(throws: DiagnosticError.self) {
            try MemoryFile(path: path("b.sqlite")).importTMX(from: path("cut.tmx"))
        }
        #expect(again.diagnostic.code.hasPrefix("tmx."))
        #expect(try TranslationMemory.open(path: path("b.sqlite")).count() == 5_300)
        #expect(
            try TranslationMemory.open(path: path("b.sqlite")).exact(
                "Kalimat nomor 7.", sourceLanguage: "id", targetLanguage: "en")?.useCount == 1)
    }

    @Test func aFileThatIsNoMemoryWillNotOpen() throws {
        defer { folder.remove() }
        try "not a database, just text that is long enough to be read as a header".write(
            toFile: path("bad.sqlite"), atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticError.self) { try MemoryFile(path: path("bad.sqlite")).check() }
        #expect(["tm.open", "tm.read"].contains(error.diagnostic.code))
    }

    /// SQLite reads "" and ":memory:" as a temporary database: a reimport would report its pairs
    /// stored and lose them at exit. Both are refused before anything is opened.
    @Test(arguments: ["", ":memory:"])
    func aLocationThatKeepsNothingIsRefused(location: String) throws {
        let error = try #require(throws: DiagnosticError.self) { try TranslationMemory.open(path: location) }
        #expect(error.diagnostic.code == "tm.open")
        #expect(error.diagnostic.message.contains("would be lost"))
    }

    /// A copy keeps every field and the order, and merges use counts into a memory that has some.
    @Test func aCopyKeepsEveryPairAndMergesUseCounts() throws {
        defer { folder.remove() }
        let pairs = [Self.pair("Satu.", "One."), Self.pair("Dua.", "Two."), Self.pair("Satu.", "Eins.", into: "de")]
        try TranslationMemory.open(path: path("a.sqlite")).store(pairs)
        let copied = try MemoryFile(path: path("a.sqlite")).copy(to: path("b.sqlite"))
        #expect(
            copied.summary == "\(path("a.sqlite")): 3 pairs copied to \(path("b.sqlite")) (3 added, 0 already there)")
        let copy = try TranslationMemory.open(path: path("b.sqlite"))
        #expect(try copy.allPairs() == TranslationMemory.open(path: path("a.sqlite")).allPairs())
        let again = try MemoryFile(path: path("a.sqlite")).copy(to: path("b.sqlite"))
        #expect((again.stored.added, again.stored.updated) == (0, 3))
        #expect(try copy.exact("Satu.", sourceLanguage: "id", targetLanguage: "en")?.useCount == 2)
        let itself = try #require(throws: DiagnosticError.self) {
            try MemoryFile(path: path("a.sqlite")).copy(to: path("a.sqlite"))
        }
        #expect(itself.diagnostic.code == "tm.copy")
        let missing = try #require(throws: DiagnosticError.self) {
            try MemoryFile(path: path("none.sqlite")).copy(to: path("c.sqlite"))
        }
        #expect(missing.diagnostic.code == "tm.not-found")
        #expect(!FileManager.default.fileExists(atPath: path("c.sqlite")))
    }
}
