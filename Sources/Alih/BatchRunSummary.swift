import Foundation

extension BatchRun {
    /// The totals of a run and what happened to each file: the end-of-run summary and JSON
    /// report of `alih run`.
    public struct Summary: JobReport, Sendable, Equatable {
        public var files: Int
        public var extracted: Int
        public var skipped: Int
        public var failed: Int
        public var segments: Int
        public var words: Int
        public var boilerplateUnits: Int
        public var glossaryTerms: Int
        public var megabytes: Double
        public var seconds: Double
        public var results: [FileResult]

        public init(results: [FileResult], seconds: Double) {
            files = results.count
            extracted = results.count { $0.status == .extracted }
            skipped = results.count { $0.status == .skipped }
            failed = results.count { $0.status == .failed }
            segments = results.reduce(0) { $0 + $1.segments }
            words = results.reduce(0) { $0 + $1.words }
            boilerplateUnits = results.reduce(0) { $0 + $1.boilerplateUnits }
            glossaryTerms = results.reduce(0) { $0 + $1.terms }
            megabytes = Double(results.reduce(0) { $0 + $1.bytes }) / 1e6
            self.seconds = seconds
            self.results = results
        }

        /// A line for each file that failed: the input and why.
        public var failures: [String] {
            results.filter { $0.status == .failed }.map { "\($0.input): failed: \($0.error ?? "unknown error")" }
        }

        /// One line: files by outcome, totals, and the speed.
        public var summary: String {
            "\(files) files: \(extracted) extracted, \(skipped) skipped, \(failed) failed; \(segments) segments, \(words) words, "
                + "\(boilerplateUnits) boilerplate units, \(glossaryTerms) glossary terms; "
                + String(
                    format: "%.1f MB in %.1f s (%.1f MB/s)", megabytes, seconds, seconds > 0 ? megabytes / seconds : 0)
        }
    }

    /// Runs `jobs` (only those of `shard`, when given) into `outputFolder` (created when
    /// missing) and records the inputs now up to date there for the next incremental run; with
    /// `incremental`, inputs unchanged since the last run with the same configuration are
    /// skipped. `progress` as for `run(_:previous:progress:)`. Refuses, before writing anything,
    /// jobs whose outputs clash (`requireDistinctOutputs(_:)`, checked over all the jobs, so that
    /// every shard refuses alike).
    public func run(
        _ jobs: [Job], recordingIn outputFolder: String, incremental: Bool, shard: BatchShard? = nil,
        progress: @Sendable (FileResult, Int) -> Void = { _, _ in }
    ) throws -> Summary {
        try Self.requireDistinctOutputs(jobs)
        let jobs = shard?.jobs(jobs) ?? jobs
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let previous =
            incremental
            ? BatchRecord.inputs(in: outputFolder, configurationChecksum: configurationChecksum, shard: shard) : [:]
        let started = DispatchTime.now().uptimeNanoseconds
        let results = run(jobs, previous: previous, progress: progress)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        try BatchRecord(configurationChecksum: configurationChecksum, jobs: jobs, results: results)
            .write(in: outputFolder, shard: shard)
        return Summary(results: results, seconds: seconds)
    }
}
