/// Dates written with numbers only, the same in both languages.
extension QuantityScanner {
    /// A date written with numbers only: `10/5/2024`, `10-5-2024`, `10.5.2024`, `10/5/24`
    /// (day first, unless only the month-first reading is valid) and ISO `2024-05-10`.
    /// With `ambiguous`, a date valid both ways also gets the month-first reading as an
    /// alternative. Returns the readings and the end index.
    func numericDate(at i: Int, ambiguous: Bool) -> (
        value: Quantity.CalendarDate, alternative: Quantity.CalendarDate?, end: Int
    )? {
        guard isDigits(i) else { return nil }
        // ISO
        if isDigits(i, length: 4...4), isSymbol(i + 1, "-", glued: true), isDigits(i + 2, glued: true, length: 1...2),
            isSymbol(i + 3, "-", glued: true), isDigits(i + 4, glued: true, length: 1...2),
            let y = integer(i), let m = integer(i + 2), let d = integer(i + 4), (1...12).contains(m),
            (1...31).contains(d)
        {
            return (Quantity.CalendarDate(year: y, month: m, day: d), nil, i + 5)
        }
        guard isDigits(i, length: 1...2), let separator = self[i + 1], separator.kind == .symbol,
            !separator.spaceBefore,
            isSymbol(i + 1, "/-."), isDigits(i + 2, glued: true, length: 1...2),
            isSymbol(i + 3, text(of: separator), glued: true), isDigits(i + 4, glued: true),
            let a = integer(i), let b = integer(i + 2), let yy = integer(i + 4)
        else { return nil }
        let yearLength = tokens[i + 4].utf8Count
        guard yearLength == 2 || yearLength == 4 else { return nil }
        if isSymbol(i + 5, text(of: separator) + ".,", glued: true), isDigits(i + 6, glued: true) { return nil }
        let year = yearLength == 4 ? yy : (yy < 70 ? 2000 + yy : 1900 + yy)
        let dayFirst = (1...31).contains(a) && (1...12).contains(b)
        let monthFirst = (1...12).contains(a) && (1...31).contains(b)
        if dayFirst {
            let alternative =
                ambiguous && monthFirst && a != b ? Quantity.CalendarDate(year: year, month: a, day: b) : nil
            return (Quantity.CalendarDate(year: year, month: b, day: a), alternative, i + 5)
        }
        if monthFirst {
            return (Quantity.CalendarDate(year: year, month: a, day: b), nil, i + 5)
        }
        return nil
    }

    /// `13-14/5/2024`: a day, a dash and a numeric date (day first) give two dates of that month.
    func dayRangeNumericDate(at i: Int) -> (dates: [Quantity.CalendarDate], end: Int)? {
        guard let first = day(at: i), isSymbol(i + 1, "-", glued: true), isDigits(i + 2, glued: true, length: 1...2),
            isSymbol(i + 3, "/", glued: true), let second = numericDate(at: i + 2, ambiguous: false),
            let lastDay = second.value.day, first < lastDay, second.value.month == integer(i + 4)
        else { return nil }
        return (
            [Quantity.CalendarDate(year: second.value.year, month: second.value.month, day: first), second.value],
            second.end
        )
    }
}
