import Testing

@testable import AlihCLI

/// `Progress`: files finished on several threads report in any order.
@Suite struct ProgressTests {
    /// A thread that read the clock before another printed used to subtract past zero and
    /// trap (arithmetic overflow: `alih run` exited with signal 4 under load).
    @Test func aFileCountedWithAnEarlierClockThanTheLastPrintDoesNotTrap() {
        let progress = Progress(total: 3, totalBytes: 0, mode: .lines)
        var state: (bytes: Int, lastPrint: UInt64) = (0, 0)
        let later = progress.start + 5_000_000_000
        #expect(progress.line(bytes: 10, done: 1, now: later, state: &state) != nil)
        #expect(progress.line(bytes: 10, done: 2, now: later - 1_000, state: &state) == nil)
        #expect(state.lastPrint == later)
        // The last file is always reported, whatever its clock.
        let last = progress.line(bytes: 10, done: 3, now: progress.start - 1, state: &state)
        #expect(last?.hasPrefix("3/3 files") == true)
        #expect(state.bytes == 30)
    }
}
