import Alih
import AlihStages
import Foundation
import Testing

/// `TranslationCheck`, the library entry point of `alih check`: the checker it sets up.
@Suite struct TranslationCheckTests {
    static let glossary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/berita-glossary.tsv"
    ).path

    static func document(_ text: String, target: String) throws -> TranslatedDocument {
        try ReimportEntryPointTests.document(text) { _ in target }
    }

    static let idLists: [(String, Set<String>)] = [
        ("", []), ("length", ["length"]), (" length , punctuation,,", ["length", "punctuation"]),
    ]

    @Test(arguments: idLists)
    func checkIDsAreTheCommaSeparatedNamesTrimmed(list: String, expected: Set<String>) {
        #expect(TranslationCheck.checkIDs(list) == expected)
    }

    @Test func disabledChecksDoNotRunAndStateOnlyWhenFinalIsRequired() throws {
        let document = try Self.document("Ada 3.000 warga.\n", target: "There are citizens.")
        let all = try TranslationCheck().report(document, file: "a.xlf")
        #expect(all.checks.contains("numbers"))
        #expect(!all.checks.contains("state"))
        #expect(all.findings.map(\.check) == ["numbers"])
        let fewer = try TranslationCheck(requireFinal: true, disabled: ["numbers"]).report(document, file: "a.xlf")
        #expect(!fewer.checks.contains("numbers"))
        #expect(fewer.checks.contains("state"))
        #expect(fewer.file == "a.xlf")
    }

    @Test(.enabled(if: (try? IndonesianLemmatizer.installed()) != nil, "needs hunspell-id"))
    func aGlossaryTermTranslatedTheForbiddenWayIsAnError() throws {
        let document = try Self.document("Juru bicara itu datang.\n", target: "The speaker came.")
        var warnings: [Diagnostic] = []
        let report = try TranslationCheck(glossaryPath: Self.glossary).report(document, file: "a.xlf") {
            warnings.append($0)
        }
        #expect(warnings.isEmpty)
        #expect(report.findings.contains { $0.check == "terminology" && $0.severity == .error })
        let without = try TranslationCheck().report(document, file: "a.xlf")
        #expect(!without.findings.contains { $0.check == "terminology" })
    }

    @Test func aMissingGlossaryFileIsAnError() throws {
        let document = try Self.document("Satu.\n", target: "One.")
        #expect(throws: DiagnosticError.self) {
            try TranslationCheck(glossaryPath: "/nonexistent/glossary.tsv").report(document, file: "a.xlf")
        }
    }
}
