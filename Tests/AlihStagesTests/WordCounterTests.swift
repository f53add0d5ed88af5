import AlihStages
import Testing

@Suite struct WordCounterTests {
    @Test(arguments: [
        ("", 0), ("Rusia setuju.", 2), ("3.000 tentara — di Gyumri", 4), (" – ", 0), ("negara-negara", 1),
    ])
    func counts(text: String, words: Int) {
        #expect(WordCounter.count(text[...]) == words)
    }
}
