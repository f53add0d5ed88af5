import Foundation

/// A number, percentage, amount of money, date or time found in a text: what it is worth and
/// where it is written.
///
/// The parsers (`IndonesianQuantityParser`, `EnglishQuantityParser`) turn each language's way of
/// writing these (`Rp5,2 miliar`, `Rp5.2 billion`) into the same ``Value``, so that
/// `NumbersCheck` can compare a source with its translation by value rather than by the digits.
package struct Quantity: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case number, percent, money, date, time, decade
    }

    /// The value as read the usual way.
    package var value: Value
    /// Other readings of ambiguous text: `5/10/2024` in English is 5 October (day first, as
    /// the source writes it) or May 10 (month first); `15.00` is the number 15 or the time
    /// 15:00; `1,234` in Indonesian is 1.234 or (written the English way) 1234.
    package var alternatives: [Value]
    /// As written (`Rp5,2 miliar`, `10/5/2024`, `pukul 15.00 WIB` → `15.00 WIB`). For a range
    /// whose unit is written once (`5-6 juta`), both ends carry the whole range.
    package var text: String
    /// Where `text` is in the parsed string.
    package var range: Range<String.Index>
    /// Written in words (`tiga`, `three`, `a million`, `ratusan`): matched after the quantities
    /// written with digits, so that digits find digits first.
    package var isSpelledOut: Bool
    /// Written in a way that may not be this number at all: matched against the other side but
    /// never reported. `satu` is also "one of" (`salah satu`), `one` a pronoun, `kedua` also
    /// "both", `second` also a unit of time, `Lima` a city, `twice` may stand for `dua kali`.
    package var isAmbiguous: Bool
    /// The day of the week written before a date (`Jumat (10/5/2024)`): 1 Monday … 7 Sunday.
    package var weekday: Int?

    package init(
        value: Value, alternatives: [Value] = [], text: String, range: Range<String.Index>,
        isSpelledOut: Bool = false, isAmbiguous: Bool = false, weekday: Int? = nil
    ) {
        self.value = value
        self.alternatives = alternatives
        self.text = text
        self.range = range
        self.isSpelledOut = isSpelledOut
        self.isAmbiguous = isAmbiguous
        self.weekday = weekday
    }

    package var kind: Kind { value.kind }

    /// The value and its alternatives.
    package var readings: [Value] { [value] + alternatives }

    /// `text`, followed by the canonical value in parentheses when it reads differently:
    /// `2,5 (2.5)`, `25`, `Rp5,2 miliar (IDR 5200000000)`, `ratusan (hundreds)`.
    package var display: String {
        let canonical = value.description
        return canonical == text ? text : "\(text) (\(canonical))"
    }
}
