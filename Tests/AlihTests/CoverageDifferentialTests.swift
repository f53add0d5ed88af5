import AlihTestSupport
import Foundation
import Testing

@testable import Alih

/// Coverage finds and reports exactly what it did before it was made to count by ids: the
/// current code against the code as it was (`Reference/`), on real articles (the 48 Wikipedia
/// articles, the seed, the example) and on made-up ones that reach its corners.
@Suite struct CoverageDifferentialTests {
    static let lemmatizer = CoverageTests.lemmatizer

    static let shippedGlossary: Glossary = try! GlossaryFile.read(
        path: TestPaths.repo("Glossaries/id-en-news.tsv").path, sourceLanguage: "id", targetLanguage: "en"
    ).0

    /// The real articles, named as `alih coverage` names them.
    static func realArticles() throws -> [(String, String)] {
        var articles = [
            ("berita-contoh.txt", try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8))
        ]
        if let seed = TestPaths.seedArticle {
            articles.append(("seed.txt", try String(contentsOf: seed, encoding: .utf8)))
        }
        if let shared = TestPaths.shared {
            let folder = shared.appendingPathComponent("data/id-wikipedia-covid")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                articles.append((file, try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        return articles
    }

    /// Made-up articles for the corners: sentences opened by ordinary words that are names
    /// elsewhere in the article, datelines, headlines, peeled names, acronyms, hyphens,
    /// abbreviations, Roman numerals, amounts, words written in lower and upper case, terms
    /// inside runs, non-ASCII letters and combining marks.
    static let madeUp: [(String, String)] = [
        (
            "opening.txt",
            """
            Pemerintah Armenia menolak. Kata pemerintah, Armenia tetap. Pelacakan kontak dilakukan pejabat Pemerintah.
            Penyakit menular. Penyakit Menular Seksual meningkat. Ketua Penyakit itu pergi. Kucing lari. kucing makan.
            MOSKOW - Kremlin Dmitry Peskov berkata. JAKARTA – Menteri Armenia Nikol Pashinyan datang ke Kremlin.
            Armenia dan Nikol Pashinyan bertemu. Dmitry Peskov bicara dengan AFP, ICC, dan COVID-19 di Zvartnots.

            Harga Beras Naik Lagi Di Pasar Induk Kramat Jati
            Harga beras naik, kata Bpk. Budi. Harga beras-beras naik lagi; harga beras turun. Rp5,2 juta dibayar Ny. Aminah.
            Perang Dunia II usai. Abad XXI tiba. Sistem imun tubuh manusia. Sistem imun tubuh kuat. Sistem imun lemah.
            Kafé Crème Brûlée dibuka. kafé crème dijual. Ñandú terlihat. Pemerintah-pemerintah daerah setuju.
            Penjaga perbatasan tentara bertugas. Tentara penjaga perbatasan setuju.

            """
        ),
        (
            "small.txt",
            "Penyakit. Sistem imun tubuh. Pemerintah Kota Bogor. Kota Bogor. Bogor.\n"
        ),
    ]

    static func documents(_ articles: [(String, String)], glossary: Glossary) throws -> [Document] {
        try CoverageTests.documents(articles, glossary: glossary)
    }

    @Test func scanFindsWhatItFoundOnRealArticles() throws {
        let documents = try Self.documents(Self.realArticles() + Self.madeUp, glossary: Self.shippedGlossary)
        for includeKnownNames in [false, true] {
            let finder = TermCandidateFinder(lemmatizer: Self.lemmatizer, includeKnownNames: includeKnownNames)
            let reference = ReferenceTermCandidateFinder(
                lemmatizer: Self.lemmatizer, includeKnownNames: includeKnownNames)
            for document in documents {
                let found = try finder.scan(document)
                let expected = try reference.scan(document)
                #expect(found.names == expected.names, "\(document.sourceName)")
                #expect(found.runs == expected.runs, "\(document.sourceName)")
                // In chunks (on the cores) as in one.
                #expect(try finder.scan(document, segmentsPerChunk: 7) == found, "\(document.sourceName)")
            }
        }
    }

    /// The report over the real and made-up articles as one batch, and each article alone, with
    /// phrases from 1 and 2 occurrences, known names left out and asked for; every article's
    /// places too.
    @Test(arguments: [(2, false), (1, false), (2, true)])
    func reportIsTheReportItWas(minimumCount: Int, includeKnownNames: Bool) throws {
        let articles = try Self.realArticles() + Self.madeUp
        let documents = try Self.documents(articles, glossary: Self.shippedGlossary)
        let finder = TermCandidateFinder(lemmatizer: Self.lemmatizer, includeKnownNames: includeKnownNames)
        let reference = ReferenceTermCandidateFinder(lemmatizer: Self.lemmatizer, includeKnownNames: includeKnownNames)
        let found = try CoverageAnalysis.analyse(
            documents, glossary: Self.shippedGlossary, finder: finder, minimumPhraseCount: minimumCount)
        let expected = try ReferenceCoverageAnalysis.analyse(
            documents, glossary: Self.shippedGlossary, finder: reference, minimumPhraseCount: minimumCount)
        #expect(found.report == expected.report)
        for (article, reference) in zip(found.articles, expected.articles) {
            #expect(article.coverage == reference.coverage)
            #expect(article.candidates == reference.candidates, "\(article.coverage.source)")
        }
        // A scan made elsewhere gives the same figures.
        var given = CoverageAnalysis(
            glossary: Self.shippedGlossary, finder: finder, minimumPhraseCount: minimumCount)
        for document in documents.prefix(5) { _ = given.add(document, scan: try finder.scan(document)) }
        #expect(
            given.report()
                == (try ReferenceCoverageAnalysis.analyse(
                    Array(documents.prefix(5)), glossary: Self.shippedGlossary, finder: reference,
                    minimumPhraseCount: minimumCount)).report)
    }

    /// The JSON written from the compact results is the JSON of the full report.
    @Test func jsonOfTheResultsIsTheJSONOfTheReport() throws {
        let documents = try Self.documents(
            Array(try Self.realArticles().prefix(6)) + Self.madeUp, glossary: Self.shippedGlossary)
        var analysis = CoverageAnalysis(
            glossary: Self.shippedGlossary, finder: TermCandidateFinder(lemmatizer: Self.lemmatizer))
        for document in documents { _ = try analysis.add(document) }
        let results = analysis.finish()
        var compact: [UInt8] = []
        try CoverageJSONWriter().write(results) { compact += $0 }
        var whole: [UInt8] = []
        try CoverageJSONWriter().write(results.report()) { whole += $0 }
        #expect(compact == whole)
        #expect(results.report() == analysis.report())
    }
}
