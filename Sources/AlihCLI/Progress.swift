import Alih
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Progress on standard error: a bar redrawn in place on a terminal, a line every few seconds
/// otherwise, nothing with --quiet.
struct Progress: Sendable {
    private let meter: ProgressMeter?
    private let onTerminal: Bool

    /// Progress for `total` files; none when `quiet`.
    init(total: Int, quiet: Bool) {
        onTerminal = isatty(STDERR_FILENO) == 1
        meter = quiet ? nil : ProgressMeter(total: total, interval: onTerminal ? 100_000_000 : 2_000_000_000)
    }

    /// Counts a finished file of `bytes` bytes; `done` files are finished.
    func update(bytes: Int, done: Int) {
        guard let reading = meter?.count(bytes: bytes, done: done) else { return }
        guard onTerminal else { return Console.error(reading.description) }
        let filled = reading.total > 0 ? 30 * reading.done / reading.total : 30
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
        FileHandle.standardError.write(Data(("\r" + bar + reading.description).utf8))
    }

    func finish() {
        if onTerminal, meter?.gaveReading == true { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
