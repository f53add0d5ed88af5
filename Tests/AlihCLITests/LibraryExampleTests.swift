import AlihTestSupport
import Foundation
import Testing

/// `Examples/LibraryExample`, the README's library example as a program built against the public
/// API only: it runs, and the README shows its `convert` word for word.
@Suite struct LibraryExampleTests {
    static let source = TestPaths.repo("Examples/LibraryExample/main.swift")

    @Test func theExampleConvertsTheShippedArticleWithTheShippedGlossary() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("alih-example-\(UUID()).xlf")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = TestPaths.productsDirectory.appendingPathComponent("alih-library-example")
        process.arguments = [
            TestPaths.repo("Examples/berita-contoh.txt").path, TestPaths.repo("Glossaries/id-en-news.tsv").path,
            output.path,
        ]
        let printed = Pipe()
        process.standardOutput = printed
        try process.run()
        let summary = String(decoding: printed.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(summary.contains("segments"), "the extraction's summary is printed")
        let xliff = try String(contentsOf: output, encoding: .utf8)
        #expect(xliff.contains("<xliff") && xliff.contains("<gls:glossEntry"))
    }

    @Test func theREADMEShowsTheExamplesFunctionWordForWord() throws {
        let source = try String(contentsOf: Self.source, encoding: .utf8)
        let start = try #require(source.range(of: "import Alih\n"))
        let end = try #require(source.range(of: "\n}\n", range: start.upperBound..<source.endIndex))
        let example = String(source[start.lowerBound..<end.upperBound])
        let readme = try String(contentsOf: TestPaths.repo("README.md"), encoding: .utf8)
        #expect(
            readme.contains("```swift\n" + example + "```"), "README's library example differs from \(Self.source.path)"
        )
    }
}
