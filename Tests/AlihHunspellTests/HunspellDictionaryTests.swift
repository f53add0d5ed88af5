import AlihHunspell
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

    @Test(arguments: [("memukul", "pukul"), ("penarikan", "tarik"), ("perbatasannya", "batas"), ("menyetujuinya", "setuju")])
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
}
