import AlihCore
import AlihICU
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihStages

/// `GlossaryMatcher` (word profiles kept per form, words ruled out from their letters, text
/// split on its bytes, blocks matched on several threads) finds exactly what the matcher as
/// first written finds (`ReferenceGlossaryMatcher`).
@Suite struct GlossaryMatcherDifferentialTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    /// The shipped glossary, read as plainly as possible: one entry per distinct source.
    static let glossary: Glossary = {
        let text = try! String(contentsOf: TestPaths.repo("Glossaries/id-en-news.tsv"), encoding: .utf8)
        var entries: [GlossaryEntry] = []
        var seen = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2, seen.insert(cells[0]).inserted else { continue }
            entries.append(
                GlossaryEntry(
                    id: "e\(entries.count + 1)", source: cells[0], translations: [GlossaryTranslation(cells[1])],
                    partOfSpeech: cells.count > 4 && !cells[4].isEmpty ? cells[4] : nil,
                    caseSensitive: cells.count > 5 && cells[5] == "yes"))
        }
        return Glossary(name: "id-en-news", entries: entries)
    }()

    static let matcher = try! GlossaryMatcher(glossary: glossary, lemmatizer: lemmatizer)
    static let reference = try! ReferenceGlossaryMatcher(glossary: glossary, lemmatizer: lemmatizer)

    static func described(_ matches: [TermMatch], in text: String) -> [String] {
        matches.map { "\(text[$0.range])=\($0.entryIndex)/\($0.tier.rawValue)" }
    }

    /// Sentences made of glossary words in inflected and capitalised forms, function words and
    /// words that share letters with glossary lemmas without being their forms.
    static func sentence(_ picks: [Int]) -> String {
        let entries = glossary.entries
        let affixes = [
            ("", ""), ("", "nya"), ("me", "kan"), ("di", "i"), ("ber", ""), ("pe", "an"), ("per", "an"), ("ke", "an"),
            ("ter", ""), ("", "-nya"), ("", "lah"), ("se", "nya"), ("mem", ""), ("men", "kan"), ("meng", "i"),
            ("meny", ""),
        ]
        let others = [
            "dan", "yang", "tersebut", "itu", "Menurut", "Kediri", "pasukannya", "tentara-tentara", "KPK-nya", "ma",
            "banyak", "mengatakan", "Jakarta", "2,5", "Rp5,2", "“", "”", ".", ",", "—", "penarikan", "menarik",
        ]
        var words: [String] = []
        for (n, pick) in picks.enumerated() {
            switch pick % 4 {
            case 0: words.append(others[pick / 4 % others.count])
            default:
                let entry = entries[pick % entries.count].source
                let (prefix, suffix) = affixes[(pick / 7 + n) % affixes.count]
                var word = entry.split(separator: " ").map(String.init)
                word[word.count - 1] = prefix + word[word.count - 1] + suffix
                if pick % 3 == 0 { word[0] = word[0].prefix(1).uppercased() + word[0].dropFirst() }
                if pick % 11 == 0 { word[0] = word[0].uppercased() }
                words += word
            }
        }
        return words.joined(separator: " ")
    }

    @Test func generatedSentencesMatchAsTheReferenceMatches() async throws {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...100_000).array(of: 1...14)) { picks in
            let text = Self.sentence(picks)
            var icu = try! BreakIterator(.word, locale: "id")
            var tokenizer = try! WordTokenizer()
            let expected = Self.described(try! Self.reference.matches(in: text[...], tokenizer: &icu), in: text)
            let found = Self.described(try! Self.matcher.matches(in: text[...], tokenizer: &tokenizer), in: text)
            let scanned = Self.described(try! Self.matcher.makeScanner().matches(in: text[...]), in: text)
            #expect(found == expected, "\(text)")
            #expect(scanned == expected, "\(text)")
        }
    }

    /// Real text through the stage: several threads, pooled scanners, the reference per segment.
    @Test(.enabled(if: TestPaths.shared != nil, "\(TestPaths.sharedMissing)"))
    func realArticlesMatchAsTheReferenceMatches() throws {
        let folder = TestPaths.shared!.appendingPathComponent("data/id-wikipedia-covid")
        var text = ""
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            text += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) + "\n\n"
        }
        text += try String(contentsOf: TestPaths.seedArticle!, encoding: .utf8)
        var document = Document(sourceName: "corpus.txt", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try SentenceSegmenter().run(on: &document, diagnostics: &diagnostics)
        var threaded = document
        var single = document
        try TermRecognizer(matcher: Self.matcher).run(on: &threaded, workers: 3)
        try TermRecognizer(matcher: Self.matcher).run(on: &single, workers: 1)
        var icu = try BreakIterator(.word, locale: "id")
        var terms = 0
        for (b, block) in document.blocks.enumerated() {
            for (s, segment) in block.segments.enumerated() {
                let expected = try Self.reference.matches(in: text[segment.range], tokenizer: &icu)
                terms += expected.count
                #expect(threaded.blocks[b].segments[s].terms == expected, "\(segment.id): \(text[segment.range])")
                #expect(single.blocks[b].segments[s].terms == expected)
            }
        }
        #expect(terms > 1_000)
    }

    /// A large glossary of terms of two and three words — word pairs and triples of the
    /// articles as written (so that long terms match, inflected and capitalised), and real
    /// words put together at random (so that most words start terms that do not go on) — with
    /// the shipped glossary's entries: matched on the articles as the reference matches.
    @Test(.enabled(if: TestPaths.shared != nil, "\(TestPaths.sharedMissing)"))
    func aLargeGlossaryOfLongTermsMatchesAsTheReferenceMatches() throws {
        let folder = TestPaths.shared!.appendingPathComponent("data/id-wikipedia-covid")
        var text = ""
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            text += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) + "\n\n"
        }
        var tokenizer = try WordTokenizer()
        let words = try tokenizer.words(in: text[...]).map { String(text[$0]) }
        var random = SplitMix64(seed: 13)
        var entries = Self.glossary.entries
        while entries.count < 20_000 {
            let length = 2 + Int(random.next() % 2)
            let term: [String]
            if random.next() % 2 == 0 {
                let start = Int(random.next() % UInt64(words.count - length))
                term = Array(words[start..<(start + length)])
            } else {
                term = (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))].lowercased() }
            }
            entries.append(
                GlossaryEntry(
                    id: "g\(entries.count)", source: term.joined(separator: " "),
                    translations: [GlossaryTranslation("t")], caseSensitive: random.next() % 50 == 0))
        }
        let glossary = Glossary(name: "long-terms", entries: entries)
        let matcher = try GlossaryMatcher(glossary: glossary, lemmatizer: Self.lemmatizer)
        let reference = try ReferenceGlossaryMatcher(glossary: glossary, lemmatizer: Self.lemmatizer)
        var document = Document(sourceName: "corpus.txt", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try SentenceSegmenter().run(on: &document, diagnostics: &diagnostics)
        let segmented = document
        try TermRecognizer(matcher: matcher).run(on: &document, workers: 2)
        var icu = try BreakIterator(.word, locale: "id")
        var terms = 0
        var longTerms = 0
        for (b, block) in segmented.blocks.enumerated() {
            for (s, segment) in block.segments.enumerated() {
                let expected = try reference.matches(in: text[segment.range], tokenizer: &icu)
                terms += expected.count
                longTerms += expected.filter { text[$0.range].contains(" ") }.count
                #expect(
                    Self.described(document.blocks[b].segments[s].terms, in: text)
                        == Self.described(expected, in: text), "\(segment.id): \(text[segment.range])")
            }
        }
        #expect(terms > 5_000)
        #expect(longTerms > 2_000)
    }
}
