import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihStages

/// `WordTokenizer` splits news text on its bytes (`WordBreakRules`) and leaves other text to
/// ICU: the two must give the same words.
@Suite struct WordTokenizerTests {
    /// Words by the byte rules, or nil when they leave the text to ICU.
    static func byRules(_ text: String) -> [String]? {
        var words: [String] = []
        let covered = text.withContiguousUTF8 { bytes in
            WordBreakRules.forEachWord(utf8: bytes) {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self))
            }
        }
        return covered ? words : nil
    }

    static func byICU(_ text: String) throws -> [String] {
        var tokenizer = try WordTokenizer()
        var words: [String] = []
        try text.withContiguousUTF8 { bytes in
            try tokenizer.forEachWordByICU(utf8: bytes) {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self))
            }
        }
        return words
    }

    @Test(arguments: [
        ("Rusia menarik tentaranya.", ["Rusia", "menarik", "tentaranya"]),
        ("negara-negara KPK-nya", ["negara-negara", "KPK-nya"]),
        ("Rp5,2 miliar, 3.000 orang; 2,5%", ["Rp5,2", "miliar", "3.000", "orang", "2,5"]),
        ("U.S. a.1 1.a a:b 1;2 a,b", ["U.S", "a", "1", "1", "a", "a", "b", "1;2", "a", "b"]),
        ("Qur’an, Jum'at “kata” — lalu…", ["Qur’an", "Jum'at", "kata", "lalu"]),
        ("Erdoğan dan Müller di Zürich", ["Erdoğan", "dan", "Müller", "di", "Zürich"]),
        ("COVID-19 a--b -awal akhir-", ["COVID-19", "a", "b", "awal", "akhir"]),
        ("2×3 ÷ 4", ["2", "3", "4"]),
        ("é.é 5.é é,5 Müllé’s ğ.5 ş'ş", ["é.é", "5", "é", "é", "5", "Müllé’s", "ğ", "5", "ş'ş"]),
    ])
    func newsTextIsSplitByTheRules(text: String, words: [String]) throws {
        #expect(Self.byRules(text) == words)
        #expect(try Self.byICU(text) == words)
    }

    @Test(arguments: ["snake_case", "α-synuclein", "25°C", "naïve\u{301}", "emoji 👍", "x²"])
    func otherTextIsLeftToICU(text: String) throws {
        #expect(Self.byRules(text) == nil)
        var tokenizer = try WordTokenizer()
        let words = try tokenizer.words(in: text[...]).map { String(text[$0]) }
        #expect(words == (try Self.byICU(text)))
    }

    /// Random strings of the characters the rules cover, and a few they do not: the rules
    /// give ICU's words or decline.
    @Test func theRulesAgreeWithICUOnRandomText() async throws {
        let pieces = [
            "a", "Z", "é", "ğ", "Ł", "7", "0", ".", ",", ";", ":", "'", "’", "‘", "-", " ", "\n", "“", "”", "—", "–",
            "…", "×", "%", "(", ")", "\"", "/", "_", "²", "α", "\u{301}", "ku", "nya", "3.0", "U.S",
        ]
        await propertyCheck(count: 5_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...14)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            if let words = Self.byRules(text) {
                #expect(words == (try! Self.byICU(text)), "\(text.debugDescription)")
            }
        }
    }

    @Test(.enabled(if: TestPaths.shared != nil, "\(TestPaths.sharedMissing)"))
    func theRulesAgreeWithICUOnRealArticles() throws {
        let folder = TestPaths.shared!.appendingPathComponent("data/id-wikipedia-covid")
        var covered = 0
        var paragraphs = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
                paragraphs += 1
                guard let words = Self.byRules(paragraph) else { continue }
                covered += 1
                #expect(words == (try Self.byICU(paragraph)), "\(file): \(paragraph.prefix(80))")
            }
        }
        // Most paragraphs of Indonesian text never need ICU.
        #expect(covered * 10 >= paragraphs * 8)
    }
}
