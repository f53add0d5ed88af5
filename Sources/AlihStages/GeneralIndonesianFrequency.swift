/// How often general Indonesian uses a word: counts from the UD Indonesian-GSD sentences
/// (Wikipedia-style text, CC BY-SA 4.0), the yardstick `alih coverage` measures how term-like a
/// candidate is against.
///
/// The counts are generated source (`GeneralIndonesianFrequency+Counts.swift`), built by
/// `Scripts/make-general-frequency.py` with Alih's own lemmatizer, so a lemma here is the lemma
/// the coverage computes. Lemmas and capitalised words seen once are left out (count 0 here).
package enum GeneralIndonesianFrequency {
    /// Words in the sentences counted.
    package static var words: Int { countedWords }

    /// How often general Indonesian uses `lemma` (lowercase), in any inflected form.
    package static func count(ofLemma lemma: String) -> Int { lemmaCounts[lemma] ?? 0 }

    /// How often general Indonesian writes `word` capitalised inside a sentence (*China*,
    /// *Jakarta*): names, not sentence openers.
    package static func capitalisedCount(of word: String) -> Int { capitalisedCounts[word] ?? 0 }

    private static let lemmaCounts = parse(lemmaTable)
    private static let capitalisedCounts = parse(capitalisedTable)

    private static func parse(_ table: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for line in table.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let count = Int(line[line.index(after: tab)...]) else {
                continue
            }
            counts[String(line[..<tab])] = count
        }
        return counts
    }
}
