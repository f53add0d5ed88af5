import AlihStages
import PropertyBased
import Testing

@Suite struct WordCounterTests {
    @Test(arguments: [
        ("", 0), ("Rusia setuju.", 2), ("3.000 tentara — di Gyumri", 4), (" – ", 0), ("negara-negara", 1),
        // Non-ASCII spaces, letters and digits; control characters between words.
        ("Rp\u{00A0}5\u{2009}juta", 3), ("Ṣalāḥ ad-Dīn", 2), ("١٢٣ ٤", 2), ("𝐀𝐁 😀", 1), ("a\u{0B}b\u{0C}c", 3),
        ("\u{3000}日本語\u{3000}", 1),
    ])
    func counts(text: String, words: Int) {
        #expect(WordCounter.count(text[...]) == words)
    }

    /// Against the definition on Characters' scalars: runs of non-white-space holding a letter or digit.
    @Test func countsAsDefined() async {
        let pieces = [
            "Rusia", " ", "  ", "\t", "\n", "3.000", "—", "-", "é", "\u{00A0}", "😀", "日本", "١", ".", "\u{0B}", "a",
        ]
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...20)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let expected = text.unicodeScalars.split { $0.properties.isWhitespace }
                .filter { $0.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }.count
            #expect(WordCounter.count(text[...]) == expected, "\(text.debugDescription)")
        }
    }
}
