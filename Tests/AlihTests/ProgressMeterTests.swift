import Testing

@testable import Alih

/// `ProgressMeter`: files finished on several threads count in any order.
@Suite struct ProgressMeterTests {
    /// A thread that read the clock before another took a reading used to subtract past zero
    /// and trap (arithmetic overflow: `alih run` exited with signal 4 under load).
    @Test func aFileCountedWithAnEarlierClockThanTheLastReadingDoesNotTrap() throws {
        let meter = ProgressMeter(total: 3, interval: 2_000_000_000, start: 1_000_000_000)
        let later = meter.start + 5_000_000_000
        #expect(meter.count(bytes: 10, done: 1, now: later) != nil)
        #expect(meter.count(bytes: 10, done: 2, now: later - 1_000) == nil)
        // The last reading stays the later one: a second after it is within the interval.
        #expect(meter.count(bytes: 0, done: 2, now: later + 1_000_000_000) == nil)
        // The last file is always read, whatever its clock.
        let last = try #require(meter.count(bytes: 10, done: 3, now: meter.start - 1))
        #expect(last.description.hasPrefix("3/3 files"))
        #expect(last.bytes == 30)
        #expect(last.seconds == 0)
    }

    /// A run over before the first interval gives no reading, not even for its last file
    /// (`alih coverage a.txt` printed `1/1 files, 0.0 MB/s, ETA 0 s` into logs); a longer run's
    /// first reading comes an interval after the start, and its last file ends it.
    @Test func aShortRunGivesNoReadingALongerOneEndsWithItsLastFile() throws {
        let short = ProgressMeter(total: 2, interval: 2_000_000_000, start: 1_000_000_000)
        #expect(short.count(bytes: 10, done: 1, now: short.start + 1_000) == nil)
        #expect(short.count(bytes: 10, done: 2, now: short.start + 2_000) == nil)
        #expect(!short.gaveReading)
        let long = ProgressMeter(total: 3, interval: 2_000_000_000, start: 1_000_000_000)
        #expect(long.count(bytes: 10, done: 1, now: long.start + 1_000_000_000) == nil)
        let first = try #require(long.count(bytes: 10, done: 2, now: long.start + 2_000_000_000))
        #expect(first.done == 2)
        #expect(long.gaveReading)
        #expect(long.count(bytes: 10, done: 3, now: long.start + 2_000_000_001)?.done == 3)
    }

    @Test func theRateAndTimeLeftAreThePaceSoFar() {
        let reading = ProgressMeter.Reading(done: 2, total: 5, bytes: 3_000_000, seconds: 2)
        #expect(reading.megabytesPerSecond == 1.5)
        #expect(reading.secondsLeft == 3)
        #expect(reading.description == "2/5 files, 1.5 MB/s, ETA 3 s")
        #expect(
            ProgressMeter.Reading(done: 0, total: 5, bytes: 0, seconds: 0).description == "0/5 files, 0.0 MB/s, ETA 0 s"
        )
    }
}
