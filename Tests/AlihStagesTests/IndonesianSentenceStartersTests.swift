import Testing

@testable import AlihStages

@Suite struct IndonesianSentenceStartersTests {
    /// The generated table is read whole: one capitalised word of letters per row, in order,
    /// with the counts that chose it (`Scripts/make-sentence-starters.py`).
    @Test func theTableGivesOneLetterWordPerRowInOrder() throws {
        let rows = IndonesianSentenceStarters.table.split(separator: "\n")
        #expect(IndonesianSentenceStarters.words.count == rows.count)
        #expect(IndonesianSentenceStarters.words == IndonesianSentenceStarters.words.sorted())
        #expect(IndonesianSentenceStarters.set.count == rows.count)
        for row in rows {
            let fields = row.split(separator: "\t")
            #expect(fields.count == 4, "\(row)")
            let word = try #require(fields.first)
            #expect(word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isASCII && $0.isLowercase })
            let opens = try #require(Int(fields[1]))
            let inside = try #require(Int(fields[2]))
            #expect(opens >= 3 && inside * 10 <= opens, "\(row)")
        }
    }

    /// Conjunctions and adverbs that open sentences are learnt; names and words that are
    /// capitalised inside sentences (places, titles, `Dan`, `Yang`) are not.
    @Test func itHoldsSentenceOpenersAndNoNames() {
        for word in ["Namun", "Sedangkan", "Jumlah", "Setelah", "Karena", "Menurut", "Ia", "Mereka"] {
            #expect(IndonesianSentenceStarters.set.contains(word), "\(word)")
        }
        for word in ["Indonesia", "Jakarta", "Kabupaten", "Provinsi", "Raja", "Dan", "Yang", "The", "Ibu"] {
            #expect(!IndonesianSentenceStarters.set.contains(word), "\(word)")
        }
    }
}
