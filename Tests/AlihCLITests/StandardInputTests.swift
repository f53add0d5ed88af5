import AlihTestSupport
import Foundation
import Testing

/// Commands that read a file read standard input too: `-`, or a pipe such as `<(cat f)`
/// (`/dev/stdin`, `/dev/fd/N`), named `stdin` where a name is shown.
@Suite struct StandardInputTests {
    let scratch: ScratchFolder

    init() throws { scratch = try ScratchFolder("standard-input") }

    @Test func tmImportReadsTMXFromStandardInput() throws {
        defer { scratch.remove() }
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" \
            creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>\
            <body><tu><tuv xml:lang="id"><seg>Rusia setuju.</seg></tuv><tuv xml:lang="en"><seg>Russia agreed.</seg>\
            </tuv></tu></body></tmx>
            """
        let memory = scratch.path("tm.sqlite")
        let result = try AlihProcess.run(["tm", "import", "-", "--tm", memory], stdin: Data(tmx.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try AlihProcess.run(["tm", "check", memory]).stdout.contains("1 pairs"))
    }

    /// `<(cat article.txt)` is `/dev/fd/63` to the command: the article is named `stdin`, not `63`.
    @Test func coverageNamesAPipedArticleStdin() throws {
        defer { scratch.remove() }
        let (status, json) = try AlihProcess.shell(
            #""$0" coverage <(cat "$1") -g "$2" -f json -q"#,
            [TestPaths.repo("Examples/berita-contoh.txt").path, TestPaths.repo("Glossaries/id-en-news.tsv").path])
        #expect(status == 0)
        let report = try JSONSerialization.jsonObject(with: json) as? [String: Any]
        let articles = try #require(report?["articles"] as? [[String: Any]])
        #expect(articles.first?["source"] as? String == "stdin")
    }

    /// `alih run` reads pipes as extract does: one is named `stdin`, several keep their numbers.
    @Test func runReadsPipes() throws {
        defer { scratch.remove() }
        let (status, _) = try AlihProcess.shell(
            #""$0" run news-article <(cat "$1") --out "$2/one" -q && "$0" run news-article <(cat "$1") <(cat "$1") --out "$2/two" -q"#,
            [TestPaths.repo("Examples/berita-contoh.txt").path, scratch.url.path])
        #expect(status == 0)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: scratch.path("one")).filter { $0.hasSuffix(".xlf") }
                == [
                    "stdin.xlf"
                ])
        let two = try FileManager.default.contentsOfDirectory(atPath: scratch.path("two")).filter {
            $0.hasSuffix(".xlf")
        }
        #expect(two.count == 2 && !two.contains("stdin.xlf"), "\(two)")
    }
}
