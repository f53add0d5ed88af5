/// A time being read: the clock time, the other half of the day when the hour alone was
/// written (`pukul 3`, `3 o'clock`), and how it was written.
struct TimeParts {
    var time: Quantity.ClockTime
    var alternative: Quantity.ClockTime?
    /// `.` or `:` between hour and minutes, if minutes were written.
    var separator: String?
    var zoned: Bool
    /// Written with its half of the day: a.m./p.m. (English), `pagi` … `malam` (Indonesian).
    var hasPeriod: Bool = false
    var start: Int
    var end: Int
    var spelledOut: Bool = false

    /// Unmistakably a time even without `pukul`/`at`: `15:00`, `15.00 WIB`, `3 p.m.`, `3 sore`.
    var isConfident: Bool { separator == ":" || (separator != nil && zoned) || hasPeriod }

    func quantity(in s: QuantityScanner) -> Quantity {
        s.quantity(
            .time(time), alternatives: alternative.map { [.time($0)] } ?? [], from: start, to: end,
            spelledOut: spelledOut)
    }
}
