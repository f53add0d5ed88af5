import AlihChecks
import AlihCore
import Testing

@Suite struct IdenticalCheckTests {
    static let dnt = [
        GlossaryEntry(id: "e1", source: "KPK", translations: [], doNotTranslate: true),
        GlossaryEntry(id: "e2", source: "CSTO", translations: [], doNotTranslate: true),
    ]

    func findings(_ source: String, _ target: String?, terms: [GlossaryEntry] = []) -> [QAFinding] {
        SegmentCheckHarness.findings(IdenticalCheck(), source: source, target: target, terms: terms)
    }

    /// A target that repeats the source (whitespace at the ends aside) is a warning with both texts.
    @Test(arguments: [
        ("Presiden datang.", "Presiden datang."),
        ("Presiden datang.", "  Presiden datang.\n"),
        (" KPK memeriksa saksi.", "KPK memeriksa saksi. "),
        ("Naik 12 persen.", "Naik 12 persen."),
        ("Kafe\u{0301} buka.", "Kafe\u{0301} buka."),
    ])
    func reportsACopiedTarget(source: String, target: String) throws {
        let found = findings(source, target, terms: Self.dnt)
        #expect(
            found == [
                QAFinding(
                    check: "identical", severity: .warning, message: "the target is the same as the source",
                    segmentID: "b2-s1", line: 9,
                    sourceSpan: source, targetSpan: target)
            ])
    }

    /// Translated targets, and copies that are right: numbers and symbols only, or nothing
    /// but do-not-translate terms.
    @Test(arguments: [
        ("Presiden datang.", "The president came."),
        ("Presiden datang.", "Presiden datang!"),
        ("2024", "2024"),
        ("10/5 – 12.00", "10/5 – 12.00"),
        ("KPK", "KPK"),
        ("KPK, CSTO.", "KPK, CSTO."),
        ("Presiden datang.", ""),
    ])
    func acceptsATranslationOrARightCopy(source: String, target: String) {
        #expect(findings(source, target, terms: Self.dnt).isEmpty)
    }

    /// A do-not-translate term excuses only itself: without the glossary the copy is reported.
    @Test func termsExcuseOnlyWithTheirEntry() {
        #expect(findings("KPK", "KPK").count == 1)
    }
}
