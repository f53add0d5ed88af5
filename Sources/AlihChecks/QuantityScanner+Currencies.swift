/// Currencies written before an amount and time zones written after a time, the same in both languages.
extension QuantityScanner {
    /// A currency written before an amount: `Rp`, `Rp.`, `IDR`, `US$`, `$`, `S$`, `€` …
    /// Returns the ISO code and the index after it.
    func currencyPrefix(at i: Int) -> (currency: String, end: Int)? {
        guard let t = self[i] else { return nil }
        var currency: String?
        var j = i + 1
        switch t.kind {
        case .word:
            if isSymbol(i + 1, "$", glued: true) {
                currency = Self.dollarPrefixes[text(of: t)]
                j = i + 2
            } else if let code = Self.prefixWords[text(of: t)] {
                currency = code
                if code == "IDR", t.utf8Count == 2, isSymbol(j, ".", glued: true) { j += 1 }
            }
        case .symbol:
            currency = Self.prefixSymbols[text(of: t)]
        case .digits:
            return nil
        }
        guard let currency, isDigits(j) else { return nil }
        return (currency, j)
    }

    static let prefixWords: [String: String] = [
        "Rp": "IDR", "RP": "IDR", "IDR": "IDR", "USD": "USD", "SGD": "SGD", "AUD": "AUD", "EUR": "EUR",
        "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "MYR": "MYR", "RM": "MYR", "HKD": "HKD",
        "KRW": "KRW", "CAD": "CAD",
    ]
    static let prefixSymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"]
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "S": "SGD", "A": "AUD", "HK": "HKD", "C": "CAD", "NZ": "NZD",
    ]
    /// The words a currency before an amount starts with (`Rp`, `IDR`, `US` of `US$` …), case-sensitive.
    static let wordsBeforeAmounts: Set<String> = Set(prefixWords.keys).union(dollarPrefixes.keys)
    /// Currency codes written after an amount (`5 juta USD`).
    static let suffixCodes: Set<String> = [
        "IDR", "USD", "SGD", "AUD", "EUR", "GBP", "JPY", "CNY", "MYR", "HKD", "KRW", "CAD",
    ]

    /// Time zones written after a time, with their offsets in minutes.
    static let zones: [String: Int] = ["WIB": 420, "WITA": 480, "WIT": 540, "GMT": 0, "UTC": 0]
    static let zoneShapes = WordShapeFilter(zones.keys)

    /// A time zone at `i` (`WIB`, `GMT`, `UTC+7`, `GMT-5`, optionally in parentheses).
    /// Returns the offset and the index after it.
    func zone(at i: Int) -> (offset: Int, end: Int)? {
        var j = i
        let parenthesized = isSymbol(j, "(")
        if parenthesized { j += 1 }
        guard mayBeWord(j, Self.zoneShapes), let t = self[j], t.kind == .word, var offset = Self.zones[text(of: t)]
        else { return nil }
        j += 1
        if offset == 0, isSymbol(j, "+-", glued: true), isDigits(j + 1, glued: true, length: 1...2),
            let h = integer(j + 1), h <= 14
        {
            offset = (tokens[j].firstASCII == UInt8(ascii: "-") ? -1 : 1) * h * 60
            j += 2
        }
        if parenthesized {
            guard isSymbol(j, ")", glued: true) else { return nil }
            j += 1
        }
        return (offset, j)
    }
}
