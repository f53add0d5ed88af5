import AlihCore
import Foundation
import Testing

@testable import Alih

@Suite struct ExtractionReportTests {
    /// Boilerplate previews: up to 60 characters whole, longer ones cut to 57 and `...`; line
    /// breaks shown as ` ⏎ ` (counted before they are replaced).
    @Test(arguments: [
        ("Foto/REUTERS", "Foto/REUTERS"),
        (String(repeating: "é", count: 60), String(repeating: "é", count: 60)),
        (String(repeating: "é", count: 61), String(repeating: "é", count: 57) + "..."),
        ("Berita Terkait\nRusia setuju\n", "Berita Terkait ⏎ Rusia setuju ⏎ "),
        (String(repeating: "a\n", count: 40), String(repeating: "a ⏎ ", count: 28) + "a..."),
    ])
    func preview(text: String, expected: String) {
        #expect(ExtractionReport.preview(text[...]) == expected)
    }

    /// The summary counts in English: one block, one segment (it said `1 blocks`, `1 segments`).
    @Test(arguments: [
        ("Hanya satu kata", "a.txt: 1 block (1 to translate), 1 segment, 3 words, 0 boilerplate units"),
        ("Satu. Dua.\n\nTiga.", "a.txt: 2 blocks (2 to translate), 3 segments, 3 words, 0 boilerplate units"),
        ("Baca juga: Satu hal\n\nKata.", "a.txt: 2 blocks (1 to translate), 1 segment, 1 word, 1 boilerplate unit"),
    ])
    func summaryCountsInEnglish(text: String, firstLine: String) throws {
        let pipeline = try ArticlePipeline(definition: .newsArticle)
        let report = try pipeline.extract(Array(text.utf8), name: "a.txt", options: ExtractionOptions()).report
        #expect(report.summary.split(separator: "\n").first.map(String.init) == firstLine)
    }

    /// A large article's chrome entries (counted in runs of blocks on several threads) carry the
    /// line their block starts on, as counted over the whole text.
    @Test func chromeEntriesOfALargeArticleHaveTheirLines() throws {
        let (_, document) = try ParallelWritingTests.largeDocument()
        #expect(document.blocks.count > 4_000)
        let report = ExtractionReport(
            document: document, options: ExtractionOptions(), pipeline: .newsArticle, glossary: nil, diagnostics: [])
        // Line of each byte offset's start, from the positions of the line feeds.
        let feeds = document.text.utf8.enumerated().filter { $0.element == 0x0A }.map(\.offset)
        let expected = document.blocks.compactMap { block -> (String, Int)? in
            guard block.kind.boilerplateRule != nil else { return nil }
            let offset = document.text.utf8.distance(from: document.text.startIndex, to: block.range.lowerBound)
            var low = 0
            var high = feeds.count  // feeds before `offset`
            while low < high {
                let middle = (low + high) / 2
                if feeds[middle] < offset { low = middle + 1 } else { high = middle }
            }
            return (block.id, 1 + low)
        }
        #expect(report.boilerplate.count == expected.count)
        #expect(report.boilerplate.count > 100)
        #expect(report.boilerplate.map(\.unit) == expected.map(\.0))
        #expect(report.boilerplate.map(\.line) == expected.map(\.1))
    }
}
