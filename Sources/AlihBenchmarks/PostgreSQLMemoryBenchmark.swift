import Alih
import AlihCore
import AlihFormats
import AlihMemory
import AlihPostgreSQL
import AlihStages
import AlihTestSupport
import Foundation

/// The translation memory in both backends at team scale (`alih-bench --only postgresql`): a
/// memory of `pairs` pairs imported from TMX into an SQLite file and into a throwaway PostgreSQL
/// server (`PostgreSQLCluster`, started by `.ci/postgresql-cluster`), then exact and fuzzy lookups per segment (p50, p95), the
/// leverage of a 500-segment article with `alih extract --tm`, and sixteen concurrent imports
/// against one.
struct PostgreSQLMemoryBenchmark {
    var population: MemoryPopulation
    var pairs: Int
    /// The built `alih`.
    var cli: String
    var work: URL

    struct Result {
        var rows: [Row] = []
        /// PostgreSQL's p50 lookup time ÷ SQLite's.
        var lookupRatio: Double?
        /// Sixteen concurrent imports' pairs/s ÷ one import's.
        var concurrency: Double?
        /// The most `concurrency` can be on this machine: its cores ÷ the cores one import keeps busy.
        var concurrencyBound: Double?
    }

    mutating func run() throws -> Result {
        var result = Result()
        guard let cluster = try? PostgreSQLCluster.start() else {
            result.rows.append(Row(name: "postgresql", value: 0, unit: "", note: "not measured: no PostgreSQL server"))
            return result
        }
        defer { try? cluster.stop() }
        let url = cluster.url

        // The memory, as TMX, imported into each backend by `alih tm import` (one transaction).
        let memoryPairs = population.pairs(count: pairs)
        let tmx = work.appendingPathComponent("memory.tmx")
        try TMXFormat.write(memoryPairs, sourceLanguage: "id", toolVersion: "bench").write(
            to: tmx, atomically: true, encoding: .utf8)
        let sqlite = work.appendingPathComponent("team.sqlite").path
        let locations = [("SQLite", sqlite), ("PostgreSQL", url)]
        for (name, location) in locations {
            let imported = spawn(cli, ["tm", "import", tmx.path, "--tm", location])
            result.rows.append(
                Row(
                    name: "tm import \(pairs / 1000)k, \(name)", value: Double(pairs) / imported.seconds,
                    unit: "pairs/s", note: imported.status == 0 ? "" : "FAILED (exit \(imported.status))"))
        }

        // Lookups per segment, exact then fuzzy, as extract --tm does them.
        let queries = (0..<500).map { _ in
            population.variant(population.sentences[population.pick(population.sentences.count)], changes: 1)
        }
        var p50: [String: Double] = [:]
        for (name, location) in locations {
            let memory = try TranslationMemory.open(path: location)
            var exact: [Double] = []
            var fuzzy: [Double] = []
            for query in queries {
                var start = now()
                _ = try memory.exact(query, sourceLanguage: "id", targetLanguage: "en")
                exact.append(now() - start)
                start = now()
                _ = try memory.fuzzy(query, sourceLanguage: "id", targetLanguage: "en")
                fuzzy.append(now() - start)
            }
            exact.sort()
            fuzzy.sort()
            p50[name] = exact[exact.count / 2] + fuzzy[fuzzy.count / 2]
            for (kind, times) in [("exact", exact), ("fuzzy", fuzzy)] {
                result.rows.append(
                    Row(
                        name: "\(kind) lookup, \(name)", value: times[times.count / 2] * 1000, unit: "ms p50",
                        note: String(format: "p95 %.2f ms", times[times.count * 95 / 100] * 1000)))
            }
        }
        result.lookupRatio = p50["PostgreSQL"].flatMap { pg in p50["SQLite"].map { pg / $0 } }

        // The leverage of a 500-segment article, as a user runs it.
        let article = work.appendingPathComponent("article.txt")
        try (0..<100).map { _ in
            (0..<5).map { _ in
                population.variant(population.sentences[population.pick(population.sentences.count)], changes: 1)
            }.joined(separator: " ")
        }.joined(separator: "\n\n").write(to: article, atomically: true, encoding: .utf8)
        for (name, location) in locations {
            let extracted = spawn(cli, ["extract", article.path, "--tm", location, "-o", "/dev/null", "-q"])
            result.rows.append(
                Row(
                    name: "extract --tm, 500 segments, \(name)", value: extracted.seconds, unit: "s",
                    note: extracted.status == 0 ? "" : "FAILED (exit \(extracted.status))"))
        }

        // Sixteen imports at once (separate processes, new pairs each) against one.
        var files: [String] = []
        for worker in 0..<17 {
            let fresh = (0..<2_000).map { n in
                TranslationPair(
                    source: population.variant(
                        population.sentences[population.pick(population.sentences.count)], changes: 2)
                        + " \(worker)-\(n)",
                    target: "[en] \(worker)-\(n)", sourceLanguage: "id", targetLanguage: "en")
            }
            let file = work.appendingPathComponent("fresh-\(worker).tmx").path
            try TMXFormat.write(fresh, sourceLanguage: "id", toolVersion: "bench").write(
                toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        let (alih, inputs) = (cli, files)
        // The CPU time of the single import (the client and the server's processes together)
        // over its wall time says how many cores one import keeps busy, so how far any number of
        // imports at once can go beyond it here. Counted per process, so other work on the
        // machine does not enter it.
        let cpuBefore = ProcessCPU.childrenSeconds() + ProcessCPU.serverSeconds(folder: cluster.folder)
        let one = spawn(alih, ["tm", "import", inputs[16], "--tm", url])
        let cpuAfter = ProcessCPU.childrenSeconds() + ProcessCPU.serverSeconds(folder: cluster.folder)
        let coresUsed = (cpuAfter - cpuBefore) / one.seconds
        let (sixteen, failures) = spawnAtOnce(alih, (0..<16).map { ["tm", "import", inputs[$0], "--tm", url] })
        let single = 2_000 / one.seconds
        let together = 16 * 2_000 / sixteen
        let cores = Double(ProcessInfo.processInfo.activeProcessorCount)
        result.rows.append(
            Row(
                name: "tm import 2,000 new, PostgreSQL, 1", value: single, unit: "pairs/s",
                note: String(format: "kept %.2f of %.0f cores busy", coresUsed, cores)))
        result.rows.append(
            Row(
                name: "tm import 2,000 new, PostgreSQL, 16", value: together, unit: "pairs/s",
                note: failures > 0
                    ? "FAILED (\(failures) of 16)"
                    : String(format: "%.2f × one; at most %.2f here", together / single, cores / coresUsed)))
        result.concurrency = together / single
        result.concurrencyBound = cores / coresUsed
        return result
    }

    /// Starts a process of `path` for each of `argumentLists` before waiting for any (not
    /// `concurrentPerform`, which runs as many at once as there are cores); the seconds until
    /// the last ended, and how many failed.
    func spawnAtOnce(_ path: String, _ argumentLists: [[String]]) -> (seconds: Double, failures: Int) {
        let start = now()
        let processes = argumentLists.compactMap { arguments -> Process? in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return (try? process.run()).map { process }
        }
        for process in processes { process.waitUntilExit() }
        let failures = argumentLists.count - processes.count + processes.filter { $0.terminationStatus != 0 }.count
        return (now() - start, failures)
    }
}

/// CPU time of processes, from `getrusage` and `/proc`.
enum ProcessCPU {
    /// User + system seconds of this process's ended and waited-for children.
    static func childrenSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// User + system seconds of a PostgreSQL server started in `folder` (`.ci/postgresql-cluster`):
    /// the postmaster's own and its ended backends' (which it waited for), plus its live children's.
    static func serverSeconds(folder: String) -> Double {
        guard let pidFile = try? String(contentsOfFile: folder + "/data/postmaster.pid", encoding: .utf8),
            let postmaster = pidFile.split(separator: "\n").first.flatMap({ Int($0) })
        else { return .nan }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        var total = 0.0
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int(entry), let fields = statFields(pid) else { continue }
            // After the command's closing parenthesis: state is field 3, ppid 4, utime 14, stime 15,
            // cutime 16, cstime 17 (counted from 1).
            if pid == postmaster {
                total += (fields[11] + fields[12] + fields[13] + fields[14]) / ticks
            } else if Int(fields[1]) == postmaster {
                total += (fields[11] + fields[12]) / ticks
            }
        }
        return total
    }

    /// The numeric fields of `/proc/PID/stat` after the command name, from the state on
    /// (the state itself as 0).
    private static func statFields(_ pid: Int) -> [Double]? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ").map { Double($0) ?? 0 }
        return fields.count > 15 ? fields : nil
    }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}
