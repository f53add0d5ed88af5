import Alih
import AlihCore
import Testing

/// `--shard K/N`: every input in exactly one shard, the same on every machine.
@Suite struct BatchShardTests {
    static let paths = (0..<600).map { "archive/\($0 % 12)/artikel-\($0).txt" }

    @Test(arguments: 1...7)
    func everyInputIsInExactlyOneShard(count: Int) throws {
        let shards = try (1...count).map { try BatchShard($0, of: count) }
        for path in Self.paths {
            #expect(shards.filter { $0.contains(relativePath: path) }.count == 1, "\(path)")
        }
        // A hash, not a count: shares are near even on many inputs.
        for shard in shards {
            let share = Self.paths.filter { shard.contains(relativePath: $0) }.count
            #expect(share > Self.paths.count / count / 2, "shard \(shard) took \(share)")
        }
    }

    /// The shard of a path is fixed for good: workers of different Alih builds or machines agree.
    @Test func theShardOfAPathDoesNotChange() throws {
        let found = try (1...4).filter { try BatchShard($0, of: 4).contains(relativePath: "2026/12/banjir.txt") }
        // `printf %s 2026/12/banjir.txt | sha256sum`: the first 64 bits, big-endian, modulo 4, plus 1.
        #expect(found == [Int(UInt64("fd5147652d4e2546", radix: 16)! % 4) + 1])
    }

    @Test(arguments: ["2/4", "1/1", "16/16"])
    func parsesShards(text: String) throws {
        #expect(try BatchShard(parsing: text).description == text)
    }

    @Test(arguments: ["0/4", "5/4", "1/0", "a/b", "2", "2/4/8", "-1/4", ""])
    func refusesWhatIsNoShard(text: String) throws {
        let error = try #require(throws: DiagnosticError.self) { try BatchShard(parsing: text) }
        #expect(error.diagnostic.code == "run.shard")
    }
}
