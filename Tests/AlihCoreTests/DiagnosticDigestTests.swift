import AlihCore
import Testing

/// `DiagnosticDigest`: many findings of one kind shown as a few and a count.
@Suite struct DiagnosticDigestTests {
    static func finding(_ code: String, _ unit: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(
            severity, code: code, "about \(unit)", at: SourceLocation(file: "a.xlf", line: 1, unitID: unit),
            hint: "do this")
    }

    @Test func aFewFindingsAreLeftAsTheyAre() {
        let few = (1...3).map { Self.finding("x", "b\($0)") }
        #expect(DiagnosticDigest.condensed(few) == few)
    }

    @Test func manyOfOneKindAreFoldedAfterTheFirstThreeInTheirPlace() {
        let many = (1...12).map { Self.finding("x", "b\($0)") }
        let other = Self.finding("y", "b99")
        let condensed = DiagnosticDigest.condensed([many[0], other] + many.dropFirst())
        #expect(condensed.map(\.code) == ["x", "y", "x", "x", "x"])
        #expect(condensed[0].hint == "do this")
        #expect(condensed[2].hint == nil)
        #expect(condensed[4].message == "9 more like this: b4, b5, b6, b7, b8, b9, b10, b11, …")
        #expect(condensed[4].location == SourceLocation(file: "a.xlf"))
        #expect(condensed[4].severity == .error)
    }

    @Test func kindsAreTheCodeAndTheSeverity() {
        let errors = (1...4).map { Self.finding("x", "b\($0)") }
        let warnings = (1...2).map { Self.finding("x", "w\($0)", severity: .warning) }
        let condensed = DiagnosticDigest.condensed(errors + warnings)
        #expect(condensed.filter { $0.severity == .warning }.count == 2)
        #expect(condensed.last { $0.severity == .error }?.message == "1 more like this: b4")
    }
}
