import AlihTestSupport
import Foundation
import Testing

@testable import Alih

// The README's library example, word for word (the test below checks that the README still
// shows exactly this function).

/// Converts one article to XLIFF 2.1 with a glossary's terms marked.
func convert(article: String, glossary: String, to output: String) throws {
    let terms = try GlossaryFile.read(path: glossary).0
    let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: terms)  // compile once, share freely
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: article)))
    let extraction = try pipeline.extract(bytes, name: article, options: ExtractionOptions())
    print(extraction.report.summary)
    try extraction.xliff.write(toFile: output, atomically: true, encoding: .utf8)
}

@Suite struct ReadmeLibraryExampleTests {
    @Test func theExampleRunsAndIsTheREADMEs() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("alih-readme-\(UUID()).xlf").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        try convert(
            article: TestPaths.repo("Examples/berita-contoh.txt").path,
            glossary: TestPaths.repo("Glossaries/id-en-news.tsv").path, to: output)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<gls:glossEntry"))
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let function =
            source[source.range(of: "/// Converts one article")!.lowerBound...]
            .prefix { _ in true }.components(separatedBy: "\n}\n")[0] + "\n}\n"
        let readme = try String(contentsOf: TestPaths.repo("README.md"), encoding: .utf8)
        #expect(readme.contains(function), "README's library example differs from the one this test compiles")
    }
}
