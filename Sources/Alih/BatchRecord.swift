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

    /// The inputs recorded in `folder` by a run with `configurationChecksum` (of `shard`, when
    /// given); empty when there is no record, it cannot be read, or it was made with another
    /// configuration.
    package static func inputs(in folder: String, configurationChecksum: String, shard: BatchShard? = nil)
        -> [String: String]
    {
        guard let data = FileManager.default.contents(atPath: path(in: folder, shard: shard)),
            let record = try? JSONDecoder().decode(BatchRecord.self, from: data),
            record.configurationChecksum == configurationChecksum
        else { return [:] }
        return record.inputs
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
