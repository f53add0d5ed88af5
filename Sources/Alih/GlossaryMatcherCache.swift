import AlihCore
import AlihStages
import Foundation
import Synchronization

/// The glossaries a batch of checks has compiled, kept for the next file: the files of a batch
/// are mostly extracted with the same glossary, in the same languages, and compiling it costs
/// more than checking an article (8 ms for the shipped glossary, 0.16 s for 100,000 entries).
///
/// A glossary is known by its file's path, size and modification time, the languages it is
/// read in and the terms left out of it; a file edited during the batch is read again. The
/// warnings reading it gave are given once, with the first file checked against it.
package final class GlossaryMatcherCache: Sendable {
    private struct Key: Hashable {
        var path: String
        var size: Int64
        var modified: Int64
        var modifiedNanoseconds: Int64
        var source: String
        var target: String
        var skipped: [String]
        var recordedSkips: String?
    }

    private let matchers = Mutex<[Key: GlossaryMatcher]>([:])

    package init() {}

    /// How many glossaries are kept.
    package var count: Int { matchers.withLock { $0.count } }

    /// The matcher for the glossary at `path` read in `source` → `target` without `skipped` and
    /// the `recordedSkips` of a file's record: the one kept, or `make`'s, kept for the next time.
    package func matcher(
        path: String, source: String, target: String, skipped: [String], recordedSkips: String?,
        make: () throws -> GlossaryMatcher
    ) throws -> GlossaryMatcher {
        var status = stat()
        guard stat(path, &status) == 0 else { return try make() }
        let key = Key(
            path: path, size: Int64(status.st_size), modified: Int64(status.st_mtim.tv_sec),
            modifiedNanoseconds: Int64(status.st_mtim.tv_nsec), source: source, target: target, skipped: skipped,
            recordedSkips: recordedSkips)
        if let kept = matchers.withLock({ $0[key] }) { return kept }
        let made = try make()
        matchers.withLock { $0[key] = made }
        return made
    }
}
