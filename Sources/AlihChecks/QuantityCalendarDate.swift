extension Quantity {
    /// A calendar date as written: the day and year may be missing (`Mei 2024`, `10 Mei`).
    package struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
        package var year: Int?
        /// 1–12.
        package var month: Int
        package var day: Int?

        package init(year: Int?, month: Int, day: Int?) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// Same month, same day (or no day on both), and the same year when both give one.
        package func isCompatible(with other: CalendarDate) -> Bool {
            guard month == other.month, day == other.day else { return false }
            if let year, let otherYear = other.year { return year == otherYear }
            return true
        }

        /// ISO 8601: `2024-05-10`, `2024-05` (no day), `--05-10` (no year).
        package var description: String {
            let mm = month < 10 ? "0\(month)" : "\(month)"
            let dd = day.map { $0 < 10 ? "0\($0)" : "\($0)" }
            switch (year, dd) {
            case (let year?, let dd?): return "\(year)-\(mm)-\(dd)"
            case (let year?, nil): return "\(year)-\(mm)"
            case (nil, let dd?): return "--\(mm)-\(dd)"
            case (nil, nil): return "--\(mm)"
            }
        }
    }
}
