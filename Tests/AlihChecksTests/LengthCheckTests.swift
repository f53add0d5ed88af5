import AlihChecks
import AlihCore
import Testing

@Suite struct LengthCheckTests {
    static let source = String(repeating: "a", count: 40)

    func messages(_ source: String, _ target: String) -> [String] {
        SegmentCheckHarness.findings(LengthCheck(), source: source, target: target).map(\.message)
    }

    /// A target under half or over twice the source's characters.
    @Test(arguments: [
        (
            LengthCheckTests.source, String(repeating: "b", count: 12),
            "the target is 0.3× the source's length (expected 0.5–2.0×)"
        ),
        (
            LengthCheckTests.source, String(repeating: "b", count: 19),
            "the target is 0.5× the source's length (expected 0.5–2.0×)"
        ),
        (
            LengthCheckTests.source, String(repeating: "b", count: 81),
            "the target is 2.0× the source's length (expected 0.5–2.0×)"
        ),
        (
            LengthCheckTests.source, String(repeating: "b", count: 120),
            "the target is 3.0× the source's length (expected 0.5–2.0×)"
        ),
        // Long enough to judge from 25 characters on.
        (String(repeating: "a", count: 25), "b", "the target is 0.0× the source's length (expected 0.5–2.0×)"),
        // Characters, not bytes: 40 combined letters (80 scalars) against 15 letters.
        (
            String(repeating: "e\u{0301}", count: 40), String(repeating: "b", count: 15),
            "the target is 0.4× the source's length (expected 0.5–2.0×)"
        ),
        // CR LF is one character: 30 of them against 12 letters.
        (
            String(repeating: "\r\n", count: 30), String(repeating: "b", count: 12),
            "the target is 0.4× the source's length (expected 0.5–2.0×)"
        ),
    ])
    func reportsAnOddLength(source: String, target: String, message: String) {
        #expect(messages(source, target) == [message])
    }

    /// Targets within 0.5–2.0× (bounds included), and sources too short to judge.
    @Test(arguments: [
        (LengthCheckTests.source, String(repeating: "b", count: 40)),
        (LengthCheckTests.source, String(repeating: "b", count: 20)),
        (LengthCheckTests.source, String(repeating: "b", count: 80)),
        (String(repeating: "a", count: 24), "b"),
        (String(repeating: "😀", count: 24), String(repeating: "b", count: 200)),
        (String(repeating: "e\u{0301}", count: 30), String(repeating: "b", count: 30)),
        (LengthCheckTests.source, ""),
    ])
    func acceptsAFairLength(source: String, target: String) {
        #expect(messages(source, target).isEmpty)
    }

    /// A target copied from its source is as long as the source: fine with the usual ratios,
    /// reported by a check configured to want a ratio that excludes 1.
    @Test func aCopiedTargetHasARatioOfOne() {
        #expect(messages(Self.source, Self.source).isEmpty)
        var check = LengthCheck()
        check.ratios = 1.5...3.0
        let findings = SegmentCheckHarness.findings(check, source: Self.source, target: Self.source)
        #expect(findings.map(\.message) == ["the target is 1.0× the source's length (expected 1.5–3.0×)"])
    }
}
