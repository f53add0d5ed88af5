import Foundation

/// A number as read from digits and separators.
struct ScannedNumber {
    var value: Decimal
    /// Other readings (the other language's convention).
    var alternatives: [Decimal]
    /// `H.MM`/`HH.MM` that is also a valid clock time.
    var clock: (hour: Int, minute: Int)?
    /// Token index after the number.
    var end: Int
    /// One run of digits: no separators, no fraction.
    var isPlainInteger: Bool
    /// The value of a plain integer of up to 18 digits, as an `Int`.
    var integer: Int? = nil
}
