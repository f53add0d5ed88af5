import AlihChecks
import AlihCore
import Testing

@Suite struct TerminologyCheckTests {
    static let tentara = GlossaryEntry(id: "e1", source: "tentara", translations: [GlossaryTranslation("troop")])
    static let juruBicara = GlossaryEntry(
        id: "e2", source: "juru bicara",
        translations: [GlossaryTranslation("spokesperson"), GlossaryTranslation("speaker", status: .forbidden)])
    static let rusia = GlossaryEntry(
        id: "e3", source: "Rusia",
        translations: [GlossaryTranslation("Russia"), GlossaryTranslation("Russian Federation", status: .admitted)])
    static let kpk = GlossaryEntry(id: "e4", source: "KPK", translations: [], doNotTranslate: true)
    static let menyetujui = GlossaryEntry(id: "e5", source: "setuju", translations: [GlossaryTranslation("approve")])
    static let provinsi = GlossaryEntry(id: "e6", source: "provinsi", translations: [GlossaryTranslation("province")])
    static let nasional = GlossaryEntry(id: "e7", source: "bangsa", translations: [GlossaryTranslation("nation")])

    func findings(_ entry: GlossaryEntry, _ target: String, as text: String? = nil) -> [QAFinding] {
        SegmentCheckHarness.findings(
            TerminologyCheck(), source: "Kalimat sumber.", target: target, terms: [entry],
            termTexts: [text ?? entry.source])
    }

    /// One of the allowed translations, in any inflection, letter case or possessive: no finding.
    @Test(arguments: [
        (TerminologyCheckTests.tentara, "The troops came."),
        (TerminologyCheckTests.tentara, "A troop came."),
        (TerminologyCheckTests.tentara, "TROOPS came."),
        (TerminologyCheckTests.rusia, "Russia's army."),
        (TerminologyCheckTests.rusia, "The Russian Federation said."),
        (TerminologyCheckTests.menyetujui, "They approved it."),
        (TerminologyCheckTests.menyetujui, "He approves."),
        (TerminologyCheckTests.kpk, "The KPK questioned him."),
        (TerminologyCheckTests.juruBicara, "The spokesperson said."),
        (TerminologyCheckTests.provinsi, "The provincial government said."),
        (TerminologyCheckTests.provinsi, "Three provinces."),
        (TerminologyCheckTests.nasional, "The national team."),
        (TerminologyCheckTests.nasional, "The nations."),
    ])
    func acceptsAnAllowedTranslation(entry: GlossaryEntry, target: String) {
        #expect(findings(entry, target).isEmpty)
    }

    /// A term without any of its translations: a warning naming the term as written and the
    /// translations to use.
    @Test(arguments: [
        (
            TerminologyCheckTests.tentara, "The army came.", "tentaranya",
            "'tentaranya' (tentara) is not translated as 'troop'"
        ),
        (
            TerminologyCheckTests.rusia, "Moscow said.", "Rusia",
            "'Rusia' (Rusia) is not translated as 'Russia' or 'Russian Federation'"
        ),
        (TerminologyCheckTests.kpk, "The commission questioned him.", "KPK", "'KPK' (KPK) is not translated as 'KPK'"),
        (
            TerminologyCheckTests.provinsi, "The regional government said.", "provinsi",
            "'provinsi' (provinsi) is not translated as 'province'"
        ),
    ])
    func reportsAMissingTranslation(entry: GlossaryEntry, target: String, text: String, message: String) {
        #expect(
            findings(entry, target, as: text) == [
                QAFinding(
                    check: "terminology", severity: .warning, message: message, segmentID: "b2-s1", line: 9,
                    sourceSpan: text)
            ])
    }

    /// A forbidden translation is an error naming the one to use (and the allowed one is still missing).
    @Test func reportsAForbiddenTranslation() {
        let found = findings(Self.juruBicara, "The speaker said.")
        #expect(found.map(\.severity) == [.error, .warning])
        #expect(
            found.first
                == QAFinding(
                    check: "terminology", severity: .error,
                    message: "'speaker' is a forbidden translation of 'juru bicara'; use 'spokesperson'",
                    segmentID: "b2-s1", line: 9, sourceSpan: "juru bicara", targetSpan: "speaker"))
    }

    /// Without terms in the source, or without a target, there is nothing to check.
    @Test func findsNothingWithoutTermsOrTarget() {
        #expect(
            SegmentCheckHarness.findings(TerminologyCheck(), source: "Tentara datang.", target: "The army came.")
                .isEmpty)
        #expect(
            SegmentCheckHarness.findings(
                TerminologyCheck(), source: "Tentara datang.", target: nil, terms: [Self.tentara]
            ).isEmpty)
    }
}
