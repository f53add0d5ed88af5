import Alih
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// alih-bench: Alih's throughput next to the physical limits of what it stands on.
//
//   swift run -c release alih-bench [--megabytes N] [--runs N] [--files N] [--corpus FILE] [--xliff FILE] [--only SECTION,…] [--json]
//
// --only runs some sections (stages, glossary, reimport, batch, cli), e.g. while profiling one.
//
// The corpus is the seed article from ../shared/seeds repeated to N MB (default 50, like
// ../shared/bench/make-corpus.sh), or the shipped example when ../shared is absent. Figures are
// MB/s of UTF-8 input, median of --runs runs (default 5). In the same run it compiles and runs
// ICU's own C sentence and word breaking (../shared/bench/icu_limit.c) and `xmllint --stream`,
// and prints Alih's figures as ratios to them, with the targets.

struct Options {
    var corpus: String?
    var megabytes = 50
    var runs = 5
    var files = 2_000
    var json = false
    /// An XLIFF to reimport instead of the one extracted from the corpus (for profiling).
    var xliff: String?
    /// Sections to run (all when empty): stages, glossary, reimport, batch, cli.
    var only: Set<String> = []

    func wants(_ section: String) -> Bool { only.isEmpty || only.contains(section) }

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--corpus": corpus = rest.popFirst()
            case "--megabytes": megabytes = rest.popFirst().flatMap(Int.init) ?? megabytes
            case "--runs": runs = max(1, rest.popFirst().flatMap(Int.init) ?? runs)
            case "--files": files = rest.popFirst().flatMap(Int.init) ?? files
            case "--json": json = true
            case "--xliff": xliff = rest.popFirst()
            case "--only": only.formUnion((rest.popFirst() ?? "").split(separator: ",").map(String.init))
            default:
                FileHandle.standardError.write(Data("usage: alih-bench [--megabytes N] [--runs N] [--files N] [--corpus FILE] [--xliff FILE] [--only SECTION,…] [--json]\n".utf8))
                exit(2)
            }
        }
    }
}

struct Row {
    var name: String
    var value: Double
    var unit: String
    var note: String = ""
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Median seconds of `runs` runs of `body`.
func time(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        try body()
        times.append(now() - start)
    }
    return median(times)
}

/// Runs a program; returns its wall time, peak RSS in MB and standard output.
func spawn(_ path: String, _ arguments: [String]) -> (seconds: Double, peakMB: Double, output: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    let start = now()
    do { try process.run() } catch { return (0, 0, "", -1) }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let seconds = now() - start
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return (seconds, Double(usage.ru_maxrss) / 1024, output, process.terminationStatus)
}

let options = Options(CommandLine.arguments)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
let seed = shared.appendingPathComponent("seeds/000_2865268e7effa7b6.txt")
let source = options.corpus.map { URL(fileURLWithPath: $0) }
    ?? (FileManager.default.fileExists(atPath: seed.path) ? seed : root.appendingPathComponent("Examples/berita-contoh.txt"))
let article = try String(contentsOf: source, encoding: .utf8)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("alih-bench-\(getpid())")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

var corpus = ""
if options.corpus == nil {
    let paragraphs = article.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    while corpus.utf8.count < options.megabytes * 1_000_000 {
        for paragraph in paragraphs { corpus += paragraph + "\n\n" }
    }
} else {
    corpus = article
}
let corpusFile = work.appendingPathComponent("corpus.txt")
try corpus.write(to: corpusFile, atomically: true, encoding: .utf8)
let megabytes = Double(corpus.utf8.count) / 1e6
let bytes = Array(corpus.utf8)
var rows: [Row] = []
func rate(_ seconds: Double) -> Double { megabytes / seconds }

let pipeline = try ArticlePipeline(definition: .newsArticle)
var extractRate: Double?
var glossaryRatio: Double?
var reimportRate: Double?, xmllintRate: Double?
var oneWorker: Double?, twoWorkers: Double?
var seedWall: Double? = nil, peakRSS: Double? = nil

