import AlihStages
import Testing

@testable import Alih

/// Coverage's work grows with the archive's distinct words and with its text, never with the
/// square of either: counted on generated archives, not timed.
@Suite struct CoverageWorkTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()
    static let syllables = ["ba", "ki", "lu", "me", "so", "ra", "ti", "nu", "pe", "do", "ga", "wi"]

    /// An invented word of three syllables (`n` below 1,728 gives a distinct word).
    static func word(_ n: Int) -> String {
        (0..<3).map { syllables[(n / [1, 12, 144][$0]) % syllables.count] }.joined()
    }

    /// `count` articles over `words` invented lowercase words and 40 invented names, every word
    /// and name used within the first `words` articles; phrases recur across articles.
    static func articles(_ count: Int, words: Int) -> [(String, String)] {
        (0..<count).map { index in
            let (a, b, c) = (word(index % words), word((index * 7 + 3) % words), word((index * 13 + 5) % words))
            let name = word(1_000 + index % 40).prefix(1).uppercased() + word(1_000 + index % 40).dropFirst()
            return (
                "g\(index).txt",
                "Ada \(a) \(b) \(c) di sini. Lalu kata \(name) soal \(a) \(b) lagi. Dan \(b) \(c) juga.\n"
            )
        }
    }

    /// The per-word work and the sub-phrase look-ups of a coverage run over `articles`.
    static func work(_ articles: [(String, String)]) throws -> (CandidateVocabulary.Work, Int, CoverageReport) {
        let glossary = Glossary(
            name: "g.tsv",
            entries: [GlossaryEntry(id: "e1", source: "sini", translations: [GlossaryTranslation("here")])])
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let finder = TermCandidateFinder(lemmatizer: lemmatizer)
        var analysis = CoverageAnalysis(glossary: glossary, finder: finder)
        for (name, text) in articles { _ = try analysis.add(try pipeline.process(Array(text.utf8), name: name).0) }
        let report = try analysis.report()
        return (finder.vocabulary.workDone, analysis.subphraseLookups, report)
    }

    /// Four times the articles over the same words: each word form is worked out once for the
    /// archive (not once per article or per occurrence), and the total's phrases are looked up
    /// in proportion to the text.
    @Test func wordsAreWorkedOutOncePerArchive() throws {
        let (small, smallLookups, smallReport) = try Self.work(Self.articles(300, words: 240))
        let (large, largeLookups, largeReport) = try Self.work(Self.articles(1_200, words: 240))
        #expect(smallReport.total.candidates.count > 100)
        #expect(largeReport.articles.count == 1_200)
        #expect(small.formsWorkedOut > 240)
        #expect(large.formsWorkedOut == small.formsWorkedOut)
        #expect(large.factsWorkedOut == small.factsWorkedOut)
        #expect(largeLookups <= 4 * smallLookups + 1_000)
    }

    /// A vocabulary that grows with the archive: the forms worked out are at most the distinct
    /// words, one each.
    @Test func formsWorkedOutAreAtMostTheDistinctWords() throws {
        let articles = Self.articles(1_000, words: 1_000)
        let distinct = Set(articles.flatMap { $0.1.split(whereSeparator: { " .\n".contains($0) }) })
        let (work, _, _) = try Self.work(articles)
        #expect(work.formsWorkedOut > 1_000)
        #expect(work.formsWorkedOut <= distinct.count)
    }
}
