import AlihChecks
import AlihCore
import Testing

@Suite struct StateCheckTests {
    func findings(state: String?, approved: Bool = false) -> [QAFinding] {
        SegmentCheckHarness.findings(
            StateCheck(), source: "Sumber.", target: "Target.", state: state, approved: approved)
    }

    /// A state other than final: an error naming it.
    @Test(
        arguments: [
            (nil, "the segment is not final (state none)"),
            ("initial", "the segment is not final (state initial)"),
            ("translated", "the segment is not final (state translated)"),
            ("needs-translation", "the segment is not final (state needs-translation)"),
            ("reviewed", "the segment is not final (state reviewed)"),
            ("Final", "the segment is not final (state Final)"),
        ] as [(String?, String)])
    func reportsASegmentThatIsNotFinal(state: String?, message: String) {
        #expect(
            findings(state: state) == [
                QAFinding(check: "state", severity: .error, message: message, segmentID: "b2-s1", line: 9)
            ])
    }

    /// XLIFF 2 `final`, XLIFF 1.2 `final`/`signed-off`, or `approved="yes"` whatever the state.
    @Test(arguments: [("final", false), ("signed-off", false), (nil, true), ("translated", true)] as [(String?, Bool)])
    func acceptsAFinalSegment(state: String?, approved: Bool) {
        #expect(findings(state: state, approved: approved).isEmpty)
    }
}
