import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a number of workers at once, each on a thread of its own, and waits for them all.
///
/// `DispatchQueue.concurrentPerform` runs at most as many iterations at once as the machine
/// has cores, whatever the count asked for: `alih run --jobs 8` on two cores ran two workers.
/// Work that waits on a disk or a network wants the workers the user asked for, so each gets
/// its own thread here (the caller's thread is the first). The threads are joined before `run`
/// returns, so nothing of `body` is held after it (a caller may pass a closure that must not
/// escape, through `withoutActuallyEscaping`).
enum WorkerThreads {
    /// Calls `body` with each number in `0..<count` at once, on `count` threads, and returns
    /// when every call has returned and every thread has ended.
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        var threads: [pthread_t] = []
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        // A worker's stack as large as the main thread's (processing a large article).
        pthread_attr_setstacksize(&attributes, 8 << 20)
        for worker in 1..<count {
            let work = Unmanaged.passRetained(Work(body: body, worker: worker)).toOpaque()
            var thread = pthread_t()
            let started = pthread_create(
                &thread, &attributes,
                { context in
                    // The work (and `body` with it) is let go on the worker's thread, before it ends.
                    Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
                    return nil
                }, work)
            if started == 0 {
                threads.append(thread)
            } else {
                // No thread to be had: this worker runs on the caller's thread, now.
                Unmanaged<Work>.fromOpaque(work).takeRetainedValue().run()
            }
        }
        body(0)
        for thread in threads { pthread_join(thread, nil) }
    }

    /// One worker's call, handed to its thread.
    private final class Work {
        let body: @Sendable (Int) -> Void
        let worker: Int
        init(body: @escaping @Sendable (Int) -> Void, worker: Int) {
            self.body = body
            self.worker = worker
        }
        func run() { body(worker) }
    }
}
