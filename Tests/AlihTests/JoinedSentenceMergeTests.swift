import AlihCore
import Testing

@testable import Alih

/// Two sentences the source joined without a space (`… kematian.Masa …`) come back as two
/// translations with one space between them, in languages written with spaces.
@Suite struct JoinedSentenceMergeTests {
    /// One unit of two abutting segments (or with `between` as an ignorable between them),
    /// translated as `targets`, in `language`.
    static func merged(
        _ targets: (String?, String?), between: String? = nil, language: String = "en", translate: Bool = true
    ) -> String {
        let sources = ("Angka kematian tinggi.", "Masa inkubasi lima hari.")
        var pieces: [TranslatedPiece] = [
            .segment(TranslatedSegment(id: "b1-s1", line: 1, source: sources.0, target: targets.0))
        ]
        if let between { pieces.append(.ignorable(source: between, target: nil)) }
        pieces.append(.segment(TranslatedSegment(id: "b1-s2", line: 1, source: sources.1, target: targets.1)))
        let whole = sources.0 + (between ?? "") + sources.1
        let unit = TranslatedUnit(
            id: "b1", line: 1, translate: translate, checksum: SHA256.checksum(whole), pieces: pieces, separator: "\n")
        let document = TranslatedDocument(
            xliffVersion: "2.1", original: "a.txt", sourceLanguage: "id", targetLanguage: language,
            record: ["source-checksum": SHA256.checksum(whole + "\n"), "boilerplate": "kept"], units: [unit])
        return ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(document, file: "a.xlf").text
    }

    @Test(
        arguments: [
            // Two translated sentences: one space between them.
            (("Mortality is high.", "Incubation takes five days."), "Mortality is high. Incubation takes five days.\n"),
            // After closing quotes and brackets too.
            (("It said “high.”", "Incubation is short."), "It said “high.” Incubation is short.\n"),
            (("It is high (very.)", "It is short."), "It is high (very.) It is short.\n"),
            // Not where the first does not end a sentence, or the second starts with a space.
            (("Mortality is high", "incubation takes five days."), "Mortality is highincubation takes five days.\n"),
            (
                ("Mortality is high.", " Incubation takes five days."),
                "Mortality is high. Incubation takes five days.\n"
            ),
            // Not beside a source kept for a missing translation: the source's own text.
            (("Mortality is high.", nil), "Mortality is high.Masa inkubasi lima hari.\n"),
            ((nil, "Incubation takes five days."), "Angka kematian tinggi.Incubation takes five days.\n"),
            // Nor between targets that are copies of their sources: the source comes back exactly.
            (
                ("Angka kematian tinggi.", "Masa inkubasi lima hari."),
                "Angka kematian tinggi.Masa inkubasi lima hari.\n"
            ),
            (
                ("Angka kematian tinggi.", "Incubation takes five days."),
                "Angka kematian tinggi.Incubation takes five days.\n"
            ),
        ] as [((String?, String?), String)])
    func joinedSentencesAreSpacedInTheTranslation(targets: (String?, String?), expected: String) {
        #expect(Self.merged(targets) == expected)
    }

    @Test func whitespaceBetweenTheSegmentsIsKeptAsItIs() {
        #expect(Self.merged(("A is high.", "B is short."), between: "  ") == "A is high.  B is short.\n")
    }

    @Test func languagesWrittenWithoutSpacesGetNone() {
        #expect(Self.merged(("死亡率很高。", "潜伏期五天。"), language: "zh-CN") == "死亡率很高。潜伏期五天。\n")
        #expect(Self.merged(("A is high.", "B is short."), language: "ja") == "A is high.B is short.\n")
        #expect(Self.merged(("A is high.", "B is short."), language: "en-GB") == "A is high. B is short.\n")
    }

    @Test func chromeStaysAsTheSourceHasIt() {
        #expect(
            Self.merged(("A is high.", "B is short."), translate: false)
                == "Angka kematian tinggi.Masa inkubasi lima hari.\n")
    }
}
