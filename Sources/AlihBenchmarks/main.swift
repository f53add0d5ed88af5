import Alih
import Foundation

// alih-bench: throughput figures of Alih's stages, as a table or JSON (--json).
//
//   swift run -c release alih-bench [--corpus FILE] [--megabytes N] [--runs N] [--json]
//
// The corpus is the seed article from ../shared/seeds repeated to N MB (default 5), or the
// shipped example when ../shared is absent, or --corpus FILE. Figures are MB/s of UTF-8 input,
// median of --runs runs (default 5). Glossary matching is timed with generated glossaries of
// 100, 10,000 and 100,000 entries (the shipped glossary's terms plus generated Indonesian-like
// terms) to show that glossary size does not drive matching cost.

struct Options {
    var corpus: String?
    var megabytes = 5
    var runs = 5
    var json = false

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--corpus": corpus = rest.popFirst()
            case "--megabytes": megabytes = rest.popFirst().flatMap(Int.init) ?? megabytes
            case "--runs": runs = rest.popFirst().flatMap(Int.init) ?? runs
            case "--json": json = true
            default:
                FileHandle.standardError.write(Data("usage: alih-bench [--corpus FILE] [--megabytes N] [--runs N] [--json]\n".utf8))
                exit(2)
            }
        }
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let options = Options(CommandLine.arguments)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let seed = root.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_2865268e7effa7b6.txt")
let source = options.corpus.map { URL(fileURLWithPath: $0) }
    ?? (FileManager.default.fileExists(atPath: seed.path) ? seed : root.appendingPathComponent("Examples/berita-contoh.txt"))
let article = try String(contentsOf: source, encoding: .utf8)
var corpus = ""
if options.corpus == nil {
    // Like ../shared/bench/make-corpus.sh: paragraphs repeated, joined by a blank line.
    let paragraphs = article.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    while corpus.utf8.count < options.megabytes * 1_000_000 {
        for paragraph in paragraphs { corpus += paragraph + "\n\n" }
    }
} else {
    corpus = article
}
let megabytes = Double(corpus.utf8.count) / 1e6
var rows: [(name: String, value: Double, unit: String)] = []

// The document the glossary stage works on: normalized, split, segmented once.
let pipeline = try ArticlePipeline(definition: .newsArticle)
var baseDocument = try pipeline.process(Array(corpus.utf8), name: "corpus.txt").0

// Glossaries of three sizes sharing the shipped terms.
let shipped = try GlossaryFile.read(path: root.appendingPathComponent("Glossaries/id-en-news.tsv").path).0
let syllables = ["ba", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "ga", "bi", "ki", "li", "mi", "ni", "pi", "ri", "si", "ti",
                 "bu", "ku", "lu", "mu", "nu", "pu", "ru", "su", "tu", "be", "ke", "le", "me", "ne", "pe", "re", "se", "te", "ngan", "rang", "tan"]
func generatedTerm(_ n: Int) -> String {
    var state = UInt64(n) &* 0x9E3779B97F4A7C15
    func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
    let words = 1 + next() % 3
    return (0..<words).map { _ in (0..<(2 + next() % 2)).map { _ in syllables[next() % syllables.count] }.joined() + "x" }.joined(separator: " ")
}
func glossary(size: Int) -> Glossary {
    var entries = Array(shipped.entries.prefix(min(size, 100)))
    var n = 0
    while entries.count < size {
        entries.append(GlossaryEntry(id: "g\(n)", source: generatedTerm(n), translations: [GlossaryTranslation("t\(n)")]))
        n += 1
    }
    return Glossary(name: "generated-\(size)", entries: entries)
}

let lemmatizer = try IndonesianLemmatizer.installed()
var matchTimes: [Int: Double] = [:]
for size in [100, 10_000, 100_000] {
    let terms = glossary(size: size)
    var matcher: GlossaryMatcher? = nil
    let compile = try seconds { matcher = try GlossaryMatcher(glossary: terms, lemmatizer: lemmatizer) }
    let stage = TermRecognizer(matcher: matcher!)
    var times: [Double] = []
    for _ in 0..<options.runs {
        var document = baseDocument
        var diagnostics: [Diagnostic] = []
        times.append(try seconds { try stage.run(on: &document, diagnostics: &diagnostics) })
    }
    matchTimes[size] = median(times)
    rows.append(("glossary match, \(size) entries", megabytes / median(times), "MB/s"))
    rows.append(("glossary compile, \(size) entries", compile, "s"))
}
rows.append(("glossary 100,000 / 100 entries, time ratio", matchTimes[100_000]! / matchTimes[100]!, "×"))

if options.json {
    let object = ["corpus_megabytes": megabytes, "runs": Double(options.runs)].merging(
        Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.value) }), uniquingKeysWith: { a, _ in a })
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} else {
    print(String(format: "corpus: %.1f MB (%@), median of %d runs", megabytes, source.lastPathComponent, options.runs))
    for row in rows {
        print(row.name.padding(toLength: 46, withPad: " ", startingAt: 0) + String(format: "%10.3f %@", row.value, row.unit))
    }
}
