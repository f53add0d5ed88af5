import Foundation
import Synchronization
import Testing

@testable import Alih

/// `WorkerThreads`: the workers asked for run at once, more of them than the machine has
/// cores, each call once; `run` returns when all have.
struct WorkerThreadsTests {
    /// Each worker waits until every other has started (a barrier of `count`): this finishes
    /// only when all run at once. With `DispatchQueue.concurrentPerform`, which runs one
    /// iteration per core, more workers than cores never met and the wait timed out.
    @Test(arguments: [1, 2, ProcessInfo.processInfo.activeProcessorCount + 3, 16])
    func everyWorkerAskedForRunsAtOnce(count: Int) {
        let arrived = Mutex(0)
        let calls = Mutex<[Int]>([])
        let allArrived = DispatchSemaphore(value: 0)
        let metAll = Mutex(0)
        WorkerThreads.run(count) { worker in
            calls.withLock { $0.append(worker) }
            if arrived.withLock({ n in
                n += 1
                return n == count
            }) {
                for _ in 0..<count { allArrived.signal() }
            }
            if allArrived.wait(timeout: .now() + 20) == .success {
                metAll.withLock { $0 += 1 }
            }
        }
        #expect(calls.withLock { $0.sorted() } == Array(0..<count))
        #expect(metAll.withLock { $0 } == count)
    }

    @Test func noWorkersIsNoCall() {
        let calls = Mutex(0)
        WorkerThreads.run(0) { _ in calls.withLock { $0 += 1 } }
        #expect(calls.withLock { $0 } == 0)
    }

    /// Nothing of `body` is held once `run` returns: a closure that must not escape can be
    /// passed through `withoutActuallyEscaping` (as `BatchRun` passes its progress handler),
    /// whose check traps when the closure outlives it. With `Thread`s, a finished thread could
    /// still hold its block when `run` returned: `alih run` stopped with SIGILL under load.
    @Test func nothingOfTheWorkIsHeldOnceRunReturns() {
        let calls = Mutex(0)
        for _ in 0..<300 {
            let count: @Sendable () -> Void = { calls.withLock { $0 += 1 } }
            withoutActuallyEscaping(count) { count in
                WorkerThreads.run(4) { _ in count() }
            }
        }
        #expect(calls.withLock { $0 } == 1_200)
    }
}
