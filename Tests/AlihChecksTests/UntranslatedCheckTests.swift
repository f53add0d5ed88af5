import AlihChecks
import AlihCore
import Testing

@Suite struct UntranslatedCheckTests {
    func findings(_ target: String?) -> [QAFinding] {
        SegmentCheckHarness.findings(UntranslatedCheck(), source: "Presiden datang.", target: target)
    }

    /// No target, an empty one, or one of whitespace only: one error with the source.
    @Test(arguments: [nil, "", " ", "\n\t ", "\u{00A0}", "\r\n", "\u{2028}"] as [String?])
    func reportsAMissingTarget(target: String?) throws {
        let finding = try #require(findings(target).first)
        #expect(findings(target).count == 1)
        #expect(
            finding
                == QAFinding(
                    check: "untranslated", severity: .error, message: "the segment is not translated",
                    segmentID: "b2-s1", line: 9,
                    sourceSpan: "Presiden datang."))
    }

    /// Anything but whitespace is a translation, however short.
    @Test(arguments: ["The president came.", " a", "0", ".", "\u{00A0}x", "e\u{0301}", "😀", "\u{200B}"])
    func acceptsATarget(target: String) {
        #expect(findings(target).isEmpty)
    }
}
