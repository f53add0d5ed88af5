import PropertyBased
import Testing

@testable import AlihChecks

/// A filter never rules out one of its words, as written, lowercased or in capitals.
@Suite struct WordShapeFilterTests {
    static let words = Gen.int(in: 0...51).array(of: 1...12).map { letters in
        String(letters.map { Character(Unicode.Scalar(UInt8($0 < 26 ? 0x61 + $0 : 0x41 + $0 - 26))) })
    }.array(of: 1...40)

    @Test func neverRulesOutAMember() async {
        await propertyCheck(count: 500, input: Self.words) { words in
            let filter = WordShapeFilter(words)
            for word in words {
                for form in [word, word.lowercased(), word.uppercased()] {
                    #expect(filter.mayContain(Array(form.utf8)[...]), "\(form) of \(words)")
                }
            }
        }
    }

    @Test func rulesOutMostOtherWords() {
        let filter = WordShapeFilter(IndonesianQuantityParser.wordsStartingQuantities)
        let others = ["yang", "dan", "di", "dengan", "untuk", "orang", "tahun", "pemerintah", "mengatakan", "tersebut"]
        #expect(others.filter { filter.mayContain(Array($0.utf8)[...]) }.count <= 2)
        #expect(!filter.mayContain([][...]))
    }
}
