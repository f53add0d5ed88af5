import Alih
import AlihStages
import AlihTestSupport
import Foundation
import Testing

/// The HTML report as a browser lays it out: headless Chromium (`.ci/setup` installs it).
@Suite struct CoverageHTMLRendererTests {
    static let chromium = "/usr/bin/chromium"

    /// A report over `count` articles (the example article under different names).
    static func page(articles count: Int) throws -> String {
        let text = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        let glossary = CoverageTests.glossary(["juru bicara", "pemerintah", "evakuasi", "warga negara", "perbatasan"])
        let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: glossary)
        let renderer = CoverageHTMLRenderer()
        var analysis = CoverageAnalysis(
            glossary: glossary, finder: TermCandidateFinder(lemmatizer: CoverageTests.lemmatizer))
        var sections: [String] = []
        for index in 1...count {
            let document = try pipeline.process(Array(text.utf8), name: "artikel-\(index).txt").0
            sections.append(renderer.articleSection(document, try analysis.add(document), glossary: glossary))
        }
        return renderer.render(try analysis.report(), articleSections: sections)
    }

    /// Lays `html` out in a 1280×900 window: the bottom of the summary cards, the page height,
    /// and the width of a term's printed translation once the articles are opened.
    static func measure(_ html: String) throws -> (summaryBottom: Double, height: Double, translationWidth: Double) {
        let script = """
            <script>
            const bottom = document.getElementById('summary').getBoundingClientRect().bottom;
            const height = document.documentElement.scrollHeight;
            document.querySelectorAll('details.article').forEach(d => d.open = true);
            const width = document.querySelector('article mark .tr').getBoundingClientRect().width;
            document.body.setAttribute('data-measure', [bottom, height, width].join(' '));
            </script>
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coverage-\(UUID().uuidString).html")
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(
            to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900", "--dump-dom", url.absoluteString,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let value = try #require(dom.firstMatch(of: #/data-measure="([^"]*)"/#)?.output.1)
        let numbers = value.split(separator: " ").compactMap { Double($0) }
        try #require(numbers.count == 3)
        return (numbers[0], numbers[1], numbers[2])
    }

    /// The summary is on the first screen, translations are printed beside the terms, and each
    /// further article adds one folded line, not its text.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: chromium), "needs Chromium (bash .ci/setup)"))
    func reportStaysShortAndSummaryComesFirst() throws {
        let three = try Self.measure(try Self.page(articles: 3))
        let thirty = try Self.measure(try Self.page(articles: 30))
        #expect(three.summaryBottom < 900)
        #expect(thirty.summaryBottom < 900)
        #expect(three.translationWidth > 10)
        #expect(three.height < 9_000, "\(three.height) px for 3 articles")
        #expect(thirty.height - three.height < 27 * 80, "\(thirty.height - three.height) px for 27 more articles")
    }
}
