import Testing

@testable import AlihStages

@Suite struct SegmentWordsTests {
    /// Words appended past the first capacity keep their ranges and keys through each growth,
    /// and a segment after `removeAll` starts from the first word again.
    @Test func wordsAndKeysSurviveGrowth() {
        let text = (0..<1_000).map { "kata\($0)" }.joined(separator: " ")
        var ranges: [Range<Int>] = []
        var start = 0
        for (i, byte) in text.utf8.enumerated() where byte == UInt8(ascii: " ") {
            ranges.append(start..<i)
            start = i + 1
        }
        ranges.append(start..<text.utf8.count)
        var words = SegmentWords(capacity: 4)
        text.withContiguousUTF8 { bytes in
            for round in 0..<2 {
                words.removeAll()
                for range in ranges.prefix(round == 0 ? ranges.count : 3) { words.append(range, of: bytes) }
                let expected = round == 0 ? ranges : Array(ranges.prefix(3))
                #expect(words.count == expected.count)
                #expect(words.wordBuffer.map(\.range) == expected)
                #expect(words.wordBuffer.allSatisfy { $0.profile == -1 })
                let keys = expected.map { WordFormTable.key(of: UnsafeBufferPointer(rebasing: bytes[$0])) }
                #expect(words.keyBuffer.map(\.low) == keys.map(\.low))
                #expect(words.keyBuffer.map(\.high) == keys.map(\.high))
                #expect(words.keyBuffer.map(\.hash) == keys.map(\.hash))
            }
        }
        #expect(words.capacity >= 1_000)
    }
}
