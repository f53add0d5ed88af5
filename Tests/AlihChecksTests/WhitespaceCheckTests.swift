import AlihChecks
import AlihCore
import Testing

@Suite struct WhitespaceCheckTests {
    static let edges = "leading or trailing whitespace differs from the source"
    static let doubled = "the target has doubled spaces"

    func messages(_ source: String, _ target: String) -> [String] {
        SegmentCheckHarness.findings(WhitespaceCheck(), source: source, target: target).map(\.message)
    }

    /// Whitespace at the ends that differs from the source's, and doubled spaces the source lacks.
    @Test(arguments: [
        ("Presiden datang.", " The president came.", [edges]),
        ("Presiden datang.", "The president came.\n", [edges]),
        (" Presiden datang.", "The president came.", [edges]),
        ("Presiden datang. ", "The president came.\t", [edges]),
        ("Presiden datang.", "The  president came.", [doubled]),
        ("Presiden datang.", " The  president came.", [edges, doubled]),
        ("Presiden datang.", "The president came.\u{00A0}", [edges]),
    ])
    func reportsWhitespace(source: String, target: String, expected: [String]) {
        #expect(messages(source, target) == expected)
    }

    /// The same whitespace at the ends, and doubled spaces the source has too.
    @Test(arguments: [
        ("Presiden datang.", "The president came."),
        (" Presiden datang.\n", " The president came.\n"),
        ("Presiden  datang.", "The  president came."),
        ("Kafe\u{0301}", "Cafe\u{0301}"),
        ("Presiden datang.", ""),
    ])
    func acceptsMatchingWhitespace(source: String, target: String) {
        #expect(messages(source, target).isEmpty)
    }

    @Test func findingsCarryTheSegment() {
        let finding = SegmentCheckHarness.findings(WhitespaceCheck(), source: "a", target: "a  b")
        #expect(
            finding == [
                QAFinding(
                    check: "whitespace", severity: .warning, message: Self.doubled, segmentID: "b2-s1", line: 9,
                    targetSpan: "  ")
            ])
    }
}
