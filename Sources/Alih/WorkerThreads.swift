import Foundation

/// Runs a number of workers at once, each on a thread of its own, and waits for them all.
///
/// `DispatchQueue.concurrentPerform` runs at most as many iterations at once as the machine
/// has cores, whatever the count asked for: `alih run --jobs 8` on two cores ran two workers.
/// Work that waits on a disk or a network wants the workers the user asked for, so each gets
/// its own thread here (the caller's thread is the first).
enum WorkerThreads {
    /// Calls `body` with each number in `0..<count` at once, on `count` threads, and returns
    /// when every call has returned.
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let finished = DispatchGroup()
        for worker in 1..<count {
            finished.enter()
            let thread = Thread {
                body(worker)
                finished.leave()
            }
            // A worker's stack as large as the main thread's (processing a large article).
            thread.stackSize = 8 << 20
            thread.start()
        }
        body(0)
        finished.wait()
    }
}
