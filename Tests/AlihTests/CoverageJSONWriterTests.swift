import AlihCore
import AlihFormats
import AlihStages
import Foundation
import Testing

@testable import Alih

/// The JSON written article by article is the JSON of the whole report, byte for byte.
@Suite struct CoverageJSONWriterTests {
    static func whole(_ report: CoverageReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(report)) + [0x0A]
    }

    static func pieces(_ report: CoverageReport) throws -> [UInt8] {
        var out: [UInt8] = []
        try CoverageJSONWriter().write(report) { out += $0 }
        return out
    }

    @Test(arguments: [0, 1, 3])
    func writtenInPiecesIsTheWholeReport(articles count: Int) throws {
        let articles = [
            ("a.txt", "Tentara datang.\n"), ("b.txt", "Tentaranya pergi. Budi Santoso diam. Harga beras naik.\n"),
            ("c/d.txt", "Tidak ada apa-apa \"di sini\" \\ / <b>.\n"),
        ].prefix(count)
        let result = try CoverageTests.analysis(
            Array(articles), glossary: CoverageTests.glossary(["tentara", "harga"]))
        #expect(try Self.pieces(result.report) == (try Self.whole(result.report)))
    }

    /// Edge values written as `JSONEncoder` writes them: whole and tiny doubles, every kind of
    /// character to escape, non-ASCII text, empty arrays and objects at every level.
    @Test func edgeValuesAreWrittenAsTheEncoderWritesThem() throws {
        let text = "kutip \" garis \\ miring / baris\nbaru\ttab\r\u{8}\u{C}\u{1}\u{1F}\u{7F} é — 日本 \u{2028}"
        let candidate = CoverageReport.Candidate(
            kind: .phrase, text: text, key: "a b", count: 3, score: 1.0,
            example: CoverageReport.Example(article: "c/d.txt", segment: "b1-s1", text: text))
        let entry = CoverageReport.EntryUse(
            id: "e1", source: text, translation: "", count: 2, tiers: [.inflected: 1, .exact: 1, .case: 0],
            forms: [CoverageReport.Form(text: text, count: 2)], segments: [])
        let empty = CoverageReport.EntryUse(
            id: "e2", source: "x", translation: "y", count: 0, tiers: [:], forms: [], segments: ["b1-s1"])
        let coverage = CoverageReport.Coverage(
            source: text, segments: 0, segmentsWithTerms: 0, segmentCoverage: 1, termOccurrences: 0,
            missingOccurrences: 0, coverage: 0.3333, entries: [entry, empty],
            candidates: [candidate, candidate])
        for articles in [[], [coverage], [coverage, coverage]] {
            var total = coverage
            total.coverage = 1e-5
            total.segmentCoverage = 2.5e20
            let report = CoverageReport(
                glossary: "g/h.tsv", glossaryEntries: 2, minimumPhraseCount: 2, articles: articles, total: total,
                unusedEntries: articles.isEmpty ? [] : [CoverageReport.UnusedEntry(id: "e3", source: text)])
            #expect(try Self.pieces(report) == (try Self.whole(report)))
        }
    }

    /// Many candidates (written on the cores in rounds) come out as the encoder writes them:
    /// one round, one round and one more, several rounds and a part.
    @Test(arguments: [CoverageJSONWriter.candidatesPerRound, CoverageJSONWriter.candidatesPerRound + 1, 20_003])
    func manyCandidatesAreWrittenAsTheEncoderWritesThem(count: Int) throws {
        let candidates = (0..<count).map { n -> CoverageReport.Candidate in
            let kind: TermCandidateFinder.Occurrence.Kind = n % 3 == 0 ? .name : .phrase
            let example = CoverageReport.Example(
                article: "a\(n % 5).txt", segment: "b\(n)-s1", text: "Teks \(n).\n")
            return CoverageReport.Candidate(
                kind: kind, text: "kata \(n) \"x\"", key: "kata \(n)", count: n % 7 + 2,
                score: Double(n % 1000) / 100, example: example)
        }
        let coverage = CoverageReport.Coverage(
            source: "a.txt", segments: 3, segmentsWithTerms: 1, segmentCoverage: 0.3333, termOccurrences: 1,
            missingOccurrences: count, coverage: 0.5, entries: [], candidates: candidates)
        var total = coverage
        total.source = "total"
        let report = CoverageReport(
            glossary: "g.tsv", glossaryEntries: 1, minimumPhraseCount: 2, articles: [coverage], total: total,
            unusedEntries: [])
        #expect(try Self.pieces(report) == (try Self.whole(report)))
    }
}
