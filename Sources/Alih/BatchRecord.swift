import AlihFormats
import Foundation

/// The record `--incremental` keeps in the output folder: what each input was when last extracted.
package struct BatchRecord: Sendable, Codable, Equatable {
    package static let fileName = ".alih-run.json"

    package var configurationChecksum: String
    /// Input path relative to its folder → content checksum.
    package var inputs: [String: String]

    package init(configurationChecksum: String, inputs: [String: String]) {
        self.configurationChecksum = configurationChecksum
        self.inputs = inputs
    }

    /// The record's path in `folder`: a shard's run keeps its own record.
    package static func path(in folder: String, shard: BatchShard? = nil) -> String {
        (folder as NSString).appendingPathComponent(shard?.recordFileName ?? fileName)
    }

    /// The path of the journal of a run (of `shard`, when given) in `folder`, beside its record
    /// (`BatchJournal`).
    package static func journalPath(in folder: String, shard: BatchShard? = nil) -> String {
        String(path(in: folder, shard: shard).dropLast(".json".count)) + ".journal"
    }

    /// The record in `folder` (of `shard`, when given); nil when there is none or it cannot be read.
    static func read(in folder: String, shard: BatchShard? = nil) -> BatchRecord? {
        guard let data = FileManager.default.contents(atPath: path(in: folder, shard: shard)) else { return nil }
        return try? JSONDecoder().decode(BatchRecord.self, from: data)
    }

    /// The inputs recorded in `folder` by a run with `configurationChecksum` (of `shard`, when
    /// given); empty when there is no record, it cannot be read, or it was made with another
    /// configuration. A journal left by a killed run is not read: see `recover(in:configurationChecksum:shard:)`.
    package static func inputs(in folder: String, configurationChecksum: String, shard: BatchShard? = nil)
        -> [String: String]
    {
        guard let record = read(in: folder, shard: shard), record.configurationChecksum == configurationChecksum
        else { return [:] }
        return record.inputs
    }

    /// The inputs up to date in `folder` for a run with `configurationChecksum` (of `shard`,
    /// when given): the record's, with those of a journal a killed run left; and the record made
    /// to say so before the run writes anything.
    ///
    /// A journal of the same configuration adds its inputs (the killed run finished them). A
    /// journal of another configuration, or one whose first line does not read, takes its inputs
    /// out: their outputs were rewritten. A record of another configuration counts for nothing,
    /// and is replaced now rather than at the end: the run rewrites outputs under its own, and
    /// a run killed part-way must not leave a record that vouches for them. The journal is
    /// removed once the record holding its lines is written.
    package static func recover(in folder: String, configurationChecksum: String, shard: BatchShard? = nil) throws
        -> [String: String]
    {
        let record = read(in: folder, shard: shard)
        let journalPath = journalPath(in: folder, shard: shard)
        let journal = BatchJournal.read(at: journalPath)
        var inputs = record?.configurationChecksum == configurationChecksum ? record?.inputs ?? [:] : [:]
        if let journal {
            if journal.configurationChecksum == configurationChecksum {
                inputs.merge(journal.inputs) { _, journaled in journaled }
            } else {
                for input in journal.inputs.keys { inputs[input] = nil }
            }
        }
        let upToDate = BatchRecord(configurationChecksum: configurationChecksum, inputs: inputs)
        if journal != nil || (record != nil && record != upToDate) {
            try upToDate.write(in: folder, shard: shard)
            try? FileManager.default.removeItem(atPath: journalPath)
        }
        return inputs
    }

    /// The record of a run: the inputs now up to date (extracted or skipped), by relative path.
    package init(configurationChecksum: String, jobs: [BatchRun.Job], results: [BatchRun.FileResult]) {
        var inputs: [String: String] = [:]
        for (job, result) in zip(jobs, results) where result.status != .failed {
            if let checksum = result.contentChecksum { inputs[job.relativePath] = checksum }
        }
        self.init(configurationChecksum: configurationChecksum, inputs: inputs)
    }

    /// Writes the record (of `shard`, when given) into `folder` (atomically).
    package func write(in folder: String, shard: BatchShard? = nil) throws {
        try AtomicFile.write(Array(try ReportEncoder.make().encode(self)), to: Self.path(in: folder, shard: shard))
    }
}
