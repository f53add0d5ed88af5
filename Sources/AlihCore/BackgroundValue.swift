import Dispatch
import Foundation

/// A value computed on a thread of its own while the caller goes on; `value` waits for it.
///
/// For serial work that does not depend on what the caller does next (a large text's checksum
/// while the stages after normalization run): it then fills the moments the other threads
/// wait on one another instead of adding to the wall time.
package final class BackgroundValue<T: Sendable>: @unchecked Sendable {
    /// Written once by the worker before it signals `done`; read only after waiting on it.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread.
    package init(_ work: @escaping @Sendable () -> T) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The result, once the work is done (waits for it the first time).
    package var value: T {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
