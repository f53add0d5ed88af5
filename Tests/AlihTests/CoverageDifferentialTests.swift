import AlihCore
import AlihFormats
import AlihStages
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import Alih

/// Coverage finds and reports exactly what it did before it was made to count by ids: the
/// current code against the code as it was (`Reference/`), on real articles (the 48 Wikipedia
/// articles, the seed, the example) and on made-up ones that reach its corners.
@Suite struct CoverageDifferentialTests {
    static let lemmatizer = CoverageTests.lemmatizer

    static let shippedGlossary: Glossary = try! GlossaryFile.read(
        path: TestPaths.repo("Glossaries/id-en-news.tsv").path, sourceLanguage: "id", targetLanguage: "en"
    ).glossary

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
            try given.report()
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
        #expect(try results.report() == analysis.report())
    }

    /// Words and pieces generated articles are made of: sentence openers that are ordinary words
    /// and names elsewhere, names that stand alone and in longer runs, acronyms, stop words,
    /// glossary terms, hyphens, datelines, abbreviations, amounts, numerals, letters with
    /// accents (composed and not) and punctuation.
    static let pieces: [String] = [
        "Pemerintah", "pemerintah", "Penyakit", "penyakit", "Armenia", "Nikol", "Pashinyan", "Kremlin", "Dmitry",
        "Peskov", "Menteri", "menteri", "Ketua", "AFP", "COVID-19", "ICC", "sistem", "imun", "tubuh", "kekebalan",
        "pelacakan", "kontak", "harga", "beras", "naik", "turun", "tentara", "perbatasan", "penjaga", "setuju",
        "menyetujui", "disetujui", "yang", "dan", "di", "ke", "dari", "Pada", "pada", "Menurut", "Dalam", "kata",
        "mereka", "negara-negara", "berbulan-bulan", "KPK-nya", "Bpk.", "Ny.", "S.H.", "Rp5,2", "juta", "II",
        "XXI", "Kafé", "Cafe\u{301}", "crème", "Ñandú", "kucing", "Kucing", "Jakarta", "Indonesia", "China",
        "virus", "Virus", "corona", "Zvartnots", "Organisasi", "Perjanjian", "Keamanan", "Kolektif", "A", "x",
        "2020", "kira2", "-", "–",
    ]
    static let separators = [" ", " ", " ", " ", ", ", ". ", "? ", " - ", " – ", "  ", "\n", "\n\n", "; ", ": "]

    /// An article of 1 to 120 generated words and separators.
    static let generatedArticles = Gen.int(in: 0...(pieces.count * separators.count - 1)).array(of: 1...120).map {
        picks -> String in
        var text = ""
        for pick in picks {
            text += pieces[pick % pieces.count] + separators[pick / pieces.count]
        }
        return text + "\n"
    }

    /// On generated articles, one at a time and in batches of five: the scan, the report and
    /// every article's places are what they were.
    @Test func generatedArticlesGiveWhatTheyGave() async {
        let glossary = CoverageTests.glossary(["tentara", "penjaga perbatasan", "setuju", "harga", "Kremlin"])
        let pipeline = try! ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let finder = TermCandidateFinder(lemmatizer: Self.lemmatizer)
        let reference = ReferenceTermCandidateFinder(lemmatizer: Self.lemmatizer)
        await propertyCheck(count: 60, input: Self.generatedArticles.array(of: 1...5)) { texts in
            let documents = texts.enumerated().compactMap { index, text in
                try? pipeline.process(Array(text.utf8), name: "g\(index).txt").0
            }
            guard !documents.isEmpty else { return }
            for document in documents {
                #expect(try finder.scan(document) == reference.scan(document))
            }
            for minimumCount in [1, 2] {
                let found = try CoverageAnalysis.analyse(
                    documents, glossary: glossary, finder: finder, minimumPhraseCount: minimumCount)
                let expected = try ReferenceCoverageAnalysis.analyse(
                    documents, glossary: glossary, finder: reference, minimumPhraseCount: minimumCount)
                #expect(found.report == expected.report)
                #expect(found.articles.map(\.candidates) == expected.articles.map(\.candidates))
            }
        }
    }

    /// The reports `alih coverage` writes of the 48 Wikipedia articles with the shipped glossary
    /// are, byte for byte, those reviewed (SHA-256 of the output of `alih coverage
    /// …/id-wikipedia-covid -g Glossaries/id-en-news.tsv`; first the code before ids wrote it,
    /// then the matching of issue 16 changed which words are terms, the sentence starters
    /// added one sentence: `… influenza B.` | `Karena …` in wiki_72.txt, and sentences joined by a
    /// period without a space were split: 192 in 25 articles, whose words (`virus.Pada`, one word
    /// to ICU before) are now read as two: 1 to 11 more terms in 14 of them, 6,161 → 6,210 in all).
    @Test(
        .enabled(if: TestPaths.shared != nil, "needs ../shared (the Wikipedia articles)"),
        arguments: [
            (CoverageJob.Format.json, "0042701d44bf58c61ad27def0864982d00557373a72922be38a0d18b3631c5bb"),
            (.text, "b00056fa4e738fa199745103224bc657553e815221410b1d1223adc3bc65f660"),
        ])
    func wikipediaReportsAreTheBytesTheyWere(format: CoverageJob.Format, sha256: String) throws {
        let folder = try #require(TestPaths.shared).appendingPathComponent("data/id-wikipedia-covid").path
        let pipeline = try PipelineCatalog(workingDirectory: TestPaths.packageRoot.path).compile(
            nil, glossaryPath: TestPaths.repo("Glossaries/id-en-news.tsv").path)
        let outcome = try CoverageJob(pipeline: pipeline, format: format).run(
            try BatchRun.jobs(for: [folder], extensions: [".txt", ".md"], outputFolder: ""))
        var hash = AlihCore.SHA256()
        try outcome.render { hash.update($0) }
        #expect(hash.finalizeHex() == sha256)
        var sheet = AlihCore.SHA256()
        sheet.update(try outcome.candidateSheet(for: "c.tsv").utf8)
        #expect(sheet.finalizeHex() == "c0086560f059a812fc4fd53f7bbf5d72158e52d50d24e82e00aa67943da19b7d")
    }
}
