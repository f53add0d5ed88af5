import AlihCore

/// One of `count` deterministic shares of a batch's inputs (`alih run --shard K/N`), so that N
/// workers started by a cluster's scheduler (Kubernetes indexed Jobs, a Slurm array, GNU
/// parallel over ssh) each take a share of one archive and together take every input once.
///
/// An input belongs to shard `1 + h mod N`, where `h` is the first 64 bits of the SHA-256 of its
/// path relative to the folder it was found in (its name, for a file given on its own): the
/// same on every machine, whatever the order or the absolute paths of the inputs.
public struct BatchShard: Sendable, Equatable, CustomStringConvertible {
    /// Which share, from 1 to `count`.
    public var index: Int
    public var count: Int

    /// Shard `index` of `count` (1 ≤ index ≤ count).
    public init(_ index: Int, of count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw DiagnosticError(
                code: "run.shard", "shard \(index)/\(count) does not exist: K must be between 1 and N",
                hint: "number shards from 1 (for a 0-based index such as Kubernetes' JOB_COMPLETION_INDEX, add 1)")
        }
        self.index = index
        self.count = count
    }

    /// The shard written `K/N` (`2/4`).
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw DiagnosticError(
                code: "run.shard", "'\(text)' is not a shard: write K/N, e.g. 2/4 for the second of four")
        }
        try self.init(index, of: count)
    }

    /// `2/4`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the input at `relativePath` (relative to the folder it was found in) is in this shard.
    public func contains(relativePath: String) -> Bool {
        var hash = SHA256()
        hash.update(relativePath.utf8)
        let bits = UInt64(hash.finalizeHex().prefix(16), radix: 16) ?? 0
        return Int(bits % UInt64(count)) == index - 1
    }

    /// The jobs of `jobs` in this shard, in their order.
    public func jobs(_ jobs: [BatchRun.Job]) -> [BatchRun.Job] {
        jobs.filter { contains(relativePath: $0.relativePath) }
    }

    /// The name of the incremental record of this shard's run in the output folder: each shard
    /// keeps its own, so workers sharing an output folder never write one file.
    var recordFileName: String { ".alih-run.shard-\(index)-of-\(count).json" }
}
