import AlihFormats
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
        /// Inputs left out as Alih's own outputs (articles `alih reimport` wrote).
        public var ownOutputsLeftOut: [String] = []
        /// Temporary files of an interrupted run removed from the output folders.
        public var staleTemporariesRemoved = 0

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

        /// A line with the files by outcome, totals, and the speed; then a line for the inputs
        /// left out as Alih's own outputs (the first `listed` named) and one for the temporary
        /// files removed, when there are.
        public var summary: String {
            var text =
                "\(counted(files, "file")): \(extracted) extracted, \(skipped) skipped, \(failed) failed; "
                + "\(counted(segments, "segment")), \(counted(words, "word")), "
                + "\(counted(boilerplateUnits, "boilerplate unit")), \(counted(glossaryTerms, "glossary term")); "
                + String(
                    format: "%.1f MB in %.1f s (%.1f MB/s)", megabytes, seconds, seconds > 0 ? megabytes / seconds : 0)
            if !ownOutputsLeftOut.isEmpty {
                text +=
                    "\nleft out \(ownOutputsLeftOut.count) of Alih's own outputs (articles alih reimport wrote): "
                    + ownOutputsLeftOut.prefix(Self.listed).joined(separator: ", ")
                if ownOutputsLeftOut.count > Self.listed {
                    text += " … and \(ownOutputsLeftOut.count - Self.listed) more"
                }
            }
            if staleTemporariesRemoved > 0 {
                text +=
                    "\nremoved \(staleTemporariesRemoved) temporary \(staleTemporariesRemoved == 1 ? "file" : "files") "
                    + "left by an interrupted run"
            }
            return text
        }

        /// Inputs named in the summary's line of those left out.
        static let listed = 5
    }

    /// Refuses, before any work, a JSON report that would be written over one of the articles
    /// of `jobs`, the glossary or the pipeline's file (`OutputGuard`: `output.is-input`).
    public func requireOutputs(report: String?, apartFrom jobs: [Job]) throws {
        try OutputGuard.check(
            inputs: jobs.map { ("article", $0.input) } + [("glossary", pipeline.glossary?.origin?.path)]
                + pipeline.definitionFiles.map { ("pipeline", $0) },
            outputs: [("JSON report", report)])
    }

    /// Runs `jobs` (only those of `shard`, when given) into `outputFolder` (created when
    /// missing) and records the inputs now up to date there for the next incremental run; with
    /// `incremental`, inputs unchanged since the last run with the same configuration are
    /// skipped. `progress` as for `run(_:previous:journal:progress:)`. Refuses, before writing
    /// anything, jobs whose outputs clash (`requireDistinctOutputs(_:)`, checked over all the
    /// jobs, so that every shard refuses alike).
    ///
    /// Alih's own outputs among the inputs (articles `alih reimport` wrote) are left out and
    /// named in the summary. Before anything is written, temporary files an interrupted run left
    /// in the folders the run writes to are removed (those no process is writing:
    /// `AtomicFile.removeStaleTemporaries(in:)`), and a journal a killed run left is folded
    /// into the record (`BatchRecord.recover`); while the run goes on, each input is journaled
    /// as soon as its output is in place (`BatchJournal`), so a run killed part-way loses none
    /// of its finished work; at the end the record is written and the journal removed.
    public func run(
        _ jobs: [Job], recordingIn outputFolder: String, incremental: Bool, shard: BatchShard? = nil,
        progress: @Sendable (FileResult, Int) -> Void = { _, _ in }
    ) throws -> Summary {
        let (articles, ownOutputs) = Self.separatingOwnOutputs(jobs, targetLanguage: options.targetLanguage)
        try Self.requireDistinctOutputs(articles)
        let jobs = shard?.jobs(articles) ?? articles
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let removed = Self.folders(of: jobs, in: outputFolder).reduce(0) {
            $0 + AtomicFile.removeStaleTemporaries(in: $1).count
        }
        let upToDate = try BatchRecord.recover(
            in: outputFolder, configurationChecksum: configurationChecksum, shard: shard)
        let journal = BatchJournal(
            creatingAt: BatchRecord.journalPath(in: outputFolder, shard: shard),
            configurationChecksum: configurationChecksum)
        let started = DispatchTime.now().uptimeNanoseconds
        let results = run(jobs, previous: incremental ? upToDate : [:], journal: journal, progress: progress)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        journal?.close()
        try BatchRecord(configurationChecksum: configurationChecksum, jobs: jobs, results: results)
            .write(in: outputFolder, shard: shard)
        journal?.remove()
        var summary = Summary(results: results, seconds: seconds)
        summary.ownOutputsLeftOut = (shard?.jobs(ownOutputs) ?? ownOutputs).map(\.input)
        summary.staleTemporariesRemoved = removed
        return summary
    }

    /// The folders a run of `jobs` writes to: those of the outputs, and `outputFolder` (the
    /// record's).
    static func folders(of jobs: [Job], in outputFolder: String) -> Set<String> {
        var folders: Set<String> = [outputFolder]
        for job in jobs {
            let path = job.output.utf8
            // The output's folder, found on the bytes (a million outputs in a large archive).
            folders.insert(
                path.lastIndex(of: UInt8(ascii: "/")).map { $0 == path.startIndex ? "/" : String(path[..<$0])! } ?? ".")
        }
        return folders
    }
}
