import Foundation

/// The readers a digit run needs, decided from the token after it, and the reading of a plain
/// number without them.
///
/// At a digit run, the scan asks the readers in turn (weekday date, date, time, amount); each
/// looks at the tokens after the digits for what would make them more than a number: a
/// separator and more digits glued to them (`2,5`, `10/5/2024`, `15.00`), a word (`Mei`,
/// `pagi`, `p.m.`, `hingga`, `1970-an`; `juta`, `persen`, `dolar`) or a symbol (`-`, `%`).
/// When the token after the digits is none of those, every reader but the amount's finds
/// nothing and the amount is the plain number, which `plainNumber` makes from the digits; when
/// it is a word only the amount's reader reads (a scale, a percent, a currency), the dates and
/// times find nothing.
extension QuantityGrammar {
    /// Which readers may find more than a plain number at the digit run `i`, from the token
    /// after it (the digits must not be glued to a name before them, `G20`: the scan has skipped
    /// those).
    ///
    /// Tested conservatively: a plain number is followed by an ASCII symbol that is not one of
    /// `symbolsReadAfterDigits` and has no digits glued after it, by an ASCII word that is
    /// certainly none of the words the readers read there (in any case), by a spaced digit run
    /// where spaces do not group digits, or by nothing. An amount may be more than a number only
    /// by `%` or by an ASCII word that is certainly none of `wordsReadAfterDigitsByDatesAndTimes`.
    func digitRunCandidate(_ s: QuantityScanner, _ i: Int) -> QuantityCandidate {
        guard let next = s[i + 1] else { return .plainNumber }
        switch next.kind {
        case .digits:
            return Self.convention.spaceGroups ? .any : .plainNumber
        case .symbol:
            // `%` only makes a percentage: no date or time reads it after digits.
            if next.firstASCII == UInt8(ascii: "%") { return .amount }
            guard next.firstASCII != 0, !Self.symbolsReadAfterDigits.contains(next.firstASCII) else { return .any }
            if !next.spaceBefore, let after = s[i + 2], after.kind == .digits, !after.spaceBefore { return .any }
            return .plainNumber
        case .word:
            guard next.isASCII else { return .any }
            let word = s.utf8[next.start..<next.end]
            if Self.wordsReadAfterDigitsByDatesAndTimes.mayContain(word) { return .any }
            return Self.wordsReadAfterDigitsByAmounts.mayContain(word) ? .amount : .plainNumber
        }
    }

    /// The number the digit run `i` spells, as the amount's reader reads it when nothing after it
    /// makes it more (see `digitRunCandidate`); nil beyond 18 digits.
    func plainNumber(_ s: QuantityScanner, _ i: Int) -> Quantity? {
        let digits = s.tokens[i]
        guard let number = Decimal(asciiDigits: s.utf8[digits.start..<digits.end]) else { return nil }
        // As `AmountParts.quantity` makes a number without a scale: times one only when zero.
        let amount = number.isZero ? number * 1 : number
        let range = s.range(of: digits)
        return Quantity(value: .number(amount), text: String(s.text[range]), range: range)
    }
}
