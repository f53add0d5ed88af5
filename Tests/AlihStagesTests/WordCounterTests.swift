import AlihStages
import Testing

@Suite struct WordCounterTests {
    @Test(arguments: [
        ("", 0), ("Rusia setuju.", 2), ("3.000 tentara — di Gyumri", 4), (" – ", 0), ("negara-negara", 1),
        // Non-ASCII spaces, letters and digits; control characters between words.
        ("Rp\u{00A0}5\u{2009}juta", 3), ("Ṣalāḥ ad-Dīn", 2), ("١٢٣ ٤", 2), ("𝐀𝐁 😀", 1), ("a\u{0B}b\u{0C}c", 3), ("\u{3000}日本語\u{3000}", 1),
    ])
    func counts(text: String, words: Int) {
        #expect(WordCounter.count(text[...]) == words)
    }
}
