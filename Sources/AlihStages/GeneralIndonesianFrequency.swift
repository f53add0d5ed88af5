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

    /// The `key<TAB>count` lines of `table`, read as bytes (the same lines `Character` by
    /// `Character` would give: a line feed and a tab are never part of a larger character).
    private static func parse(_ table: String) -> [String: Int] {
        var table = table
        return table.withUTF8 { bytes in
            var counts: [String: Int] = [:]
            counts.reserveCapacity(bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) })
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                guard let tab = bytes[start..<end].firstIndex(of: 0x09), tab + 1 < end else { continue }
                var count = 0
                var isNumber = true
                for byte in bytes[(tab + 1)..<end] {
                    guard byte &- 0x30 < 10 else {
                        isNumber = false
                        break
                    }
                    count = count &* 10 &+ Int(byte &- 0x30)
                }
                guard isNumber else { continue }
                counts[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<tab]), as: UTF8.self)] = count
            }
            return counts
        }
    }
}
