import AlihCore
import Testing

@Suite struct DiagnosticTests {
    @Test func describesLocationSeverityCodeAndHint() {
        let diagnostic = Diagnostic(
            .error, code: "input.invalid-utf8", "invalid UTF-8 at byte 12",
            at: SourceLocation(file: "a.txt", line: 3, column: 5), hint: "save the file as UTF-8")
        #expect(
            diagnostic.description
                == "a.txt:3:5: error: invalid UTF-8 at byte 12 [input.invalid-utf8]\n  hint: save the file as UTF-8")
    }

    @Test func unitLocations() {
        #expect(SourceLocation(file: "a.xlf", line: 9, unitID: "b2-s1").description == "a.xlf:9 (unit b2-s1)")
        #expect(SourceLocation(unitID: "b2").description == "unit b2")
    }

    @Test func severitiesAreOrdered() {
        #expect(Diagnostic.Severity.note < .warning)
        #expect(Diagnostic.Severity.warning < .error)
    }
}
