import Alih
import AlihStages
import Testing

/// `IndonesianLemmatizer.table(of:)`: what `alih lemma` prints.
@Suite(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
struct LemmaTableTests {
    @Test func eachWordIsALineOfWordLemmaAndHow() throws {
        let lemmatizer = try IndonesianLemmatizer.installed()
        let words = ["menyetujuinya", "pasukan"]
        let lines = words.map { "\($0)\t\(lemmatizer.analyze($0).lemma)\t\(lemmatizer.analyze($0).explanation)\n" }
        #expect(lemmatizer.table(of: words) == lines.joined())
        #expect(lemmatizer.table(of: words).hasPrefix("menyetujuinya\tsetuju\t"))
        #expect(lemmatizer.table(of: []) == "")
    }
}
