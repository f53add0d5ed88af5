import Dispatch
import Foundation

/// Work on a large document spread over the machine's cores: items split into contiguous
/// chunks, each chunk done by one thread, the results handed back in order.
///
/// Stages and writers use it only above a size where it pays (a typical article stays on one
/// thread; `alih run --jobs` already keeps the cores busy with several articles). The result
/// never depends on how many workers ran: chunks are processed independently and joined in
/// order, and tests compare one worker with several.
package enum ParallelChunks {
    /// The number of workers for large inputs: the cores this process may use.
    package static let defaultWorkers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Chunks per worker at most: with several per thread, a thread slowed by other work (the
    /// machine's or the process's own) takes fewer of them instead of keeping the others waiting.
    package static let chunksPerWorker = 4

    /// `body` over the chunks of `0..<count`, in order. At most `workers × chunksPerWorker` chunks, none smaller
    /// than `minimumChunk` items (so small inputs run as one chunk on the calling thread). The
    /// first error thrown, in chunk order, is rethrown once all chunks are done. Work spread
    /// unevenly over the items is better cut into more chunks per worker than the default.
    package static func map<T: Sendable, Failure: Error>(
        count: Int, minimumChunk: Int, workers: Int = defaultWorkers,
        chunksPerWorker: Int = ParallelChunks.chunksPerWorker,
        _ body: @Sendable (Range<Int>) throws(Failure) -> T
    ) throws(Failure) -> [T] {
        let chunks = max(1, min(workers * max(1, chunksPerWorker), count / max(1, minimumChunk)))
        if chunks == 1 { return [try body(0..<count)] }
        let results = Slots<T, Failure>(count: chunks)
        defer { results.free() }
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            do throws(Failure) {
                results.buffer[chunk] = .success(try body(range))
            } catch {
                results.buffer[chunk] = .failure(error)
            }
        }
        var values: [T] = []
        values.reserveCapacity(chunks)
        for result in results.buffer { values.append(try result!.get()) }
        return values
    }

    /// One result slot per chunk, each written by its own thread only and read after all have
    /// finished (`concurrentPerform` returns when they have).
    private struct Slots<T, Failure: Error>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result<T, Failure>?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func free() {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
