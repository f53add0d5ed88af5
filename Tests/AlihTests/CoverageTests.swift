@testable import Alih
import AlihTestSupport
import Foundation
import Testing

@Suite struct CoverageTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    static func documents(_ articles: [(String, String)], glossary: Glossary) throws -> [Document] {
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        return try articles.map { name, text in try pipeline.process(Array(text.utf8), name: name).0 }
    }

    static func analysis(
        _ articles: [(String, String)], glossary: Glossary, minimumPhraseCount: Int = 2
    ) throws -> (report: CoverageReport, articles: [CoverageAnalysis.Article]) {
        try CoverageAnalysis.analyse(try documents(articles, glossary: glossary), glossary: glossary,
                                     finder: TermCandidateFinder(lemmatizer: lemmatizer), minimumPhraseCount: minimumPhraseCount)
    }

    static func glossary(_ sources: [String]) -> Glossary {
        Glossary(name: "g.tsv", entries: sources.enumerated().map { index, source in
            GlossaryEntry(id: "e\(index + 1)", source: source, translations: [GlossaryTranslation(source.uppercased())])
        })
    }

    /// The real article: inflected forms found, names missing from the glossary listed.
    @Test func seedArticleCoverage() throws {
        guard let seed = TestPaths.seedArticle else { print("skipped: \(TestPaths.sharedMissing)"); return }
        let text = try String(contentsOf: seed, encoding: .utf8)
        let result = try Self.analysis([("seed.txt", text)], glossary: Self.glossary(["tentara", "penjaga perbatasan", "setuju", "perang"]))
        let entries = Dictionary(uniqueKeysWithValues: result.report.total.entries.map { ($0.source, Set($0.forms.map(\.text))) })
        #expect(entries["tentara"]?.contains("tentaranya") == true)
        #expect(entries["penjaga perbatasan"]?.contains("penjaga perbatasannya") == true)
        #expect(entries["setuju"]?.isSuperset(of: ["menyetujui", "menyetujuinya", "disetujui"]) == true)
        let candidates = Set(result.report.total.candidates.map(\.text))
        #expect(candidates.isSuperset(of: ["Dmitry Peskov", "Zvartnots", "Vladimir Putin", "CSTO", "AFP"]))
        #expect(candidates.contains("Organisasi Perjanjian Keamanan Kolektif"))
        #expect(!candidates.contains("MOSKOW"))
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
        let phrase = try #require(result.report.total.candidates.first { $0.kind == "phrase" })
        #expect(phrase.key == "harga beras")
        #expect(phrase.count == 3)
    }

    @Test func perArticleAndTotal() throws {
        let result = try Self.analysis([("a.txt", "Tentara datang.\n"), ("b.txt", "Tentaranya pergi. Budi Santoso diam.\n")],
                                       glossary: Self.glossary(["tentara"]))
        #expect(result.report.articles.map(\.source) == ["a.txt", "b.txt"])
        #expect(result.report.articles.map(\.termOccurrences) == [1, 1])
        #expect(result.report.total.termOccurrences == 2)
        #expect(result.report.total.entries.first?.segments == ["a.txt:b1-s1", "b.txt:b1-s1"])
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let glossary = Self.glossary(["juru bicara"])
        let documents = try Self.documents([("a.txt", "Juru bicara <Budi> & Santoso menolak.\n")], glossary: glossary)
        let result = try CoverageAnalysis.analyse(documents, glossary: glossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        let renderer = CoverageHTMLRenderer()
        let html = renderer.render(result.report, articleSections: [renderer.articleSection(documents[0], result.articles[0], glossary: glossary)])
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
        let batch = try Self.analysis([a] + others, glossary: glossary)
        #expect(batch.report.articles[0] == alone.report.articles[0])
        #expect(batch.articles[0].candidates == alone.articles[0].candidates)
        #expect(alone.report.articles[0].candidates.map(\.text) == ["Budi Santoso"])
        // The total judges phrases over all articles.
        #expect(batch.report.total.candidates.first { $0.kind == "phrase" }?.key == "harga beras")
        #expect(batch.report.total.candidates.first { $0.kind == "phrase" }?.count == 4)
    }

    /// Whether a phrase lies inside a longer, equally frequent one is looked up through its
    /// sub-phrases, not by comparing every pair of phrases: on 2,000 generated articles the
    /// look-ups stay within 5 per phrase occurrence (pairwise would be millions).
    @Test func subphrasesAreLookedUpNotCompared() throws {
        let syllables = ["ba", "ki", "lu", "me", "so", "ra", "ti", "nu", "pe", "do", "ga", "wi"]
        func word(_ n: Int) -> String {
            var n = n, out = ""
            for _ in 0..<3 { out += syllables[n % syllables.count]; n /= syllables.count }
            return out
        }
        // 2,000 articles over a vocabulary of 1,700 invented words: each article repeats a few
        // two- and three-word phrases, so thousands of phrases are frequent.
        let articles = (0..<2_000).map { index -> (String, String) in
            let a = word(index % 1_700), b = word((index * 7 + 3) % 1_700), c = word((index * 13 + 5) % 1_700)
            return ("g\(index).txt", "Ada \(a) \(b) \(c) di sini. Lalu \(a) \(b) lagi. Dan \(b) \(c) juga.\n")
        }
        let glossary = Self.glossary(["sini"])
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        var analysis = CoverageAnalysis(glossary: glossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        for (name, text) in articles { _ = try analysis.add(try pipeline.process(Array(text.utf8), name: name).0) }
        let report = analysis.report()
        #expect(report.total.candidates.count { $0.kind == "phrase" } > 1_000)
        // At most 5 sub-phrases per phrase occurrence (7 content words an article).
        #expect(analysis.subphraseLookups > 0)
        #expect(analysis.subphraseLookups <= 5 * 7 * articles.count)
        #expect(report.articles.count == 2_000)
    }
}
