import AlihCore
import Foundation
import Testing

@testable import AlihMemory

@Suite struct TranslationMemoryTests {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("alih-tm-\(UUID().uuidString).sqlite").path
    }

    func pair(_ source: String, _ target: String) -> TranslationPair {
        TranslationPair(
            source: source, target: target, sourceLanguage: "id", targetLanguage: "en", document: "a.txt",
            segmentID: "b1-s1")
    }

    @Test func storesOnceAndCountsUses() throws {
        let memory = try TranslationMemory(path: path)
        #expect(
            try memory.store([pair("Rusia setuju.", "Russia agreed."), pair("Rusia setuju.", "Russia agreed.")])
                == .init(added: 1, updated: 1))
        #expect(try memory.count() == 1)
        #expect(try memory.exact("Rusia setuju.", sourceLanguage: "id", targetLanguage: "en")?.useCount == 2)
        #expect(try memory.exact("Rusia setuju.", sourceLanguage: "id", targetLanguage: "de") == nil)
        #expect(try memory.integrityCheck() == "ok")
    }

    @Test func fuzzyMatchesAreWordLevelAndRanked() throws {
        let memory = try TranslationMemory(path: path, indexStopWords: ["yang", "dan", "di"])
        try memory.store([
            pair(
                "Presiden Rusia bertemu Perdana Menteri Armenia di Moskow pada Rabu malam.",
                "The Russian President met the Armenian Prime Minister in Moscow on Wednesday night."),
            pair("Harga beras naik tajam di pasar induk.", "Rice prices rose sharply at the main market."),
        ])
        let found = try memory.fuzzy(
            "Presiden Rusia bertemu Perdana Menteri Armenia di Moskow pada Kamis malam.", sourceLanguage: "id",
            targetLanguage: "en")
        #expect(found.count == 1)
        #expect(abs(found[0].similarity - 10.0 / 11.0) < 1e-9)
        #expect(try memory.fuzzy("Sesuatu yang sama sekali lain.", sourceLanguage: "id", targetLanguage: "en").isEmpty)
    }

    @Test func similarityIsOneMinusNormalizedWordEditDistance() {
        #expect(TranslationMemory.similarity(["a", "b", "c", "d"], ["a", "b", "x", "d"]) == 0.75)
        #expect(TranslationMemory.similarity([], []) == 1)
        #expect(TranslationMemory.similarity(["a"], []) == 0)
    }

    @Test func reopensAndKeepsData() throws {
        do { try TranslationMemory(path: path).store([pair("Satu.", "One.")]) }
        #expect(try TranslationMemory(path: path).count() == 1)
    }

    @Test func aFileThatIsNotADatabaseIsAnError() throws {
        try Data("not sqlite".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: MemoryError.self) { try TranslationMemory(path: path) }
    }
}
