import PropertyBased
import Testing

@testable import AlihChecks

@Suite struct WordFinderTests {
    /// Each run of ASCII letters of a text is a word; after a byte that is not ASCII, the run
    /// without its first letter too; a KELVIN SIGN may make any word.
    @Test(arguments: [
        ("Ada tiga orang.", true), ("Ada orang.", false), ("“Tiga", true), ("TIGA", true), ("tiga\u{301}", true),
        ("atiga tigab", false), ("tigaa tig", false), ("tiga'x", true), ("\u{212A}EDUANYA", true), ("", false),
        ("3 orang", false), ("\u{0600}Stiga", true), ("orang orang orang tiga", true),
        ("orang orang orang keduanya.", true), ("orang orang orang \u{212A}", true),
    ])
    func findsTheWordsOfAText(text: String, expected: Bool) {
        #expect(WordFinder(["tiga", "keduanya"]).mayHaveAWord(in: text) == expected)
    }

    /// A text in which the quantity tokenizer finds a word of the set is one that may have one.
    @Test func aTextWithAWordOfTheSetMayHaveOne() async {
        let words = IndonesianQuantityParser.numberWordTable.keys
        let finder = WordFinder(words)
        await propertyCheck(count: 3_000, input: QuantityText.generator(maxFragments: 20, digits: false)) { text in
            let scanner = QuantityScanner(text)
            let found = scanner.tokens.contains { token in
                token.kind == .word && IndonesianQuantityParser.numberWordTable[scanner.lower(of: token)] != nil
            }
            if found { #expect(finder.mayHaveAWord(in: text), "\(text.debugDescription)") }
        }
    }
}
