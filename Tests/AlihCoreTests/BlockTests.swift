import AlihCore
import Testing

@Suite struct BlockTests {
    @Test(arguments: [(1, "b1"), (9, "b9"), (10, "b10"), (123_456, "b123456")])
    func blockIDsCountFromOne(number: Int, id: String) {
        #expect(Block.id(number: number) == id)
    }

    /// Segment ids are the block's id and the number, below and above the suffixes made once.
    @Test(arguments: [(1, "b3-s1"), (2, "b3-s2"), (63, "b3-s63"), (64, "b3-s64"), (65, "b3-s65"), (1_000, "b3-s1000")])
    func segmentIDsJoinTheBlockIDAndTheNumber(number: Int, id: String) {
        let block = Block(id: "b3", range: "".startIndex..<"".startIndex, separator: "".startIndex..<"".startIndex)
        #expect(block.segmentID(number: number) == id)
    }
}
