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
            try example.replacingOccurrences(of: "Varesta", with: "Varesta\(n)").write(
                to: article, atomically: true, encoding: .utf8)
            let xliff = folder.appendingPathComponent("artikel\(n).xlf")
            #expect(
                try AlihProcess.run([
                    "extract", article.path, "--xliff", "1.2", "--prefill-targets", "-o", xliff.path, "-q",
                ]).status == 0)
            let translated = try String(contentsOf: xliff, encoding: .utf8)
                .replacingOccurrences(
                    of: #"<target state="needs-translation">"#, with: #"<target state="needs-translation">EN \#(n): "#)
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
        let results = try await withThrowingTaskGroup(of: AlihProcess.Result.self) { group in
            for file in files {
                group.addTask {
                    try AlihProcess.run(["reimport", file.path, "--tm", memory, "-o", file.path + ".txt", "-q"])
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let statuses = results.map(\.status)
        #expect(
            statuses == Array(repeating: 0, count: 8), "\(results.filter { $0.status != 0 }.map(\.stderr))")
        let (count, integrity) = try memoryCount(memory)
        // 37 segments per article; the titles and lines that do not mention Varesta repeat
        // across articles with different translations (EN n:), so every pair is distinct.
        #expect(count == 8 * 37)
        #expect(integrity == "ok")
        // Reimporting all again adds nothing.
        for file in files {
            #expect(
                try AlihProcess.run(["reimport", file.path, "--tm", memory, "-o", file.path + ".txt", "-q"]).status == 0
            )
        }
        #expect(try memoryCount(memory).count == 8 * 37)
    }

    /// The size of the file at `path`, or nil when there is none.
    static func size(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Polls the file system until `reached` holds or `process` has ended; whether it held
    /// (with the process still running, so a kill now interrupts it there).
    static func wait(until reached: () -> Bool, whileRunning process: Process) -> Bool {
        while process.isRunning {
            if reached() { return true }
            usleep(200)
        }
        return false
    }

    /// Kills `process` with SIGKILL and waits for it; whether the signal is what ended it.
    static func kill(_ process: Process) -> Bool {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    /// Where an import into a memory of 0 pairs is killed, told by the memory's files.
    enum ImportStage: String, CaseIterable, CustomTestStringConvertible {
        /// The memory is open (its WAL exists) and the pairs are being stored in one transaction.
        case storing
        /// The transaction's commit is being written to the WAL (more than 1 MB of it).
        case committing
        /// The commit is being copied into the database file (checkpoint: more than 1 MB of it).
        case checkpointing

        var testDescription: String { rawValue }

        func isReached(memory: String) -> Bool {
            switch self {
            case .storing: DataSafetyTests.size(memory + "-wal") != nil
            case .committing: (DataSafetyTests.size(memory + "-wal") ?? 0) > 1 << 20
            case .checkpointing: (DataSafetyTests.size(memory) ?? 0) > 1 << 20
            }
        }
    }

    /// An import killed with SIGKILL while storing, committing or checkpointing leaves a sound
    /// memory with all of the import or none of it, and running it again completes it.
    @Test(arguments: ImportStage.allCases)
    func aKilledImportLeavesASoundMemory(at stage: ImportStage) throws {
        // A large TMX: many distinct pairs.
        var tmx =
            #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>"#
        let empty = tmx + "</body></tmx>"
        for n in 0..<40_000 {
            tmx +=
                "<tu><tuv xml:lang=\"id\"><seg>Kalimat nomor \(n) tentang harga beras.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence number \(n) about rice prices.</seg></tuv></tu>"
        }
        tmx += "</body></tmx>"
        let file = folder.appendingPathComponent("big.tmx")
        try tmx.write(to: file, atomically: true, encoding: .utf8)
        // The memory exists beforehand (empty), so that its files change only with the import.
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let emptyFile = folder.appendingPathComponent("empty.tmx")
        try empty.write(to: emptyFile, atomically: true, encoding: .utf8)
        #expect(try AlihProcess.run(["tm", "import", emptyFile.path, "--tm", memory]).status == 0)
        #expect(try memoryCount(memory) == (0, "ok"))
        #expect(Self.size(memory + "-wal") == nil)

        let process = Process()
        process.executableURL = AlihProcess.binary
        process.arguments = ["tm", "import", file.path, "--tm", memory]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let reached = Self.wait(until: { stage.isReached(memory: memory) }, whileRunning: process)
        #expect(Self.kill(process) && reached, "the import ended before it was \(stage)")
        let interrupted = try memoryCount(memory)
        #expect(interrupted.integrity == "ok")
        switch stage {
        case .storing: #expect(interrupted.count == 0)
        case .committing: #expect(interrupted.count == 0 || interrupted.count == 40_000)
        case .checkpointing: #expect(interrupted.count == 40_000)
        }
        #expect(try AlihProcess.run(["tm", "import", file.path, "--tm", memory]).status == 0)
        #expect(try memoryCount(memory) == (40_000, "ok"))
    }

    /// An extraction killed while writing leaves the old output, never a part of the new one.
    ///
    /// The kill comes when the temporary file the output is written to exists, and when it
    /// holds a quarter, half and three quarters of the complete output's bytes.
    @Test func aKilledWriteLeavesTheOldFileOrTheNewOne() throws {
        let corpus = folder.appendingPathComponent("corpus.txt")
        let paragraph = try String(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"), encoding: .utf8)
        try String(repeating: paragraph + "\n", count: 400).write(to: corpus, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("corpus.xlf")
        #expect(try AlihProcess.run(["extract", corpus.path, "-o", output.path, "-q"]).status == 0)
        let complete = try #require(Self.size(output.path))
        /// The temporary files next to the output (`.corpus.xlf.alih-*`), with their sizes.
        func temporaryFiles() throws -> [(path: String, size: Int)] {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0.hasPrefix(".corpus.xlf.alih-")
            }.compactMap { name in
                let path = folder.appendingPathComponent(name).path
                return Self.size(path).map { (path, $0) }
            }
        }
        for written in [0, complete / 4, complete / 2, complete * 3 / 4] {
            try Data("OLD".utf8).write(to: output)
            for leftover in try temporaryFiles() { try FileManager.default.removeItem(atPath: leftover.path) }
            let process = Process()
            process.executableURL = AlihProcess.binary
            process.arguments = ["extract", corpus.path, "-o", output.path, "-q"]
            try process.run()
            let reached = Self.wait(
                until: { (try? temporaryFiles())?.contains { $0.size >= written } == true }, whileRunning: process)
            #expect(
                Self.kill(process) && reached, "the extraction ended before writing \(written) of \(complete) bytes")
            let now = try String(contentsOf: output, encoding: .utf8)
            #expect(
                now == "OLD" || (now.hasPrefix("<?xml") && now.hasSuffix("</xliff>\n")),
                "half-written output after \(written) bytes")
            // Killed mid-write: the new output never replaced the old one, and its temporary file is left.
            #expect(now == "OLD")
            #expect(try temporaryFiles().count == 1)
        }
    }
}
