import AlihCore
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct BoilerplateDetectorTests {
    func classify(_ text: String, rules: BoilerplateOptions = PipelineDefinition.newsArticle.boilerplate) throws
        -> Document
    {
        var document = Document(sourceName: "t", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try BoilerplateDetector(options: rules).run(on: &document, diagnostics: &diagnostics)
        return document
    }

    func rules(_ document: Document) -> [String?] { document.blocks.map(\.kind.boilerplateRule) }

    @Test(arguments: [
        ("loading...", "loading"),
        ("Loading…", "loading"),
        ("A A A", "font-size-widget"),
        ("Foto/REUTERS", "photo-credit"),
        ("Foto: Dok. Humas Pemprov", "photo-credit"),
        ("Baca juga: Harga Beras Naik Lagi", "read-also"),
        ("SCROLL TO CONTINUE WITH CONTENT", "scroll-prompt"),
        ("Dapatkan berita terkini dan kejutan menarik dari KabarNusa.com, klik di sini!", "promo"),
        ("Copyright © 2024 KabarNusa.com All Rights Reserved", "copyright"),
        ("(rdn)", "author-initials"),
        ("(mas/ab)", "author-initials"),
    ])
    func chromeLinesAreRecognised(line: String, rule: String) throws {
        let document = try classify("Isi berita yang panjang.\n\n\(line)")
        #expect(rules(document) == [nil, rule])
    }

    @Test(arguments: [
        "Foto-foto itu beredar di media sosial.",
        "Warga mengunggah foto/video kejadian itu.",
        "Dia berkata, \"Baca juga laporan kami.\"",
        "A A Gde Agung hadir.",
        "(Antara)",
        "Rapat berlanjut hingga malam...",
    ])
    func contentIsNotChrome(line: String) throws {
        let document = try classify("Judul Berita\n\n\(line)")
        #expect(rules(document) == [nil, nil])
    }

    /// A line that ends in spaces or a tab (a block of an HTML page keeps the whitespace before
    /// the `<br><br>` that ends it) is judged on what comes before them; its text is kept whole.
    @Test(arguments: [
        ("(fyk/ash) ", "author-initials"), ("(ren)\t", "author-initials"), ("Foto/REUTERS  ", "photo-credit"),
        ("IKUTI KAMI DI INSTAGRAM ", "campaign-banner"),
    ])
    func aLineEndingInSpacesIsJudgedWithoutThem(line: String, rule: String) throws {
        let document = try classify("Isi berita yang panjang.\n\n\(line)")
        #expect(rules(document) == [nil, rule])
        #expect(document.text(of: document.blocks[1]) == line)
    }

    @Test func aCaptionEndingInASpaceStillHasItsCreditSplitOff() throws {
        let document = try classify("Isi.\n\nWarga mengungsi ke tempat aman. Foto/REUTERS ")
        #expect(rules(document) == [nil, nil, "photo-credit"])
        #expect(document.text(of: document.blocks[1]) == "Warga mengungsi ke tempat aman.")
    }

    @Test func aParagraphMixingChromeAndContentIsSplitIntoRuns() throws {
        let document = try classify("Senin, 13 Mei 2024\nloading...\nA A A\nJAKARTA - Isi berita.\nKalimat kedua.")
        #expect(
            document.blocks.map { String(document.text(of: $0)) } == [
                "Senin, 13 Mei 2024", "loading...", "A A A", "JAKARTA - Isi berita.\nKalimat kedua.",
            ])
        #expect(rules(document) == [nil, "loading", "font-size-widget", nil])
        #expect(document.blocks.map(\.id) == ["b1", "b2", "b3", "b4"])
        #expect(document.blocks.map { String(document.separator(after: $0)) } == ["\n", "\n", "\n", ""])
    }

    @Test func aCaptionStaysContentAndItsCreditIsSplitOff() throws {
        let document = try classify("Isi.\n\nWarga mengungsi ke tempat aman. Foto/REUTERS\nA A A")
        #expect(
            document.blocks.map { String(document.text(of: $0)) } == [
                "Isi.", "Warga mengungsi ke tempat aman.", "Foto/REUTERS", "A A A",
            ])
        #expect(rules(document) == [nil, nil, "photo-credit", "font-size-widget"])
        #expect(document.blocks.map { String(document.separator(after: $0)) } == ["\n\n", " ", "\n", ""])
    }

    /// The credit is cut at the right character when the caption before it has characters
    /// of one, two and four bytes (ICU reports UTF-16 offsets; the cut is made in UTF-8).
    @Test(arguments: ["Warga “mengungsi” — ke tempat aman 😀.", "😀😀 Ñandú é.", "Foto warga."])
    func aNonASCIICaptionIsCutBeforeItsCredit(caption: String) throws {
        let document = try classify("Isi “berita” 😀.\n\n\(caption) Foto/REUTERS")
        #expect(document.blocks.map { String(document.text(of: $0)) } == ["Isi “berita” 😀.", caption, "Foto/REUTERS"])
        #expect(rules(document) == [nil, nil, "photo-credit"])
    }

    @Test func utf16OffsetsBecomeByteOffsets() {
        let line = Array("a😀é—b".utf8)
        let expected = [(0, 0), (1, 1), (3, 5), (4, 7), (5, 10), (6, 11), (9, 11)]
        line.withUnsafeBufferPointer { bytes in
            for (utf16, utf8) in expected { #expect(LineClassifier.utf8Offset(ofUTF16: utf16, in: bytes) == utf8) }
        }
    }

    /// The byte-level teaser stem agrees with the definition: at most `maxWords` words (runs
    /// of non-spaces) before dots, the spaces and periods before the dots taken off.
    @Test func teaserStemsAgreeWithTheirDefinition() async {
        let pieces = ["Rusia", " ", "  ", ".", "...", "…", "é", "Tarik", "😀", "a"]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...16)) { picks in
            let line = picks.map { pieces[$0] }.joined()
            var expected: Substring? = nil
            for dots in ["...", "…"] where line.hasSuffix(dots) {
                var stem = line.dropLast(dots.count)
                while stem.last == " " || stem.last == "." { stem = stem.dropLast() }
                let words = stem.split(separator: " ")
                if !words.isEmpty && words.count <= 3 { expected = stem }
                break
            }
            #expect(LineIndex.teaserStem(Substring(line), maxWords: 3) == expected, "\(line)")
        }
    }

    @Test func truncatedTeaserNeedsTheLineItRepeats() throws {
        let document = try classify(
            "Pemerintah Siapkan Evakuasi Warga\n\nPemerintah Siapkan Evakuasi...\nIsi berita.\nHujan turun...")
        #expect(rules(document) == [nil, "truncated-teaser", nil])
    }

    @Test func relatedArticleSectionRunsToTheEndOfItsParagraph() throws {
        let document = try classify(
            "Isi.\n\nBerita Terkait\nJudul Satu...\nJudul Satu yang Lengkap\nCopyright © 2024 X\n\nParagraf biasa.")
        #expect(rules(document) == [nil, "related-articles", "copyright", nil])
    }

    @Test func sectionToTheEndOfTheDocument() throws {
        let options = BoilerplateOptions(rules: [
            BoilerplateRule(id: "tail", match: .section(pattern: "^Komentar$", end: .document))
        ])
        let document = try classify("Isi.\n\nKomentar\nBagus!\n\nSetuju.", rules: options)
        #expect(rules(document) == [nil, "tail", "tail"])
    }

    @Test func aBadPatternIsReportedWithItsRuleAndLine() {
        let rule = BoilerplateRule(
            id: "broken", match: .line(pattern: "(unclosed"),
            definedAt: AlihCore.SourceLocation(file: "site.yaml", line: 7))
        do {
            _ = try BoilerplateDetector(options: BoilerplateOptions(rules: [rule]))
            Issue.record("a broken pattern was accepted")
        } catch let error as DiagnosticError {
            #expect(error.diagnostic.code == "pipeline.bad-pattern")
            #expect(error.diagnostic.location?.line == 7)
            #expect(error.diagnostic.message.contains("broken"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// The one check of all anchored patterns says "one of them matches" exactly when one of
    /// those rules, tried one by one, does; rules that refer to groups are never joined.
    @Test func theCombinedPatternAgreesWithTheRules() throws {
        let rules = PipelineDefinition.newsArticle.boilerplate.rules
        let combined = try #require(try BoilerplateDetector.anchoredRulesMatcher(rules))
        let single = try rules.compactMap { rule in
            try rule.pattern.flatMap {
                rule.isAnchoredAtLineStart ? try LineMatcher($0, caseInsensitive: rule.caseInsensitive) : nil
            }
        }
        let lines = [
            "loading...", "LOADING …", "A A A", "AAA", "Warga menunggu di bandara. Foto/REUTERS",
            "Foto: Antara/Rivan Awal Lingga",
            "Baca juga: Rusia setuju", "baca  JUGA:", "SCROLL TO CONTINUE WITH CONTENT",
            "Dapatkan berita terkini di sini",
            "Copyright © 2024", "hak cipta (c) 2024", "(mas)", "(mas/rdn)", "(MAS)", "Berita Terkait", "Infografis",
            "Baca Juga",
            "Pemerintah menyiapkan evakuasi 3.000 WNI.", "Fotografer itu datang.", "Ia berkata: Foto", "", "  ",
            "“Kami siap,” kata dia.", "Loading data untuk laporan", "Rekomendasi kebijakan baru", "(foto/ant)",
        ]
        for line in lines {
            let any = combined.firstMatch(in: line[...]) != nil
            let some = single.contains { $0.firstMatch(in: line[...]) != nil }
            #expect(any == some, "\(line)")
        }
        let backReference = BoilerplateRule(id: "twice", match: .line(pattern: #"^(\w+) \1$"#))
        #expect(try BoilerplateDetector.anchoredRulesMatcher(rules + [backReference]) == nil)
        // `^a|b` matches `b` anywhere: it is not anchored, and stays out of the joined pattern.
        let pattern = { (text: String) in BoilerplateRule(id: "x", match: .line(pattern: text)).isAnchoredAtLineStart }
        #expect(!pattern(#"^Iklan|Sponsor"#))
        #expect(pattern(#"^(Iklan|Sponsor)"#))
        #expect(pattern(#"^[|]x\|y"#))
        #expect(!pattern(#"Iklan$"#))
    }

    /// A large document's lines are tried on several threads: the blocks are the ones one
    /// thread finds, with sections (to the paragraph's end and to the document's end) and
    /// teasers reaching across the threads' chunks.
    @Test func severalWorkersFindTheSameBlocks() async throws {
        var options = PipelineDefinition.newsArticle.boilerplate
        options.rules.append(BoilerplateRule(id: "tail", match: .section(pattern: "^Komentar$", end: .document)))
        let detector = try BoilerplateDetector(options: options)
        let paragraphs = [
            "Rusia Tarik Tentara dari Armenia\nRusia Tarik Tentara...", "Warga menunggu di bandara. Foto/REUTERS",
            "Foto: Antara",
            "Berita Terkait\nRusia setuju\nArmenia menolak", "loading...\nA A A\nIsi berita yang sebenarnya.", "(mas)",
            "Pemerintah menyiapkan evakuasi 3.000 WNI.", "Baca juga: Rusia setuju",
        ]
        await propertyCheck(count: 10, input: Gen.int(in: 0...(paragraphs.count - 1)).array(of: 4_500...5_000)) {
            picks in
            var text = picks.map { paragraphs[$0] }.joined(separator: "\n\n")
            if picks.count % 2 == 0 { text += "\n\nKomentar\nBagus.\n\nTerima kasih." }
            var document = Document(sourceName: "t", text: text)
            var diagnostics: [Diagnostic] = []
            try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
            var alone = document
            var together = document
            try detector.run(on: &alone, workers: 1)
            try detector.run(on: &together, workers: 3)
            #expect(alone.blocks == together.blocks)
            #expect(alone.blocks.contains { $0.kind == .boilerplate(rule: "truncated-teaser") })
        }
    }

    /// A section running to the document's end that opens in the first of several chunks keeps
    /// every later chunk's lines chrome; one running to its paragraph's end stops there.
    @Test(arguments: [0.1, 0.5, 0.9])
    func aSectionOpenedEarlyReachesEveryLaterChunk(at fraction: Double) throws {
        var options = PipelineDefinition.newsArticle.boilerplate
        options.rules.append(BoilerplateRule(id: "tail", match: .section(pattern: "^Komentar$", end: .document)))
        let detector = try BoilerplateDetector(options: options)
        var paragraphs = (0..<12_000).map { "Paragraf \($0) berisi berita.\nBaris kedua." }
        let opening = Int(Double(paragraphs.count) * fraction)
        paragraphs[opening / 2] = "Berita Terkait\nJudul lain"
        paragraphs[opening] = "Komentar\nBagus."
        var document = Document(sourceName: "t", text: paragraphs.joined(separator: "\n\n"))
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        var alone = document
        var together = document
        try detector.run(on: &alone, workers: 1)
        try detector.run(on: &together, workers: 4)
        let same = alone.blocks == together.blocks  // (printed whole, 12,000 blocks would drown the report)
        #expect(same)
        let kinds = together.blocks.map(\.kind.boilerplateRule)
        #expect(kinds[opening] == "tail" && kinds[(opening + 1)...].allSatisfy { $0 == "tail" })
        #expect(kinds[opening / 2] == "related-articles" && kinds[opening / 2 + 1] == nil)
        #expect(kinds[..<(opening / 2)].allSatisfy { $0 == nil })
    }

    /// A line's verdict is kept in 16 bits: more rules than that are refused, not wrapped.
    @Test func tooManyRulesAreRefused() {
        let rules = (0..<70_000).map { BoilerplateRule(id: "r\($0)", match: .teaser(maxWords: 3)) }
        #expect(throws: DiagnosticError.self) { try BoilerplateDetector(options: BoilerplateOptions(rules: rules)) }
    }
}
