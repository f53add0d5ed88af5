import AlihCore
import Testing

@Suite struct GlossarySkippingTests {
    static let glossary = Glossary(
        name: "g.tsv",
        entries: [
            GlossaryEntry(id: "e1", source: "bank", translations: [GlossaryTranslation("bank")]),
            GlossaryEntry(id: "e2", source: "juru bicara", translations: [GlossaryTranslation("spokesperson")]),
            GlossaryEntry(id: "e3", source: "KPK", translations: [GlossaryTranslation("KPK")], caseSensitive: true),
        ])

    @Test(arguments: [
        (["bank"], ["juru bicara", "KPK"], [String]()),
        // Letter case and runs of spaces do not matter.
        (["Juru  Bicara", "kpk"], ["bank"], []),
        (["tepi"], ["bank", "juru bicara", "KPK"], ["tepi"]),
        ([], ["bank", "juru bicara", "KPK"], []),
    ])
    func theNamedEntriesAreLeftOut(terms: [String], kept: [String], unknown: [String]) {
        let result = Self.glossary.skipping(terms)
        #expect(result.glossary.entries.map(\.source) == kept)
        #expect(result.unknown == unknown)
    }

    @Test func aRecordFieldGivesBackItsTerms() {
        let field = Glossary.skipListField(["Bank", "juru  bicara"])
        #expect(field == "bank | juru bicara")
        #expect(Glossary.skipList(field: field) == ["bank", "juru bicara"])
        #expect(Glossary.skipList(field: "") == [])
    }

    @Test(arguments: ["a|b", "a;b", "  "])
    func termsTheRecordCannotHoldAreNamed(term: String) {
        #expect(Glossary.skipProblem(term) != nil)
    }
}
