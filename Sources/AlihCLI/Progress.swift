import Alih
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Progress on standard error: a bar redrawn in place on a terminal, a line every few seconds
/// otherwise, nothing with --quiet.
final class Progress: Sendable {
    enum Mode { case terminal, lines, none }

    private let total: Int
    private let mode: Mode
    private let state = Mutex<(bytes: Int, lastPrint: UInt64)>((0, 0))
    let start = DispatchTime.now().uptimeNanoseconds

    init(total: Int, totalBytes: Int, mode: Mode) {
        self.total = total
        self.mode = mode
    }

    /// Progress for `total` files: a bar when standard error is a terminal, lines otherwise,
    /// nothing when `quiet`.
    static func onStandardError(total: Int, quiet: Bool) -> Progress {
        Progress(total: total, totalBytes: 0, mode: quiet ? .none : (isatty(STDERR_FILENO) == 1 ? .terminal : .lines))
    }

    func update(_ result: BatchRun.FileResult, done: Int) {
        update(bytes: result.bytes, done: done)
    }

    /// Counts a finished file of `bytes` bytes; `done` files are finished.
    func update(bytes: Int, done: Int) {
        guard mode != .none else { return }
        let line: String? = state.withLock { state in
            self.line(bytes: bytes, done: done, now: DispatchTime.now().uptimeNanoseconds, state: &state)
        }
        guard let line else { return }
        FileHandle.standardError.write(Data((mode == .terminal ? "\r" + line : line + "\n").utf8))
    }

    /// Counts a finished file at time `now` (uptime nanoseconds); the line to print, when it is
    /// time for one. A `now` before the last print (a caller that read the clock before another
    /// printed) counts as no time since it.
    func line(bytes: Int, done: Int, now: UInt64, state: inout (bytes: Int, lastPrint: UInt64)) -> String? {
        state.bytes += bytes
        let interval: UInt64 = mode == .terminal ? 100_000_000 : 2_000_000_000
        let sinceLastPrint = now >= state.lastPrint ? now - state.lastPrint : 0
        guard sinceLastPrint >= interval || done == total else { return nil }
        state.lastPrint = max(state.lastPrint, now)
        let seconds = now > start ? Double(now - start) / 1e9 : 0
        let rate = seconds > 0 ? Double(state.bytes) / 1e6 / seconds : 0
        let eta = done > 0 ? seconds / Double(done) * Double(total - done) : 0
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar =
            mode == .terminal
            ? "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            : ""
        return bar + String(format: "%d/%d files, %.1f MB/s, ETA %.0f s", done, total, rate, eta)
    }

    func finish() {
        if mode == .terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
