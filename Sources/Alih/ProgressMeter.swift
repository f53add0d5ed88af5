import Foundation
import Synchronization

/// How far a run over many files is: files done out of the total, the rate and the time left,
/// counted from any thread, with a reading at most once per interval (and for the last file).
/// A run that is over before the first interval gives no reading: a progress line for a run
/// of a few milliseconds is noise in a log.
///
/// A display (a bar, a log line) shows the readings; the meter knows nothing of terminals.
public final class ProgressMeter: Sendable {
    /// The state of a run when a reading is taken.
    public struct Reading: Sendable, Equatable {
        public var done: Int
        public var total: Int
        /// Bytes of the files done.
        public var bytes: Int
        /// Seconds since the start.
        public var seconds: Double

        /// Megabytes a second since the start (0 before any time has passed).
        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
        /// Seconds left at the pace so far (0 before any file is done).
        public var secondsLeft: Double { done > 0 ? seconds / Double(done) * Double(total - done) : 0 }

        /// `3/10 files, 1.2 MB/s, ETA 4 s`.
        public var description: String {
            String(format: "%d/%d files, %.1f MB/s, ETA %.0f s", done, total, megabytesPerSecond, secondsLeft)
        }
    }

    public let total: Int
    /// Nanoseconds between readings.
    public let interval: UInt64
    /// When the run started (uptime nanoseconds).
    public let start: UInt64
    private let state: Mutex<(bytes: Int, lastReading: UInt64, gaveReading: Bool)>

    /// A meter for `total` files, with readings `interval` nanoseconds apart, from `start`
    /// (uptime nanoseconds; now by default).
    public init(total: Int, interval: UInt64, start: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        self.total = total
        self.interval = interval
        self.start = start
        state = Mutex((0, start, false))
    }

    /// Whether the meter has given a reading (a display has something to end).
    public var gaveReading: Bool { state.withLock { $0.gaveReading } }

    /// Counts a finished file of `bytes` bytes at `now` (uptime nanoseconds), `done` files being
    /// finished; the reading when one is due: `interval` after the last one (or the start), or
    /// for the last file once a reading was given. A `now` before the last reading (from a thread
    /// that read the clock before another took it) counts as no time since it.
    public func count(bytes: Int, done: Int, now: UInt64 = DispatchTime.now().uptimeNanoseconds) -> Reading? {
        state.withLock { state in
            state.bytes += bytes
            let sinceLast = now >= state.lastReading ? now - state.lastReading : 0
            guard sinceLast >= interval || (done == total && state.gaveReading) else { return nil }
            state.lastReading = max(state.lastReading, now)
            state.gaveReading = true
            return Reading(
                done: done, total: total, bytes: state.bytes, seconds: now > start ? Double(now - start) / 1e9 : 0)
        }
    }
}
