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
        let one = spawn(alih, ["tm", "import", inputs[16], "--tm", url])
        let start = now()
        DispatchQueue.concurrentPerform(iterations: 16) { worker in
            _ = spawn(alih, ["tm", "import", inputs[worker], "--tm", url])
        }
        let sixteen = now() - start
        let single = 2_000 / one.seconds
        let together = 16 * 2_000 / sixteen
        result.rows.append(Row(name: "tm import 2,000 new, PostgreSQL, 1", value: single, unit: "pairs/s"))
        result.rows.append(
            Row(
                name: "tm import 2,000 new, PostgreSQL, 16", value: together, unit: "pairs/s",
                note: String(format: "%.2f × one", together / single)))
        result.concurrency = together / single
        return result
    }
}
