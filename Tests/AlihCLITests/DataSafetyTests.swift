import AlihTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What must survive concurrent and interrupted runs: the translation memory and output files.
@Suite struct DataSafetyTests {
    let folder: URL

    init() throws { folder = try AlihProcess.temporaryFolder() }

    /// Eight articles' translations, each its own XLIFF, for concurrent reimports.
    func translatedFiles(_ count: Int) throws -> [URL] {
        let example = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        return try (0..<count).map { n in
            let article = folder.appendingPathComponent("artikel\(n).txt")
            try example.replacingOccurrences(of: "Varesta", with: "Varesta\(n)").write(to: article, atomically: true, encoding: .utf8)
            let xliff = folder.appendingPathComponent("artikel\(n).xlf")
            #expect(try AlihProcess.run(["extract", article.path, "--xliff", "1.2", "--prefill-targets", "-o", xliff.path, "-q"]).status == 0)
            let translated = try String(contentsOf: xliff, encoding: .utf8)
                .replacingOccurrences(of: #"<target state="needs-translation">"#, with: #"<target state="needs-translation">EN \#(n): "#)
            try translated.write(to: xliff, atomically: true, encoding: .utf8)
            return xliff
        }
    }

    /// The memory's pair count and SQLite integrity check, from `alih tm check`.
    func memoryCount(_ memory: String) throws -> (count: Int, integrity: String) {
        let check = try AlihProcess.run(["tm", "check", memory]).stdout
        let words = check.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," })
        let count = words.firstIndex(of: "pairs").flatMap { Int(words[$0 - 1]) } ?? -1
        return (count, words.last.map(String.init) ?? "")
    }

    /// Eight reimports at once into one memory: every pair is there exactly once.
    @Test func concurrentReimportsKeepEveryPairOnce() async throws {
        let files = try translatedFiles(8)
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for file in files {
                group.addTask {
                    try AlihProcess.run(["reimport", file.path, "--tm", memory, "-o", file.path + ".txt", "-q"]).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 0, count: 8))
        let (count, integrity) = try memoryCount(memory)
        // 37 segments per article; the titles and lines that do not mention Varesta repeat
        // across articles with different translations (EN n:), so every pair is distinct.
        #expect(count == 8 * 37)
        #expect(integrity == "ok")
        // Reimporting all again adds nothing.
        for file in files { #expect(try AlihProcess.run(["reimport", file.path, "--tm", memory, "-o", file.path + ".txt", "-q"]).status == 0) }
        #expect(try memoryCount(memory).count == 8 * 37)
    }

    /// An import killed with SIGKILL leaves a sound memory, and running it again completes it.
    @Test func aKilledImportLeavesASoundMemory() throws {
        // A large TMX: many distinct pairs.
        var tmx = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>"#
        for n in 0..<40_000 {
            tmx += "<tu><tuv xml:lang=\"id\"><seg>Kalimat nomor \(n) tentang harga beras.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence number \(n) about rice prices.</seg></tuv></tu>"
        }
        tmx += "</body></tmx>"
        let file = folder.appendingPathComponent("big.tmx")
        try tmx.write(to: file, atomically: true, encoding: .utf8)
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let process = Process()
        process.executableURL = AlihProcess.binary
        process.arguments = ["tm", "import", file.path, "--tm", memory]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once the memory exists (it is being written), or after 10 s at the latest.
        for _ in 0..<1_000 where !FileManager.default.fileExists(atPath: memory + "-wal") && process.isRunning { usleep(10_000) }
        usleep(50_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Killed before the memory was even created: nothing to check. Otherwise it must be sound,
        // with all of the import or none of it (one transaction).
        if FileManager.default.fileExists(atPath: memory) {
            let interrupted = try memoryCount(memory)
            #expect(interrupted.integrity == "ok")
            #expect(interrupted.count == 0 || interrupted.count == 40_000)
        }
        #expect(try AlihProcess.run(["tm", "import", file.path, "--tm", memory]).status == 0)
        #expect(try memoryCount(memory) == (40_000, "ok"))
    }

    /// An extraction killed while writing leaves the old output or a complete new one.
    @Test func aKilledWriteLeavesTheOldFileOrTheNewOne() throws {
        let corpus = folder.appendingPathComponent("corpus.txt")
        let paragraph = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        try String(repeating: paragraph + "\n", count: 400).write(to: corpus, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("corpus.xlf")
        for delay in [100_000, 300_000, 600_000, 1_000_000] as [UInt32] {
            try Data("OLD".utf8).write(to: output)
            let process = Process()
            process.executableURL = AlihProcess.binary
            process.arguments = ["extract", corpus.path, "-o", output.path, "-q"]
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try String(contentsOf: output, encoding: .utf8)
            #expect(now == "OLD" || (now.hasPrefix("<?xml") && now.hasSuffix("</xliff>\n")), "half-written output after \(delay) µs")
        }
    }
}
