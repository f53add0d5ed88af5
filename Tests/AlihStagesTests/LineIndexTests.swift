import AlihCore
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct LineIndexTests {
    static let teaserOnly = BoilerplateOptions(rules: [BoilerplateRule(id: "teaser", match: .teaser(maxWords: 3))])

    /// The lines of the document's paragraphs, each with whether the stage called it a teaser.
    func verdicts(_ text: String, workers: Int) throws -> [(line: String, teaser: Bool)] {
        var document = Document(sourceName: "t", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try BoilerplateDetector(options: Self.teaserOnly).run(on: &document, workers: workers)
        return document.blocks.flatMap { block in
            TextLines.ranges(in: document.text, within: block.range).map {
                (String(document.text[$0]), block.kind != .content)
            }
        }
    }

    /// The rule as first written, on Substrings: a line of teaser shape is a teaser when one of
    /// the first 64 distinct lines sharing its stem's first two words is longer than the stem by
    /// two characters or more, starts with it, and is not the line itself.
    func reference(_ text: String) -> [(line: String, teaser: Bool)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        func key(_ line: Substring) -> String { line.split(separator: " ").prefix(2).joined(separator: " ") }
        var candidates: [String: [Substring]] = [:]
        for line in lines {
            let kept = candidates[key(line), default: []]
            if kept.count < 64 && !kept.contains(where: { $0.utf8.elementsEqual(line.utf8) }) {
                candidates[key(line), default: []].append(line)
            }
        }
        return lines.map { line in
            guard let stem = LineIndex.teaserStem(line, maxWords: 3) else { return (String(line), false) }
            let teaser = (candidates[key(stem)] ?? []).contains {
                $0.count > stem.count + 1 && $0.hasPrefix(stem) && $0 != line
            }
            return (String(line), teaser)
        }
    }

    /// Lines made of words that share first words and prefixes (`Tarik`, `Tarikan`), with
    /// doubled spaces and non-ASCII letters (NFC, as the normalize stage leaves them): the
    /// stage's byte-level index finds exactly the teasers the definition finds.
    @Test func theIndexAgreesWithTheDefinition() async throws {
        let words = ["Rusia", "Tarik", "Tarikan", "Tentara", "dari", "é", "Ölke", "😀"]
        let ends = ["", "", "...", "…", " ...", ". ..."]
        // A line: its first number picks the spacing and the end, the others its words.
        func line(_ picks: [Int]) -> String {
            picks.dropFirst().map { words[$0 % words.count] }.joined(separator: picks[0] % 2 == 0 ? " " : "  ")
                + ends[picks[0] / 2 % ends.count]
        }
        await propertyCheck(count: 400, input: Gen.int(in: 0...999).array(of: 2...6).array(of: 1...4).array(of: 1...12))
        { paragraphs in
            let text = paragraphs.map { $0.map(line).joined(separator: "\n") }.joined(separator: "\n\n")
            let expected = reference(text)
            for workers in [1, 3] {
                let found = try verdicts(text, workers: workers)
                #expect(found.map(\.line) == expected.map(\.line))
                #expect(found.map(\.teaser) == expected.map(\.teaser), "\(text)")
            }
        }
    }

    /// Only the first 64 distinct lines with a key are candidates: a longer line after them is
    /// not looked at, while repeats of the kept lines take no place.
    @Test func candidatesAreTheFirstDistinctLinesPerKey() throws {
        let others = (0..<63).map { "Rusia Tarik versi \($0)" }
        let repeats = Array(repeating: "Rusia Tarik versi 0", count: 100)
        let teaser = "Rusia Tarik Tentara..."
        let within = (others + repeats + ["Rusia Tarik Tentara dari Armenia", teaser]).joined(separator: "\n\n")
        #expect(try verdicts(within, workers: 1).last! == (teaser, true))
        let beyond = (others + ["Rusia Tarik lagi"] + ["Rusia Tarik Tentara dari Armenia", teaser]).joined(
            separator: "\n\n")
        #expect(try verdicts(beyond, workers: 1).last! == (teaser, false))
    }

    /// A stem whose first two words are a prefix of another line's (`Rusia Tarik` of
    /// `Rusia Tarikan …`) has another key: the longer line is not the one it repeats.
    @Test func theKeyIsComparedWholeWords() throws {
        let text = "Rusia Tarikan Tentara dari Armenia\n\nRusia Tarik...\n\nRusia Tarik...\n\nRusia Tarikan Tentara..."
        #expect(try verdicts(text, workers: 1).map(\.teaser) == [false, false, false, true])
    }
}
