import AlihCore
import Testing

@testable import Alih

/// `UnitWhitespaceRepair`: whitespace a CAT tool moved into segments or dropped between them,
/// given back its own pieces; the unit's text never changes.
@Suite struct UnitWhitespaceRepairTests {
    static func segment(_ id: String, _ source: String, _ target: String?) -> TranslatedPiece {
        .segment(TranslatedSegment(id: id, line: 1, source: source, target: target))
    }

    @Test func edgesMoveOutOfSourcesAndTargets() throws {
        let unit = TranslatedUnit(
            id: "b1", line: 1,
            pieces: [Self.segment("b1-s1", "Satu. ", "One. "), Self.segment("b1-s2", "Dua.\n\n", "Two.\n\n")])
        let repaired = try #require(UnitWhitespaceRepair.movedOut(unit))
        #expect(repaired.sourceText == unit.sourceText)
        #expect(repaired.pieces.map(\.source) == ["Satu.", " ", "Dua.", "\n\n"])
        #expect(repaired.segments.map(\.target) == ["One.", "Two."])
    }

    @Test func aUnitWithoutWhitespaceAtSegmentEdgesNeedsNothing() {
        let unit = TranslatedUnit(
            id: "b1", line: 1,
            pieces: [Self.segment("b1-s1", "Satu.", "One."), .ignorable(source: " ", target: nil)])
        #expect(UnitWhitespaceRepair.movedOut(unit) == nil)
        #expect(UnitWhitespaceRepair.spaced(unit) == nil)
    }

    @Test func adjacentSegmentsGetASpace() throws {
        let unit = TranslatedUnit(
            id: "b1", line: 1, pieces: [Self.segment("b1-s1", "Satu.", "One."), Self.segment("b1-s2", "Dua.", "Two.")])
        let spaced = try #require(UnitWhitespaceRepair.spaced(unit))
        #expect(spaced.sourceText == "Satu. Dua.")
    }

    @Test func aWhitespaceOnlySegmentBecomesWhitespace() throws {
        let unit = TranslatedUnit(
            id: "b1", line: 1, pieces: [Self.segment("b1-s1", "Satu.", nil), Self.segment("x", "\n", "\n")])
        let repaired = try #require(UnitWhitespaceRepair.movedOut(unit))
        #expect(repaired.segments.count == 1)
        #expect(repaired.sourceText == "Satu.\n")
    }
}
