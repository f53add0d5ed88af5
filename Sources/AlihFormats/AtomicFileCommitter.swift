import AlihCore
import Foundation
import Synchronization

/// Commits staged atomic files (`AtomicFile.commit`: `fsync`, then rename) on threads of its
/// own, so that the threads producing the files do not wait for the disk.
///
/// Several commits in flight at once let the file system put their flushes into one journal
/// commit instead of one each; the producers go on with the next file meanwhile, and wait only
/// when `limit` files are waiting to be committed. Each file is still flushed before its
/// rename, so it is old or new on disk, never partial. The folders are not flushed: after
/// `finish()` has returned, every rename is done and the caller flushes each folder once.
package final class AtomicFileCommitter: @unchecked Sendable {
    /// What became of one staged file: nil when it was written, else why not.
    package typealias Completion = @Sendable (DiagnosticError?) -> Void

    private let queue = Mutex<[(file: AtomicFile.StagedFile, completion: Completion)]>([])
    /// Counts the files queued: a committing thread takes one per signal (and stops on a
    /// signal with the queue empty, which only `finish` sends).
    private let queued = DispatchSemaphore(value: 0)
    /// Counts the free places: `submit` takes one, a finished commit gives it back.
    private let places: DispatchSemaphore
    private let unfinished = DispatchGroup()
    private let threads: Int

    /// Starts `threads` committing threads; `submit` waits while `limit` files are queued or
    /// being committed.
    package init(threads: Int = 8, limit: Int = 64) {
        self.threads = max(1, threads)
        places = DispatchSemaphore(value: max(1, limit))
        for _ in 0..<self.threads {
            unfinished.enter()
            Thread { [self] in serve() }.start()
        }
    }

    /// Hands `file` over to be committed; `completion` is called on a committing thread once
    /// it is written or has failed.
    package func submit(_ file: AtomicFile.StagedFile, then completion: @escaping Completion) {
        places.wait()
        queue.withLock { $0.append((file, completion)) }
        queued.signal()
    }

    /// Waits until every file submitted is committed (its completion called), then stops the
    /// threads. The committer takes no more files.
    package func finish() {
        for _ in 0..<threads { queued.signal() }
        unfinished.wait()
    }

    private func serve() {
        defer { unfinished.leave() }
        while true {
            queued.wait()
            guard let (file, completion) = queue.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { return }
            var failure: DiagnosticError?
            do { try AtomicFile.commit(file) } catch { failure = error }
            completion(failure)
            places.signal()
        }
    }
}
