import AlihStages
import AlihTestSupport
import Foundation
import Testing

@testable import Alih

@Suite struct CoverageTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    static func documents(_ articles: [(String, String)], glossary: Glossary) throws -> [Document] {
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        return try articles.map { name, text in try pipeline.process(Array(text.utf8), name: name).0 }
    }

    static func analysis(
        _ articles: [(String, String)], glossary: Glossary, minimumPhraseCount: Int = 2
    ) throws -> (report: CoverageReport, articles: [CoverageAnalysis.Article]) {
        try CoverageAnalysis.analyse(
            try documents(articles, glossary: glossary), glossary: glossary,
            finder: TermCandidateFinder(lemmatizer: lemmatizer), minimumPhraseCount: minimumPhraseCount)
    }

    static func glossary(_ sources: [String]) -> Glossary {
        Glossary(
            name: "g.tsv",
            entries: sources.enumerated().map { index, source in
                GlossaryEntry(
                    id: "e\(index + 1)", source: source, translations: [GlossaryTranslation(source.uppercased())])
            })
    }

    /// The real article: inflected forms found, names missing from the glossary listed.
    @Test(.enabled(if: TestPaths.shared != nil, "needs ../shared (the seed article)"))
    func seedArticleCoverage() throws {
        let seed = try #require(TestPaths.seedArticle)
        let text = try String(contentsOf: seed, encoding: .utf8)
        let result = try Self.analysis(
            [("seed.txt", text)], glossary: Self.glossary(["tentara", "penjaga perbatasan", "setuju", "perang"]))
        let entries = Dictionary(
            uniqueKeysWithValues: result.report.total.entries.map { ($0.source, Set($0.forms.map(\.text))) })
        #expect(entries["tentara"]?.contains("tentaranya") == true)
        #expect(entries["penjaga perbatasan"]?.contains("penjaga perbatasannya") == true)
        #expect(entries["setuju"]?.isSuperset(of: ["menyetujui", "menyetujuinya", "disetujui"]) == true)
        let candidates = Set(result.report.total.candidates.map(\.text))
        #expect(candidates.isSuperset(of: ["Dmitry Peskov", "Zvartnots", "Vladimir Putin", "CSTO", "AFP"]))
        #expect(candidates.contains("Organisasi Perjanjian Keamanan Kolektif"))
        #expect(!candidates.contains("MOSKOW"))
        #expect(!candidates.contains("Armenia"))
        #expect(result.report.unusedEntries.isEmpty)
        #expect(result.report.total.coverage > 0 && result.report.total.coverage < 1)
    }

    @Test func coverageIsTermsOverTermsAndMissing() throws {
        let text = "Juru bicara Budi Santoso menolak. Juru bicara itu pergi.\n"
        let result = try Self.analysis([("a.txt", text)], glossary: Self.glossary(["juru bicara", "menteri"]))
        let total = result.report.total
        #expect(total.termOccurrences == 2)
        #expect(total.candidates.map(\.text) == ["Budi Santoso"])
        #expect(total.missingOccurrences == 1)
        #expect(total.coverage == 0.6667)
        #expect(total.segmentCoverage == 1)
        #expect(result.report.unusedEntries.map(\.source) == ["menteri"])
    }

    @Test func frequentPhrasesAreCountedByLemma() throws {
        let text = "Harga beras naik. Kenaikan harga beras terasa. Harganya beras sama.\n"
        let result = try Self.analysis([("a.txt", text)], glossary: Self.glossary(["naik"]))
        let phrase = try #require(result.report.total.candidates.first { $0.kind == .phrase })
        #expect(phrase.key == "harga beras")
        #expect(phrase.count == 3)
    }

    @Test func perArticleAndTotal() throws {
        let result = try Self.analysis(
            [("a.txt", "Tentara datang.\n"), ("b.txt", "Tentaranya pergi. Budi Santoso diam.\n")],
            glossary: Self.glossary(["tentara"]))
        #expect(result.report.articles.map(\.source) == ["a.txt", "b.txt"])
        #expect(result.report.articles.map(\.termOccurrences) == [1, 1])
        #expect(result.report.total.termOccurrences == 2)
        #expect(result.report.total.entries.first?.segments == ["a.txt:b1-s1", "b.txt:b1-s1"])
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let glossary = Self.glossary(["juru bicara"])
        let documents = try Self.documents([("a.txt", "Juru bicara <Budi> & Santoso menolak.\n")], glossary: glossary)
        let result = try CoverageAnalysis.analyse(
            documents, glossary: glossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        let renderer = CoverageHTMLRenderer()
        let html = renderer.render(
            result.report,
            articleSections: [renderer.articleSection(documents[0], result.articles[0], glossary: glossary)])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(#"<mark class="case""#))
        #expect(html.contains("&lt;Budi&gt; &amp;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    /// An article's figures are judged on the article alone: the same in a batch as on its own.
    @Test func articleFiguresDoNotDependOnTheBatch() throws {
        let glossary = Self.glossary(["naik"])
        let a = ("a.txt", "Harga beras naik, kata Budi Santoso.\n")
        let others = [("b.txt", "Harga beras turun lagi.\n"), ("c.txt", "Harga beras tetap. Harga beras stabil.\n")]
        let alone = try Self.analysis([a], glossary: glossary)
        // First and last in the batch: neither the whole batch nor the articles before count.
        for (batch, index) in [
            (try Self.analysis([a] + others, glossary: glossary), 0),
            (try Self.analysis(others + [a], glossary: glossary), 2),
        ] {
            #expect(batch.report.articles[index] == alone.report.articles[0])
            #expect(batch.articles[index].candidates == alone.articles[0].candidates)
        }
        let batch = try Self.analysis([a] + others, glossary: glossary)
        #expect(alone.report.articles[0].candidates.map(\.text) == ["Budi Santoso"])
        // The total judges phrases over all articles.
        #expect(batch.report.total.candidates.first { $0.kind == .phrase }?.key == "harga beras")
        #expect(batch.report.total.candidates.first { $0.kind == .phrase }?.count == 4)
    }

    /// Whether a phrase lies inside a longer, equally frequent one is looked up through its
    /// sub-phrases, not by comparing every pair of phrases: on 2,000 generated articles the
    /// look-ups stay within 5 per phrase occurrence (pairwise would be millions).
    @Test func subphrasesAreLookedUpNotCompared() throws {
        let syllables = ["ba", "ki", "lu", "me", "so", "ra", "ti", "nu", "pe", "do", "ga", "wi"]
        func word(_ n: Int) -> String {
            var n = n
            var out = ""
            for _ in 0..<3 {
                out += syllables[n % syllables.count]
                n /= syllables.count
            }
            return out
        }
        // 2,000 articles over a vocabulary of 1,700 invented words: each article repeats a few
        // two- and three-word phrases, so thousands of phrases are frequent.
        let articles = (0..<2_000).map { index -> (String, String) in
            let a = word(index % 1_700)
            let b = word((index * 7 + 3) % 1_700)
            let c = word((index * 13 + 5) % 1_700)
            return ("g\(index).txt", "Ada \(a) \(b) \(c) di sini. Lalu \(a) \(b) lagi. Dan \(b) \(c) juga.\n")
        }
        let glossary = Self.glossary(["sini"])
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        var analysis = CoverageAnalysis(glossary: glossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        for (name, text) in articles { _ = try analysis.add(try pipeline.process(Array(text.utf8), name: name).0) }
        let report = try analysis.report()
        #expect(report.total.candidates.count { $0.kind == .phrase } > 1_000)
        // At most 5 sub-phrases per phrase occurrence (7 content words an article).
        #expect(analysis.subphraseLookups > 0)
        #expect(analysis.subphraseLookups <= 5 * 7 * articles.count)
        #expect(report.articles.count == 2_000)
    }

    /// Everyday words are not candidates alone; a repeated multi-word unit of them is, and a
    /// phrase never spans punctuation.
    @Test func generalVocabularyIsNotACandidate() throws {
        let text = """
            Warga tahu rumah besar itu. Pelacakan kontak dilakukan di rumah besar. Pelacakan kontak penting, kata dia.
            Mereka pergi ke rumah, besar sekali. Rumah itu besar. Petugas tahu pelacakan kontak sulit.

            """
        let result = try Self.analysis([("a.txt", text)], glossary: Self.glossary(["warga"]))
        let phrases = result.report.total.candidates.filter { $0.kind == .phrase }
        #expect(phrases.first?.key == "lacak kontak")
        #expect(phrases.first?.text == "Pelacakan kontak")
        #expect(phrases.contains { $0.key == "rumah besar" })
        for word in ["tahu", "rumah", "besar", "pergi"] { #expect(!phrases.contains { $0.key == word }, "\(word)") }
        // `rumah, besar` is not an occurrence of *rumah besar*.
        #expect(phrases.first { $0.key == "rumah besar" }?.count == 2)
    }

    /// Well-known names (the dictionary's, or general Indonesian's) are not missing unless asked;
    /// initials, abbreviations and amounts are never candidates.
    @Test func wellKnownNamesOnlyWhenAsked() throws {
        let text =
            "Menurut pejabat Budi Santoso, pemerintah Indonesia dan pemerintah China sepakat. Kantor Zvartnots di Jakarta tutup. Ny. Aminah membayar Rp5,2 juta, kata S. Wulandari.\n"
        let glossary = Self.glossary(["sepakat"])
        let documents = try Self.documents([("a.txt", text)], glossary: glossary)
        let plain = try CoverageAnalysis.analyse(
            documents, glossary: glossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        let names = Set(plain.report.total.candidates.map(\.text))
        #expect(names.isSuperset(of: ["Budi Santoso", "Zvartnots", "Aminah", "Wulandari"]))
        #expect(names.isDisjoint(with: ["Indonesia", "China", "Jakarta", "Ny", "S", "Rp5,2"]))
        let asked = try CoverageAnalysis.analyse(
            documents, glossary: glossary,
            finder: TermCandidateFinder(lemmatizer: Self.lemmatizer, includeKnownNames: true))
        #expect(
            Set(asked.report.total.candidates.map(\.text)).isSuperset(of: [
                "Indonesia", "China", "Jakarta", "Zvartnots",
            ]))
    }

    /// On real articles (48 Wikipedia articles on COVID-19 and the seed), not tuned to one: no
    /// everyday word or well-known name is listed, multi-word units and names lead, and the
    /// places marked missing are a minority of the words (a third before the ranking).
    @Test(
        .enabled(if: TestPaths.shared != nil, "needs ../shared (Wikipedia articles, seed)"),
        arguments: [
            "id-wikipedia-covid/wiki_1.txt", "id-wikipedia-covid/wiki_2.txt", "id-wikipedia-covid/wiki_13.txt",
            "id-wikipedia-covid/wiki_30.txt", "seed",
        ])
    func candidatesOnRealArticlesAreTermLike(article: String) throws {
        let shared = try #require(TestPaths.shared)
        let url =
            article == "seed" ? try #require(TestPaths.seedArticle) : shared.appendingPathComponent("data/" + article)
        let text = try String(contentsOf: url, encoding: .utf8)
        let glossary = try GlossaryFile.read(
            path: TestPaths.repo("Glossaries/id-en-news.tsv").path, sourceLanguage: "id", targetLanguage: "en"
        ).glossary
        let result = try Self.analysis([(url.lastPathComponent, text)], glossary: glossary)
        let candidates = result.report.total.candidates
        let everyday: Set<String> = [
            "tahu", "salah", "besar", "rumah", "pergi", "muncul", "akibat", "bentuk", "kata", "orang", "baru", "sakit",
        ]
        #expect(candidates.allSatisfy { !everyday.contains($0.key.lowercased()) }, "\(candidates.map(\.key))")
        #expect(candidates.allSatisfy { !["Indonesia", "China", "Jakarta", "Amerika", "Kisah"].contains($0.text) })
        let top = candidates.prefix(10)
        #expect(
            top.count { $0.kind != .phrase || $0.key.contains(" ") } + top.count { $0.count >= 4 } >= 5,
            "\(top.map(\.text))")
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.score >= $1.score })
        let words = text.split { $0.isWhitespace }.count
        #expect(Double(result.report.total.missingOccurrences) <= 0.22 * Double(words))
    }

    /// Over several articles the text report's examples name their article.
    @Test func textExamplesNameTheirArticle() throws {
        let result = try Self.analysis(
            [("a.txt", "Tentara datang.\n"), ("b.txt", "Tentaranya pergi bersama Budi Santoso.\n")],
            glossary: Self.glossary(["tentara"]))
        #expect(CoverageTextRenderer().render(result.report).contains("b.txt b1-s1: Tentaranya pergi"))
        let single = try Self.analysis(
            [("b.txt", "Tentaranya pergi bersama Budi Santoso.\n")], glossary: Self.glossary(["tentara"]))
        #expect(CoverageTextRenderer().render(single.report).contains("  b1-s1: Tentaranya pergi"))
    }

    /// A document of over a megabyte and thousands of segments (its candidates counted in chunks
    /// on the cores, its entry uses tallied beside them) is reported as its scan in one chunk is.
    @Test func aLargeDocumentIsReportedAsItsScanInOneChunk() throws {
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        var text = ""
        for n in 0..<240 { text += example.replacingOccurrences(of: "Rusia", with: "Rusia\(n % 7)") + "\n\n" }
        #expect(text.utf8.count >= 1 << 20)
        let glossary = Self.glossary(["tentara", "pemerintah", "presiden", "perang"])
        let document = try Self.documents([("big.txt", text)], glossary: glossary)[0]
        #expect(document.blocks.flatMap(\.segments).count > 4_000)
        var counted = CoverageAnalysis(glossary: glossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        _ = try counted.add(document)
        let finder = TermCandidateFinder(lemmatizer: Self.lemmatizer)
        var scanned = CoverageAnalysis(glossary: glossary, finder: finder)
        _ = scanned.add(document, scan: try finder.scan(document, segmentsPerChunk: .max))
        let report = try counted.report()
        #expect(try report == scanned.report())
        #expect(report.total.termOccurrences > 1_000 && report.total.candidates.count > 10)
    }
}
