/// Words that start Indonesian sentences and are seldom capitalised inside one (`Namun`,
/// `Sedangkan`, `Jumlah`, `Setelah`), learnt Punkt-style from the UD Indonesian-GSD train
/// sentences.
///
/// After an abbreviation that may close a sentence (`Corp.`, `S.H.`: `IndonesianAbbreviations`)
/// or an initial, such a word starts the next one: `… Insurance Co. Sedangkan …`,
/// `… Itochu Corp. "Jumlah …`, `… vitamin C. Namun …`. The list (`table`, with the counts that
/// chose each word) is written by `Scripts/make-sentence-starters.py`, which says how it
/// chooses and measures the list on the held-out dev sentences; run it again to change it.
package enum IndonesianSentenceStarters {
    /// The words, in alphabetical order.
    package static let words: [String] = table.utf8.split(separator: UInt8(ascii: "\n")).map {
        // Bytes, not Characters: the table is ASCII and needs no grapheme breaking.
        String(decoding: $0.prefix { $0 != UInt8(ascii: "\t") }, as: UTF8.self)
    }

    /// `words`, for lookups.
    package static let set = Set(words)
}
