import Foundation

/// Line classifiers ready for use, kept from one article to the next.
///
/// Making a classifier compiles the boilerplate rules' ICU patterns, which a batch of articles
/// should do once per thread, not once per article. A classifier taken is owned by
/// one thread until it is given back (ICU matchers keep state).
final class LineClassifierPool: @unchecked Sendable {
    /// Guards `free`.
    private let lock = NSLock()
    private var free: [LineClassifier] = []

    /// A free classifier, or a new one from `make`.
    func take(_ make: () throws -> LineClassifier) rethrows -> LineClassifier {
        lock.lock()
        let found = free.popLast()
        lock.unlock()
        return try found ?? make()
    }

    /// Returns `classifier` for the next article (without a large line's buffer).
    func giveBack(_ classifier: consuming LineClassifier) {
        classifier.releaseLargeBuffer()
        lock.lock()
        free.append(classifier)
        lock.unlock()
    }

    /// How many classifiers wait to be taken (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return free.count
    }
}
