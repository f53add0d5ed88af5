import AlihCore
import Testing

@testable import AlihStages

@Suite struct RepeatedParagraphDetectorTests {
    /// What each block is after paragraphs, the news pipeline's chrome rules and the detector:
    /// `content`, `chrome`, or the id of the block it repeats.
    func kinds(_ text: String) throws -> (kinds: [String], diagnostics: [Diagnostic]) {
        var document = Document(sourceName: "berita.txt", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try BoilerplateDetector(options: PipelineDefinition.newsArticle.boilerplate)
            .run(on: &document, diagnostics: &diagnostics)
        try RepeatedParagraphDetector().run(on: &document, diagnostics: &diagnostics)
        let kinds = document.blocks.map { block in
            block.kind.repeatedBlock ?? (block.kind.boilerplateRule == nil ? "content" : "chrome")
        }
        return (kinds, diagnostics)
    }

    static let lead = "Banjir merendam ratusan rumah di tepi sungai sejak Senin malam."
    static let body = "Petugas mengevakuasi warga dengan perahu karet. Hujan diperkirakan turun lagi."

    @Test(arguments: [
        // The lead given twice, as scraped pages do.
        ("\(lead)\n\n\(lead)\n\n\(body)", ["content", "b1", "content"]),
        // Chrome between the two copies does not count.
        ("\(lead)\n\nADVERTISEMENT\n\n\(lead)", ["content", "chrome", "b1"]),
        // A third copy repeats the first.
        ("\(lead)\n\n\(lead)\n\n\(lead)", ["content", "b1", "b1"]),
        // A paragraph of two sentences, repeated after a title.
        ("Judul Berita\n\n\(body)\n\n\(body)", ["content", "content", "b2"]),
    ])
    func aParagraphGivenAgainIsARepeat(text: String, expected: [String]) throws {
        #expect(try kinds(text).kinds == expected)
    }

    @Test(arguments: [
        // Apart: an article may quote a paragraph again on purpose.
        "\(lead)\n\n\(body)\n\n\(lead)",
        // Short lines given twice (a name, a heading) are as likely meant.
        "Presiden Joko Widodo\n\nPresiden Joko Widodo",
        "Satu dua tiga empat\n\nSatu dua tiga empat",
        // Almost the same is not the same.
        "\(lead)\n\n\(lead.dropLast())",
        "\(lead)\n\n\(lead.uppercased())",
        // One paragraph, its lines alike: one block.
        "\(lead)\n\(lead)",
    ])
    func otherTextIsLeftAlone(text: String) throws {
        #expect(try !kinds(text).kinds.contains { $0.hasPrefix("b") })
    }

    @Test func eachRepeatIsReportedWithItsLine() throws {
        let result = try kinds("Judul\n\n\(Self.lead)\n\n\(Self.lead)")
        let note = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(note.code == "input.repeated-paragraph")
        #expect(note.severity == .note)
        #expect(note.location?.line == 5)
        #expect(note.message.contains("b3 repeats b2"))
    }

    @Test func fiveWordsAreEnough() throws {
        #expect(try kinds("Satu dua tiga empat lima\n\nSatu dua tiga empat lima").kinds == ["content", "b1"])
    }
}
