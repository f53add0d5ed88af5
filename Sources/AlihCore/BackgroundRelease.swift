import Foundation

/// Gives a large value's memory back on a thread of its own: the caller does not wait for it.
///
/// For a structure of many small allocations (a read document's units and segments) that is
/// done with at the end of a job: freeing them one by one is serial work on the caller's path.
/// The value must not be referenced elsewhere for the work to move (what others still share is
/// freed when they let go of it).
package enum BackgroundRelease {
    package static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        Thread.detachNewThread { box.value = nil }
    }

    /// The value, handed to the releasing thread and dropped there.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