// Stages on the corpus.
if options.wants("stages") {
let normalizer = TextNormalizer(options: PipelineDefinition.newsArticle.normalization)
let normalizeTime = try time(options.runs) { _ = try normalizer.normalize(corpus) }
rows.append(Row(name: "normalize", value: rate(normalizeTime), unit: "MB/s"))

var plain = Document(sourceName: "corpus.txt", text: try normalizer.normalize(corpus).0)
var diagnostics: [Diagnostic] = []
try ParagraphSplitter().run(on: &plain, diagnostics: &diagnostics)
let segmenter = try SentenceSegmenter(options: PipelineDefinition.newsArticle.segmentation)
let segmentTime = try time(options.runs) {
    var document = plain
    try segmenter.run(on: &document, diagnostics: &diagnostics)
}
rows.append(Row(name: "segment (ICU + Indonesian rules)", value: rate(segmentTime), unit: "MB/s"))

let (processed, _) = try pipeline.process(bytes, name: "corpus.txt")
let writer = XLIFF2Writer(options: XLIFFWriterOptions(
    sourceLanguage: "id", targetLanguage: "en",
    record: ExtractionRecord(toolVersion: AlihVersion.current, pipelineName: "news-article", pipelineVersion: 1, pipelineChecksum: "",
                             sourceChecksum: "", sourceEncoding: .utf8, sourceHadByteOrderMark: false, sourceLanguage: "id",
                             targetLanguage: "en", droppedBoilerplate: false)))
// The XLIFF is streamed as `alih extract` streams it to its file; here the pieces are counted
// and dropped, so the figures are Alih's work, not the disk's.
var written = 0
let writeTime = try time(options.runs) { try writer.write(processed, toUTF8: { written += $0.count }) }
rows.append(Row(name: "XLIFF 2.1 write (streamed)", value: rate(writeTime), unit: "MB/s"))

let extractTime = try time(options.runs) {
    _ = try pipeline.extract(bytes, name: "corpus.txt", options: ExtractionOptions(), writingUTF8To: { written += $0.count })
}
extractRate = rate(extractTime)
rows.append(Row(name: "extract, whole path (streamed)", value: rate(extractTime), unit: "MB/s"))
}

// Glossary matching: size must not drive cost.
if options.wants("glossary") {
let (processed, _) = try pipeline.process(bytes, name: "corpus.txt")
var diagnostics: [Diagnostic] = []
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
    let compileStart = now()
    let matcher = try GlossaryMatcher(glossary: glossary(size: size), lemmatizer: lemmatizer)
    let compile = now() - compileStart
    let stage = TermRecognizer(matcher: matcher)
    matchTimes[size] = try time(options.runs) {
        var document = processed
        try stage.run(on: &document, diagnostics: &diagnostics)
    }
    rows.append(Row(name: "glossary match, \(size) entries", value: rate(matchTimes[size]!), unit: "MB/s",
                    note: String(format: "compiled in %.2f s", compile)))
}
glossaryRatio = matchTimes[100_000]! / matchTimes[100]!
}

// Reimport of a large XLIFF (targets prefilled), against xmllint --stream on the same file.
if options.wants("reimport") {
let bigXLIFF = options.xliff.map { URL(fileURLWithPath: $0) } ?? work.appendingPathComponent("big.xlf")
if options.xliff == nil {
    let big = try pipeline.extract(bytes, name: "corpus.txt", options: ExtractionOptions(prefillTargets: true)).xliff
    try big.write(to: bigXLIFF, atomically: true, encoding: .utf8)
}
let xliffMB = Double((try FileManager.default.attributesOfItem(atPath: bigXLIFF.path)[.size] as? Int) ?? 0) / 1e6
// Alih and xmllint take turns, run after run, so that a slow spell of the machine falls on
// both rather than on one of them.
let hasXmllint = FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")
var reimportTimes: [Double] = [], xmllintTimes: [Double] = []
for _ in 0..<options.runs {
    let start = now()
    let document = try XLIFFReader().read(path: bigXLIFF.path)
    _ = ArticleMerger(boilerplate: .keep).merge(document, file: "big.xlf")
    reimportTimes.append(now() - start)
    if hasXmllint { xmllintTimes.append(spawn("/usr/bin/xmllint", ["--stream", "--noout", bigXLIFF.path]).seconds) }
}
reimportRate = xliffMB / median(reimportTimes)
rows.append(Row(name: "reimport (read + check + merge)", value: reimportRate!, unit: "MB/s of XLIFF",
                note: String(format: "%.0f MB XLIFF", xliffMB)))
// What `alih reimport` adds by default: the QA checks of `alih check` (no glossary).
let translated = try XLIFFReader().read(path: bigXLIFF.path)
let qaTime = try time(1) { _ = try QualityChecker(disabled: ["untranslated"]).check(translated) }
rows.append(Row(name: "QA checks (alih check, no glossary)", value: xliffMB / qaTime, unit: "MB/s of XLIFF"))
if hasXmllint {
    xmllintRate = xliffMB / median(xmllintTimes)
    rows.append(Row(name: "xmllint --stream (limit)", value: xmllintRate!, unit: "MB/s of XLIFF"))
}
}

