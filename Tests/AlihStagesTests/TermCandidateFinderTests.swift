import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import AlihStages

/// The finder's runs and names, and how term-like a candidate is against general Indonesian.
@Suite struct TermCandidateFinderTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    static func document(_ text: String) -> Document {
        var document = Document(sourceName: "a.txt", text: text)
        let segment = Segment(id: "b1-s1", range: text.startIndex..<text.endIndex)
        document.blocks = [
            Block(
                id: "b1", range: text.startIndex..<text.endIndex, separator: text.endIndex..<text.endIndex,
                kind: .content, segments: [segment])
        ]
        return document
    }

    /// A run of content words stops at punctuation and at function words.
    @Test func runsStopAtPunctuationAndFunctionWords() throws {
        let document = Self.document("Petugas melakukan pelacakan kontak, sistem imun dan tenaga medis lelah.")
        let scan = try TermCandidateFinder(lemmatizer: Self.lemmatizer).scan(document)
        let runs = scan.runs.map { run in run.words.map { String(document.text($0)) }.joined(separator: " ") }
        #expect(runs == ["Petugas", "pelacakan kontak", "sistem imun", "tenaga medis lelah"])
        #expect(scan.runs[3].lemmas == ["tenaga", "medis", "lelah"])
    }

    @Test func everydayWordsAreGeneralVocabularyAndTermsAreRare() {
        let likeness = TermLikeness(lemmatizer: Self.lemmatizer)
        for lemma in ["tahu", "salah", "besar", "rumah", "pergi"] {
            #expect(likeness.isGeneralWord(lemma: lemma), "\(lemma)")
        }
        for lemma in ["imun", "lacak", "karantina", "zvartnots"] {
            #expect(!likeness.isGeneralWord(lemma: lemma), "\(lemma)")
        }
        #expect(likeness.rarity(lemma: "imun") > likeness.rarity(lemma: "rumah"))
        #expect(likeness.rarity(lemma: "zvartnots") > 16)
        // A multi-word unit outranks a single word of the same rarity and count.
        #expect(likeness.score(count: 2, lemmas: ["lacak", "lacak"]) > likeness.score(count: 2, lemmas: ["lacak"]))
    }

    @Test func wellKnownNames() {
        let likeness = TermLikeness(lemmatizer: Self.lemmatizer)
        for name in ["Indonesia", "China", "Jakarta", "Jepang", "Kisah", "Penyakit"] {
            #expect(likeness.isWellKnownName(name), "\(name)")
        }
        for name in ["Zvartnots", "Pashinyan", "Lestari", "Siti", "Bambang", "Budi Santoso", "Indonesia Timur"] {
            #expect(!likeness.isWellKnownName(name), "\(name)")
        }
    }

    /// The generated counts are there and plausible (rebuilt by Scripts/make-general-frequency.py).
    @Test func generalFrequencyListIsLoaded() {
        #expect(GeneralIndonesianFrequency.words > 80_000)
        #expect(GeneralIndonesianFrequency.count(ofLemma: "besar") > 100)
        #expect(GeneralIndonesianFrequency.count(ofLemma: "zvartnots") == 0)
        #expect(GeneralIndonesianFrequency.capitalisedCount(of: "Indonesia") > 100)
    }

    /// A large document scanned in many chunks on the cores gives what one chunk gives: names
    /// known anywhere in the document count everywhere, and the results keep text order.
    @Test func chunksScanAsOne() throws {
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        var text = ""
        for n in 0..<40 { text += example.replacingOccurrences(of: "Rusia", with: "Rusia\(n % 7)") + "\n\n" }
        var document = Document(sourceName: "big.txt", text: text)
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try SentenceSegmenter().run(on: &document, diagnostics: &diagnostics)
        #expect(document.blocks.flatMap(\.segments).count > 1_000)
        let finder = TermCandidateFinder(lemmatizer: Self.lemmatizer)
        let whole = try finder.scan(document, segmentsPerChunk: Int.max)
        #expect(try finder.scan(document, segmentsPerChunk: 50) == whole)
        #expect(!whole.names.isEmpty && !whole.runs.isEmpty)
    }
}
