import Alih
import AlihTestSupport
import Foundation
import Testing

@Suite struct CoverageTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    static func analysis(_ articles: [(String, String)], glossary: Glossary, minimumPhraseCount: Int = 2) throws -> CoverageAnalysis {
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let documents = try articles.map { name, text in try pipeline.process(Array(text.utf8), name: name).0 }
        return try CoverageAnalysis(documents: documents, glossary: glossary, finder: TermCandidateFinder(lemmatizer: lemmatizer),
                                    minimumPhraseCount: minimumPhraseCount)
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
        let result = try Self.analysis([("a.txt", "Juru bicara <Budi> & Santoso menolak.\n")], glossary: Self.glossary(["juru bicara"]))
        let html = CoverageHTMLRenderer().render(result, glossary: Self.glossary(["juru bicara"]))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(#"<mark class="case""#))
        #expect(html.contains("&lt;Budi&gt; &amp;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }
}