// ICU's own limits on the same corpus.
var icuSentence: Double? = nil, icuWord: Double? = nil
let icuSource = shared.appendingPathComponent("bench/icu_limit.c")
let icuBinary = work.appendingPathComponent("icu_limit")
if options.wants("stages"), FileManager.default.fileExists(atPath: icuSource.path) {
    let flags = spawn("/usr/bin/pkg-config", ["--cflags", "--libs", "icu-uc", "icu-i18n"]).output.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
    let built = spawn("/usr/bin/gcc", ["-O2", "-o", icuBinary.path, icuSource.path] + flags.filter { !$0.isEmpty })
    if built.status == 0 {
        let output = spawn(icuBinary.path, ["bench", corpusFile.path, String(options.runs)]).output
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 6, let value = Double(fields[fields.count - 2]) else { continue }
            if line.hasPrefix("(c) ubrk SENTENCE id") { icuSentence = value }
            if line.hasPrefix("(d) ubrk WORD id +status") { icuWord = value }
        }
    }
}
if let icuSentence, let icuWord {
    rows.append(Row(name: "ICU sentence breaking (limit)", value: icuSentence, unit: "MB/s"))
    rows.append(Row(name: "ICU word breaking (limit)", value: icuWord, unit: "MB/s"))
}

// Batch: article-sized files, one worker against two.
if options.wants("batch") {
// Twice: in memory (/dev/shm) where there is one, for Alih's own scaling, and on the disk the
// work folder is on, where every output file is flushed (fsync) and the file system's journal
// takes its share. The target is judged on the first, as the one-article figure is on /dev/null.
let shm = URL(fileURLWithPath: "/dev/shm")
let places: [(name: String, folder: URL)] = (FileManager.default.isWritableFile(atPath: shm.path)
    ? [("in memory", shm.appendingPathComponent("alih-bench-\(getpid())"))] : []) + [("on disk", work.appendingPathComponent("batch"))]
defer { for place in places where place.name == "in memory" { try? FileManager.default.removeItem(at: place.folder) } }
for place in places {
    let batchIn = place.folder.appendingPathComponent("articles")
    let outOne = place.folder.appendingPathComponent("out1"), outTwo = place.folder.appendingPathComponent("out2")
    try FileManager.default.createDirectory(at: batchIn, withIntermediateDirectories: true)
    for n in 0..<options.files {
        try article.replacingOccurrences(of: "Rusia", with: "Rusia\(n % 97)").write(
            to: batchIn.appendingPathComponent(String(format: "%05d.txt", n)), atomically: false, encoding: .utf8)
    }
    let batchJobs = try BatchRun.jobs(for: [batchIn.path], extensions: [".txt"], outputFolder: outOne.path)
    let batchJobsTwo = try BatchRun.jobs(for: [batchIn.path], extensions: [".txt"], outputFolder: outTwo.path)
    // One worker and two take turns, each into an emptied output folder (removed outside the
    // timing), --runs times; the medians are compared.
    var oneTimes: [Double] = [], twoTimes: [Double] = []
    for _ in 0..<options.runs {
        for (jobs, batch, output) in [(1, batchJobs, outOne), (2, batchJobsTwo, outTwo)] {
            try? FileManager.default.removeItem(at: output)
            let start = now()
            _ = BatchRun(pipeline: pipeline, options: ExtractionOptions(), jobs: jobs).run(batch)
            (jobs == 1 ? { oneTimes.append(now() - start) } : { twoTimes.append(now() - start) })()
        }
    }
    if oneWorker == nil {
        oneWorker = median(oneTimes)
        twoWorkers = median(twoTimes)
    }
    rows.append(Row(name: "run, \(options.files) files, --jobs 1, \(place.name)", value: Double(options.files) / median(oneTimes), unit: "files/s"))
    rows.append(Row(name: "run, \(options.files) files, --jobs 2, \(place.name)", value: Double(options.files) / median(twoTimes), unit: "files/s",
                    note: String(format: "%.2f × --jobs 1", median(oneTimes) / median(twoTimes))))
}
}

