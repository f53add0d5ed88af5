import AlihCore
import AlihStages
import Testing

/// `TermRecognizer` on a document large enough to be matched in many chunks on several threads.
@Suite struct TermRecognizerTests {
    static let lemmatizer = IndonesianLemmatizer(
        roots: ["batas", "jaga", "menteri", "perdana", "tarik", "setuju", "negara", "tentara", "kerja", "rumah"])

    static let glossary = Glossary(
        name: "test",
        entries: [
            ("penjaga perbatasan", nil), ("perbatasan", nil), ("Perdana Menteri", nil), ("menteri", nil),
            ("tarik", "verb"), ("penarikan", nil), ("setuju", nil), ("negara", nil), ("tentara", nil),
            ("kerja", "verb"),
        ].map { source, pos in
            GlossaryEntry(id: source, source: source, translations: [GlossaryTranslation("t")], partOfSpeech: pos)
        })

    static let matcher = try! GlossaryMatcher(glossary: glossary, lemmatizer: lemmatizer)

    /// 6,000 paragraphs of one to three sentences made of glossary words, their inflections and
    /// derivations, and other words, in a fixed pseudo-random order.
    static func generatedDocument() throws -> Document {
        let words = [
            "penjaga", "perbatasan", "perbatasannya", "Perdana", "Menteri", "menteri-menteri", "menarik",
            "penarikan", "ditarik", "menyetujui", "setuju", "negara", "negara-negara", "tentaranya", "bekerja",
            "pekerjaan", "rumah", "di", "yang", "itu", "dan", "Jakarta", "kemarin", "baru",
        ]
        var state: UInt64 = 13
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var paragraphs: [String] = []
        for _ in 0..<6_000 {
            let sentences = (0..<(1 + next(3))).map { _ in
                let sentence = (0..<(4 + next(12))).map { _ in words[next(words.count)] }.joined(separator: " ")
                return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        var document = Document(sourceName: "generated.txt", text: paragraphs.joined(separator: "\n\n"))
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try SentenceSegmenter().run(on: &document, diagnostics: &diagnostics)
        return document
    }

    /// Whatever the number of threads, every segment gets the terms its scanner finds alone.
    @Test(arguments: [1, 2, 4])
    func termsAreTheSameWhateverTheThreads(workers: Int) throws {
        let segmented = try Self.generatedDocument()
        #expect(segmented.blocks.count >= 6_000)
        var document = segmented
        try TermRecognizer(matcher: Self.matcher).run(on: &document, workers: workers)
        let scanner = try Self.matcher.makeScanner()
        var terms = 0
        for (b, block) in segmented.blocks.enumerated() {
            for (s, segment) in block.segments.enumerated() {
                let expected = try scanner.matches(in: segmented.text[segment.range])
                terms += expected.count
                #expect(document.blocks[b].segments[s].terms == expected, "\(segment.id)")
            }
        }
        #expect(terms > 10_000)
    }

    /// The terms are stored in the document run on, not in a copy of it made before (whose
    /// blocks and segments it shares until then).
    @Test func aCopyMadeBeforeKeepsNoTerms() throws {
        let segmented = try Self.generatedDocument()
        var document = segmented
        try TermRecognizer(matcher: Self.matcher).run(on: &document, workers: 4)
        #expect(segmented.blocks.allSatisfy { $0.segments.allSatisfy(\.terms.isEmpty) })
        #expect(document.blocks.contains { $0.segments.contains { !$0.terms.isEmpty } })
    }
}
