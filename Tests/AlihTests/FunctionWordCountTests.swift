import AlihTestSupport
import Foundation
import Testing

@testable import Alih

/// The test that an input of `alih run` is plainly English rather than Indonesian.
@Suite struct FunctionWordCountTests {
    static let english = """
        The Ministry of Health said on Tuesday that the number of cases in the capital had fallen for the third week \
        in a row. Officials from the provincial government were quoted as saying that the schools would open again.
        """

    @Test func englishIsPlainlyEnglish() {
        let words = FunctionWordCount(Array(Self.english.utf8))
        #expect(words.english >= 10)
        #expect(words.indonesian == 0)
        #expect(words.isPlainlyEnglish)
    }

    /// Every Indonesian text there is here: the example, the seed article and the 48 Wikipedia
    /// articles of ../shared, each whole and in article-sized pieces.
    @Test func indonesianTextsAreNot() throws {
        var texts = [try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)]
        if let seed = TestPaths.seedArticle { texts.append(try String(contentsOf: seed, encoding: .utf8)) }
        if let wiki = TestPaths.shared?.appendingPathComponent("data/id-wikipedia-covid") {
            for file in try FileManager.default.contentsOfDirectory(atPath: wiki.path) {
                texts.append(try String(contentsOf: wiki.appendingPathComponent(file), encoding: .utf8))
            }
        }
        for text in texts {
            let paragraphs = text.components(separatedBy: "\n\n")
            for start in stride(from: 0, to: paragraphs.count, by: 3) {
                let piece = paragraphs[start..<min(start + 3, paragraphs.count)].joined(separator: "\n\n")
                #expect(!FunctionWordCount(Array(piece.utf8)).isPlainlyEnglish, "\(piece.prefix(200))")
            }
        }
    }

    /// An Indonesian article quoting English at length, capitals (AS, IT) and `1990-an` stay
    /// Indonesian.
    @Test func indonesianWithEnglishInItIsNot() {
        let text = """
            Presiden AS mengatakan, "We will not stand by and watch, and the world is with us on this." Menurut dia, \
            sektor IT di AS pada tahun 1990-an tumbuh pesat. "It is the best of times," kata dia di Jakarta, yang \
            juga menjadi tempat pertemuan para menteri dari negara-negara tersebut.
            """
        let words = FunctionWordCount(Array(text.utf8))
        #expect(!words.isPlainlyEnglish, "\(words)")
    }

    /// A text too short to judge is not refused, nor is one with no words.
    @Test(arguments: ["The end.", "", "12345 67890\n", "Of the two, the one in the box is mine."])
    func tooLittleToJudgeIsNot(text: String) {
        #expect(!FunctionWordCount(Array(text.utf8)).isPlainlyEnglish)
    }

    /// Counting stops after `enough` function words, and looks at no more than `limit` bytes.
    @Test func countingIsBounded() {
        let long = String(repeating: Self.english + " ", count: 20)
        let words = FunctionWordCount(Array(long.utf8))
        #expect(words.english + words.indonesian == FunctionWordCount.enough)
        let late = String(repeating: "x ", count: FunctionWordCount.limit / 2) + long
        #expect(FunctionWordCount(Array(late.utf8)) == FunctionWordCount(english: 0, indonesian: 0))
    }

    /// Accented and non-Latin words are none of the function words.
    @Test func wordsWithOtherLettersAreNotCounted() {
        #expect(FunctionWordCount(Array("thé ofé dañ yangé".utf8)) == FunctionWordCount(english: 0, indonesian: 0))
        #expect(FunctionWordCount(Array("THE Yang".utf8)) == FunctionWordCount(english: 1, indonesian: 1))
    }
}