// The CLI on the seed article, and the big corpus for peak memory.
let cli = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("alih").path
if options.wants("cli"), FileManager.default.isExecutableFile(atPath: cli) {
    // Written to /dev/null: the figure is Alih's work, not the disk's fsync latency.
    // Foundation's Process start-up is measured alone and taken off (it is not Alih's).
    // The two take turns, so that a slow spell of process start-up falls on both.
    var launches: [Double] = [], walls: [Double] = []
    for _ in 0..<max(5, options.runs) {
        launches.append(spawn("/bin/true", []).seconds)
        walls.append(spawn(cli, ["extract", source.path, "-o", "/dev/null", "-q"]).seconds)
    }
    let launch = median(launches)
    seedWall = median(walls) - launch
    rows.append(Row(name: "alih extract, one article (wall)", value: seedWall! * 1000, unit: "ms",
                    note: String(format: "process launch %.0f ms taken off", launch * 1000)))
    // Peak RSS of that one process, as GNU time reports it.
    let timed = Process()
    timed.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    timed.arguments = ["-f", "%M", cli, "extract", corpusFile.path, "-o", work.appendingPathComponent("corpus.xlf").path, "-q"]
    let errors = Pipe()
    timed.standardError = errors
    timed.standardOutput = FileHandle.nullDevice
    if (try? timed.run()) != nil {
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        timed.waitUntilExit()
        peakRSS = report.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { $0 / 1024 }
    }
}
if let peakRSS {
    rows.append(Row(name: "alih extract, corpus, peak RSS", value: peakRSS, unit: "MB", note: String(format: "input %.0f MB", megabytes)))
}

// Ratios and targets.
struct Target {
    var name: String
    var value: Double?
    var goal: String
    var met: Bool?
}
func ratio(_ a: Double?, _ b: Double?) -> Double? { a.flatMap { a in b.map { a / $0 } } }
let iclimit = (icuSentence != nil && icuWord != nil) ? 1 / (1 / icuSentence! + 1 / icuWord!) : nil
let targets = [
    Target(name: "extract / ICU sentence+word", value: ratio(extractRate, iclimit), goal: "≥ 0.5", met: ratio(extractRate, iclimit).map { $0 >= 0.5 }),
    Target(name: "glossary 100,000 / 100 time", value: glossaryRatio, goal: "≤ 1.2", met: glossaryRatio.map { $0 <= 1.2 }),
    Target(name: "reimport / xmllint --stream", value: ratio(reimportRate, xmllintRate), goal: "≥ 0.6",
           met: ratio(reimportRate, xmllintRate).map { $0 >= 0.6 }),
    Target(name: "--jobs 2 / --jobs 1 speed", value: ratio(oneWorker, twoWorkers), goal: "≥ 1.8", met: ratio(oneWorker, twoWorkers).map { $0 >= 1.8 }),
    Target(name: "one article extract (ms)", value: seedWall.map { $0 * 1000 }, goal: "≤ 50", met: seedWall.map { $0 <= 0.05 }),
    Target(name: "peak RSS / (3 × input + 50 MB)", value: peakRSS.map { $0 / (3 * megabytes + 50) }, goal: "≤ 1", met: peakRSS.map { $0 <= 3 * megabytes + 50 }),
]

if options.json {
    var object: [String: Any] = ["corpus_megabytes": megabytes, "runs": options.runs]
    for row in rows { object[row.name] = ["value": row.value, "unit": row.unit] }
    for target in targets { object["target: " + target.name] = ["value": target.value as Any, "goal": target.goal, "met": target.met as Any] }
    let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} else {
    print(String(format: "corpus: %.1f MB (%@), median of %d runs, %d cores", megabytes, source.lastPathComponent, options.runs,
                 ProcessInfo.processInfo.activeProcessorCount))
    for row in rows {
        print(row.name.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%10.2f ", row.value)
              + row.unit.padding(toLength: 14, withPad: " ", startingAt: 0) + row.note)
    }
    print("")
    for target in targets {
        let value = target.value.map { String(format: "%.2f", $0) } ?? "n/a"
        let verdict = target.met.map { $0 ? "met" : "MISSED" } ?? "not measured"
        print(target.name.padding(toLength: 40, withPad: " ", startingAt: 0) + value.padding(toLength: 10, withPad: " ", startingAt: 0)
              + target.goal.padding(toLength: 8, withPad: " ", startingAt: 0) + verdict)
    }
}
