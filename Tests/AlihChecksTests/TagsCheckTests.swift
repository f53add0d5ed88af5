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
}
