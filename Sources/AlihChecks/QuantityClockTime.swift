extension Quantity {
    /// A time of day on the 24-hour clock, with the time zone's offset when one was written.
    package struct ClockTime: Sendable, Hashable, CustomStringConvertible {
        /// 0–23.
        package var hour: Int
        package var minute: Int
        /// Minutes east of UTC (`WIB` 420, `WITA` 480, `WIT` 540, `GMT` 0), when written.
        package var utcOffset: Int?

        package init(hour: Int, minute: Int, utcOffset: Int? = nil) {
            self.hour = hour % 24
            self.minute = minute
            self.utcOffset = utcOffset
        }

        /// The same instant when both have a zone, otherwise the same clock time.
        package func isSameTime(as other: ClockTime) -> Bool {
            let a = hour * 60 + minute
            let b = other.hour * 60 + other.minute
            if let x = utcOffset, let y = other.utcOffset {
                return ((a - x) % 1440 + 1440) % 1440 == ((b - y) % 1440 + 1440) % 1440
            }
            return a == b
        }

        /// `15:00`, `15:00 UTC+7`, `08:00 UTC`.
        package var description: String {
            let clock = (hour < 10 ? "0\(hour)" : "\(hour)") + ":" + (minute < 10 ? "0\(minute)" : "\(minute)")
            guard let utcOffset else { return clock }
            if utcOffset == 0 { return clock + " UTC" }
            let hours = abs(utcOffset) / 60
            let minutes = abs(utcOffset) % 60
            return clock + " UTC" + (utcOffset < 0 ? "-" : "+") + "\(hours)" + (minutes == 0 ? "" : ":\(minutes)")
        }
    }
}
