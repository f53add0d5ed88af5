import Foundation
import Testing

@testable import Alih

/// Alih's own outputs among `alih run`'s inputs: the articles `alih reimport` wrote.
@Suite struct BatchOwnOutputsTests {
    @Test(arguments: [
        ("artikel.en.txt", "en", true), ("a/b/artikel.en.txt", "en", true), ("artikel.en-GB.txt", "en", true),
        ("artikel.EN.txt", "en", true), ("artikel.en.txt", "en-US", true), ("artikel.translated.txt", "en", true),
        ("artikel.translated.txt", "", true), ("artikel.de.txt", "de", true),
        ("artikel.txt", "en", false), ("artikel.de.txt", "en", false), ("artikel.en.md", "en", false),
        ("en.txt", "en", false), (".en.txt", "en", false), ("berita.english.txt", "en", false),
        ("artikel.en.txt", "", false), ("artikel.en.txt.bak", "en", false),
    ])
    func reimportedArticlesAreKnownByTheirName(path: String, targetLanguage: String, reimported: Bool) {
        #expect(BatchRun.isReimportedArticle(path, targetLanguage: targetLanguage) == reimported)
    }

    /// The name is Reimport's own: what it writes for an XLIFF is recognised.
    @Test(arguments: ["artikel.xlf", "artikel.en.xlf", "x/artikel.final.xlf"])
    func whatReimportWritesIsRecognised(xliff: String) {
        #expect(
            BatchRun.isReimportedArticle(Reimport.defaultOutput(for: xliff, targetLanguage: "en"), targetLanguage: "en")
        )
    }

    /// Left out before sharding, each shard names those of its own share.
    @Test func eachShardLeavesOutItsShareOfThem() throws {
        let jobs = (0..<40).flatMap { n in
            ["berita\(n).txt", "berita\(n).en.txt"].map {
                BatchRun.Job(input: "in/\($0)", relativePath: $0, output: "out/\($0).xlf")
            }
        }
        let batch = BatchRun(
            pipeline: try ArticlePipeline(definition: .plainText), options: ExtractionOptions(), jobs: 1)
        let whole = batch.share(of: jobs, shard: nil)
        #expect(whole.articles.count == 40)
        #expect(whole.ownOutputs.count == 40)
        let shards = try (1...3).map { batch.share(of: jobs, shard: try BatchShard($0, of: 3)) }
        #expect(shards.map(\.articles.count).reduce(0, +) == 40)
        #expect(Set(shards.flatMap(\.ownOutputs).map(\.input)) == Set(whole.ownOutputs.map(\.input)))
    }
}
