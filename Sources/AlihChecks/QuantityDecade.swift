extension Quantity {
    /// A decade as written: `1970-an`, `1970s` (with its century), `60-an`, `the '60s`,
    /// `the Sixties` (without).
    package struct Decade: Sendable, Hashable, CustomStringConvertible {
        /// The first year of the century (1900 for the 1960s), when written.
        package var century: Int?
        /// The decade within the century: 0, 10, … 90.
        package var decade: Int

        package init(century: Int?, decade: Int) {
            self.century = century
            self.decade = decade
        }

        /// The decade of the year `year` (1960 for 1965).
        package init(year: Int) {
            self.init(century: year / 100 * 100, decade: year % 100 / 10 * 10)
        }

        /// The same decade, and the same century when both give one (`60-an` is the 1960s).
        package func isCompatible(with other: Decade) -> Bool {
            guard decade == other.decade else { return false }
            if let century, let otherCentury = other.century { return century == otherCentury }
            return true
        }

        /// `1960s`, `60s` (no century), `2000s`.
        package var description: String {
            if let century { return "\(century + decade)s" }
            return decade == 0 ? "00s" : "\(decade)s"
        }
    }
}
