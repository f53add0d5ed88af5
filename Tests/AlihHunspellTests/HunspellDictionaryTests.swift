import AlihHunspell
import Foundation
import Testing

@Suite struct HunspellDictionaryTests {
    let dictionary: HunspellDictionary

    init() throws { dictionary = try HunspellDictionary.installed("id_ID") }

    @Test(arguments: ["pukul", "memukul", "perbatasan", "menteri", "tentara"])
    func knowsIndonesianWords(word: String) {
        #expect(dictionary.spell(word))
    }

    @Test func rejectsNonWords() {
        #expect(!dictionary.spell("xqzvtw"))
        #expect(!dictionary.spell("中文"))
    }

    @Test(arguments: [
        ("memukul", "pukul"), ("penarikan", "tarik"), ("perbatasannya", "batas"), ("menyetujuinya", "setuju"),
    ])
    func stems(word: String, stem: String) {
        #expect(dictionary.stems(word).contains(stem))
    }

    @Test func aMissingDictionarySaysHowToInstallIt() {
        do {
            _ = try HunspellDictionary.installed("xx_XX")
            Issue.record("found a dictionary that does not exist")
        } catch {
            #expect(error.description.contains("apt-get install hunspell-id"))
        }
    }

    /// The listed words are the `.dic` lines' words (after the count line), decoded from the
    /// dictionary's ISO-8859-1, read here line by line as the first version did.
    @Test func listedWordsAreTheDictionaryLinesWords() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: dictionary.dictionaryPath))
        var expected = Set<String>()
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true).dropFirst() {
            var word = line.prefix { $0 != UInt8(ascii: "/") && $0 != 0x09 && $0 != 0x0D && $0 != 0x20 }
            if word.first == UInt8(ascii: "\\") { word = word.dropFirst() }
            guard !word.isEmpty else { continue }
            expected.insert(String(String.UnicodeScalarView(word.map { Unicode.Scalar($0) })))
        }
        let listed = dictionary.listedWords()
        #expect(listed == expected)
        #expect(listed.contains("armenia") && listed.contains("pukul-memukul") && listed.count > 25_000)
    }
}
