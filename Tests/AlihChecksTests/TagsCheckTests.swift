import AlihChecks
import AlihCore
import Testing

@Suite struct TagsCheckTests {
    func findings(_ sourceTags: [String], _ targetTags: [String], target: String? = "Target.") -> [QAFinding] {
        SegmentCheckHarness.findings(
            TagsCheck(), source: "Sumber.", target: target, sourceTags: sourceTags, targetTags: targetTags)
    }

    /// Markup missing or added, counted per kind, sorted by kind.
    @Test(arguments: [
        (["ph"], [], "inline tags differ from the source: missing <ph> ×1"),
        ([], ["pc"], "inline tags differ from the source: extra <pc> ×1"),
        (["ph", "ph", "g"], ["g", "x"], "inline tags differ from the source: missing <ph> ×2, extra <x> ×1"),
        (["pc", "mrk"], ["mrk"], "inline tags differ from the source: missing <pc> ×1"),
    ])
    func reportsUnbalancedMarkup(sourceTags: [String], targetTags: [String], message: String) {
        #expect(
            findings(sourceTags, targetTags) == [
                QAFinding(check: "tags", severity: .error, message: message, segmentID: "b2-s1", line: 9)
            ])
    }

    /// The same markup in any order, term and segment marks (`mrk`) coming and going, or no target.
    @Test(
        arguments: [
            ([], []),
            (["ph", "pc"], ["pc", "ph"]),
            (["mrk"], []),
            ([], ["mrk", "mrk"]),
        ] as [([String], [String])])
    func acceptsBalancedMarkup(sourceTags: [String], targetTags: [String]) {
        #expect(findings(sourceTags, targetTags).isEmpty)
    }

    @Test func findsNothingWithoutTarget() {
        #expect(findings(["ph"], [], target: nil).isEmpty)
    }

    /// In a file made from an HTML page, codes are told by their id and markup.
    @Test(arguments: [
        (["pc#1@d1", "ph#2@d3"], ["ph#2@d3"], "inline codes differ from the source: missing code 1"),
        (["pc#1@d1"], ["pc#1@d1", "ph#7"], "inline codes differ from the source: code 7 not in the source"),
        (
            ["pc#1@d1"], ["pc#1@d4"],
            "inline codes differ from the source: code 1 points to other markup (d4, the source's d1): the page keeps its own"
        ),
    ])
    func reportsAPagesCodesByID(sourceTags: [String], targetTags: [String], message: String) {
        #expect(
            findings(sourceTags, targetTags) == [
                QAFinding(check: "tags", severity: .error, message: message, segmentID: "b2-s1", line: 9)
            ])
    }

    @Test func aPagesCodesInAnotherOrderAreAWarning() {
        let found = findings(["pc#1@d1", "pc#2@d3"], ["pc#2@d3", "pc#1@d1"])
        #expect(found.map(\.severity) == [.warning])
        #expect(found.first?.message.contains("(2, 1 against 1, 2)") == true)
        #expect(findings(["pc#1@d1", "pc#2@d3", "mrk"], ["pc#1@d1", "pc#2@d3"]).isEmpty)
    }
}
