import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// The real OmegaT 3.6 segmenting with Alih's rules (`SegmentationRuleExport`, OmegaT's
/// `segmentation.conf` in the project's `omegat/` folder, as a user installs them) gives Alih's
/// sentences.
///
/// OmegaT gets whole paragraphs, not Alih's XLIFF: its units are already sentences, so
/// re-segmenting them could only show OmegaT cutting more than Alih, never cutting less. Each
/// text is the article as Alih normalized it, its content blocks one after another in a UTF-8
/// text file, which OmegaT's text filter reads a paragraph a line (Alih breaks at every line
/// break too). OmegaT's segments (read from its pseudo-translated TMX, where each text occurs
/// once) are compared with `alih segment --content-only`'s (`SentenceListing`). One project
/// per rule set holds every text (a run costs about 2 s of JVM start-up).
@Suite(.enabled(if: OmegaTProject.isInstalled, "\(OmegaTProject.notInstalled)"))
struct OmegaTSegmentationTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    /// A text as OmegaT gets it and Alih's sentences of it.
    struct Text {
        var name: String
        var paragraphs: String
        var sentences: [String]
        /// Whether OmegaT must give exactly Alih's sentences (the 48 Wikipedia articles are
        /// measured instead).
        var exact: Bool
    }

    static func text(_ name: String, _ bytes: [UInt8], exact: Bool) throws -> Text {
        let (document, _) = try pipeline.process(bytes, name: name)
        let paragraphs = document.blocks.filter(\.isTranslatable).map { String(document.text(of: $0)) }
        let sentences = try SentenceListing(pipeline: pipeline, contentOnly: true).blocks(of: bytes, name: name)
        return Text(
            name: name, paragraphs: paragraphs.joined(separator: "\n\n") + "\n", sentences: sentences.flatMap { $0 },
            exact: exact)
    }

    /// The generated cases, the example and, with `../shared`, the seed article and the 48
    /// Wikipedia articles (made once for both tests).
    static let texts = Result { try makeTexts() }

    static func makeTexts() throws -> [Text] {
        var texts = [
            try text("cases.txt", Array(AbbreviationCases.text().utf8), exact: true),
            try text(
                "berita-contoh.txt", Array(try Data(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"))),
                exact: true),
        ]
        if let seed = TestPaths.seedArticle {
            texts.append(try text("seed.txt", Array(try Data(contentsOf: seed)), exact: true))
        }
        if let shared = TestPaths.shared {
            let folder = shared.appendingPathComponent("data/id-wikipedia-covid")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
                texts.append(try text(file, bytes, exact: false))
            }
        }
        return texts
    }

    /// How OmegaT's segments compare with Alih's sentences.
    struct Comparison {
        /// Per text, Alih's sentences that are not one of OmegaT's segments (a sentence OmegaT
        /// cut, or joined to another).
        var missing: [String: [String]] = [:]
        /// Per text, OmegaT's segments that are none of Alih's sentences but occur in the text.
        var extra: [String: [String]] = [:]

        func count(_ texts: [Text], exact: Bool) -> (missing: Int, sentences: Int) {
            let chosen = texts.filter { $0.exact == exact }
            return (
                chosen.reduce(0) { $0 + (missing[$1.name]?.count ?? 0) }, chosen.reduce(0) { $0 + $1.sentences.count }
            )
        }
    }

    /// OmegaT's segments of `texts` with `segmentationRules` (nil: OmegaT's defaults).
    static func compare(_ texts: [Text], segmentationRules: String?) throws -> Comparison {
        let project = try OmegaTProject(sentenceSegmentation: true, segmentationRules: segmentationRules)
        defer { try? FileManager.default.removeItem(at: project.url) }
        for (n, text) in texts.enumerated() {
            try project.addSource(String(format: "%02d.utf8", n), text: text.paragraphs)
        }
        let segments = try #require(try project.segments(), "OmegaT failed")
        let sentences = Set(texts.flatMap(\.sentences))
        var comparison = Comparison()
        for text in texts {
            comparison.missing[text.name] = text.sentences.filter { !segments.contains($0) }
        }
        for segment in segments.subtracting(sentences) {
            for text in texts where text.paragraphs.contains(segment) {
                comparison.extra[text.name, default: []].append(segment)
            }
        }
        return comparison
    }

    @Test func withAlihsRulesOmegaTSegmentsLikeAlih() throws {
        let texts = try Self.texts.get()
        let rules = try SegmentationRuleExport(pipeline: Self.pipeline).document(.omegat)
        let comparison = try Self.compare(texts, segmentationRules: rules)
        for text in texts where text.exact {
            #expect(comparison.missing[text.name, default: []] == [], "\(text.name): Alih's sentences OmegaT cut")
            #expect(comparison.extra[text.name, default: []] == [], "\(text.name): OmegaT's segments Alih has not")
        }
        let exact = comparison.count(texts, exact: true)
        let measured = comparison.count(texts, exact: false)
        print(
            "OmegaT 3.6 with Alih's rules: \(exact.missing) of \(exact.sentences) sentences differ in the cases, "
                + "example and seed; \(measured.missing) of \(measured.sentences) in the Wikipedia articles")
        if TestPaths.isSharedAvailable {
            #expect(measured.sentences > 2_000)
            #expect(measured.missing == 0, "\(comparison.missing.filter { !$0.value.isEmpty })")
        }
    }

    @Test func withItsDefaultRulesOmegaTCutsAlihsSentences() throws {
        let texts = try Self.texts.get()
        let comparison = try Self.compare(texts, segmentationRules: nil)
        let exact = comparison.count(texts, exact: true)
        let measured = comparison.count(texts, exact: false)
        let each = texts.filter(\.exact).map {
            "\($0.name) \(comparison.missing[$0.name, default: []].count)/\($0.sentences.count)"
        }
        print(
            "OmegaT 3.6 with its default rules: \(exact.missing) of \(exact.sentences) sentences differ in the "
                + "cases, example and seed (\(each.joined(separator: ", "))); \(measured.missing) of "
                + "\(measured.sentences) in the Wikipedia articles")
        // As the issue found: OmegaT cuts after titles and before numbers.
        let cut = comparison.extra["berita-contoh.txt", default: []]
        #expect(cut.contains { $0.hasSuffix("Kementerian Luar Negeri, Dr.") })
        #expect(cut.contains("Merdeka Barat No."))
        #expect(exact.missing > 100)
    }
}
