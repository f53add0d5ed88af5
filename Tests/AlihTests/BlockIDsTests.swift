import Testing

@testable import Alih

/// `BlockIDs`: Alih's unit and segment ids read back as numbers.
@Suite struct BlockIDsTests {
    @Test(
        arguments: [
            ("b1", 1), ("b12", 12), ("b0", nil), ("b01", nil), ("b", nil), ("x1", nil), ("b1-s1", nil), ("B1", nil),
            ("b1234567890", nil),
        ] as [(String, Int?)])
    func unitNumbers(id: String, number: Int?) {
        #expect(BlockIDs.unitNumber(id) == number)
    }

    @Test(
        arguments: [
            ("b3-s2", "b3", 2), ("b3-s12", "b3", 12), ("b3-s2", "b4", nil), ("b33-s2", "b3", nil), ("b3-2", "b3", nil),
            ("b3-s", "b3", nil), ("b3-s0", "b3", nil),
        ] as [(String, String, Int?)])
    func segmentNumbers(id: String, unit: String, number: Int?) {
        #expect(BlockIDs.segmentNumber(id, in: unit) == number)
        if let number { #expect(BlockIDs.segmentID(unit: unit, number: number) == id) }
    }
}
