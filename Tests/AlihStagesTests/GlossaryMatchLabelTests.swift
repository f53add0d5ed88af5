import AlihCore
import AlihStages
import AlihTestSupport
import Foundation
import Testing

/// The shipped glossary's matches in real sentences, judged by hand (`Fixtures/glossary-matches.tsv`
/// on the sentences of `Fixtures/glossary-sentences.tsv`): the precision of each tier and the
/// recall of inflections stay above their floors.
///
/// Every match through morphology the matcher finds must be labelled, and every match in the
/// sentences drawn at random (`sample`); a match found and not labelled fails the test with its
/// row to judge. Precision counts each labelled (sentence, words, entry) once. Recall is of the
/// rows labelled right inflections: found when a match judged right covers the word.
@Suite struct GlossaryMatchLabelTests {
    static let inflectedPrecisionFloor = 0.95
    static let inflectionRecallFloor = 0.99
    static let exactPrecisionFloor = 0.94
    static let casePrecisionFloor = 0.9

    struct Label {
        var tier: String
        var right: Bool
        var kind: String
    }

    struct Key: Hashable {
        var sentence: String
        var words: String
        var entry: String
    }

    static func rows(_ name: String) throws -> [[String]] {
        try String(contentsOf: TestPaths.repo("Tests/AlihStagesTests/Fixtures/\(name)"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func precisionPerTierAndInflectionRecallHoldTheirFloors() throws {
        let sentences = try Self.rows("glossary-sentences.tsv").map { row in
            let id = row[0].split(separator: " ")
            return (id: String(id[0]), sample: id.count > 1 && id[1] == "sample", text: row[1])
        }
        var labels: [Key: Label] = [:]
        for row in try Self.rows("glossary-matches.tsv") {
            #expect(row.count == 7, "\(row)")
            labels[Key(sentence: row[0], words: row[1], entry: row[2])] = Label(
                tier: row[3], right: row[4] == "right", kind: row[5])
        }
        let matcher = GlossaryMatcherDifferentialTests.matcher
        let glossary = GlossaryMatcherDifferentialTests.glossary
        var tokenizer = try WordTokenizer()
        var found: [String: [(key: Key, right: Bool)]] = [:]
        var counts: [MatchTier: (right: Int, all: Int)] = [:]
        var unlabelled: [String] = []
        var mislabelled: [String] = []
        for sentence in sentences {
            for match in try matcher.matches(in: sentence.text[...], tokenizer: &tokenizer) {
                let key = Key(
                    sentence: sentence.id, words: String(sentence.text[match.range]),
                    entry: glossary.entries[match.entryIndex].source)
                guard match.tier == .inflected || sentence.sample else { continue }
                guard let label = labels[key] else {
                    unlabelled.append("\(key.sentence)\t\(key.words)\t\(key.entry)\t\(match.tier.rawValue)\t?\t?\t?")
                    continue
                }
                if label.tier != match.tier.rawValue { mislabelled.append("\(key): \(match.tier.rawValue)") }
                guard found[sentence.id, default: []].allSatisfy({ $0.key != key }) else { continue }
                found[sentence.id, default: []].append((key, label.right))
                counts[match.tier, default: (0, 0)].all += 1
                if label.right { counts[match.tier, default: (0, 0)].right += 1 }
            }
        }
        let inflections = labels.filter {
            $0.value.tier == "inflected" && $0.value.right && $0.value.kind == "inflection"
        }
        let recalled = inflections.keys.filter { key in
            found[key.sentence, default: []].contains { $0.right && Self.contains($0.key.words, key.words) }
        }
        func precision(_ tier: MatchTier) -> Double {
            Double(counts[tier]?.right ?? 0) / Double(max(counts[tier]?.all ?? 0, 1))
        }
        let recall = Double(recalled.count) / Double(inflections.count)
        print(
            String(
                format: "glossary matches judged by hand: precision exact %.3f (%d/%d), case %.3f (%d/%d), "
                    + "inflected %.3f (%d/%d); inflection recall %.3f (%d/%d)",
                precision(.exact), counts[.exact]?.right ?? 0, counts[.exact]?.all ?? 0, precision(.case),
                counts[.case]?.right ?? 0, counts[.case]?.all ?? 0, precision(.inflected),
                counts[.inflected]?.right ?? 0, counts[.inflected]?.all ?? 0, recall, recalled.count,
                inflections.count))
        #expect(
            unlabelled.isEmpty,
            "matches to judge in Fixtures/glossary-matches.tsv:\n\(unlabelled.joined(separator: "\n"))")
        #expect(mislabelled.isEmpty, "labels whose tier differs from the match's: \(mislabelled)")
        #expect(precision(.inflected) >= Self.inflectedPrecisionFloor)
        #expect(recall >= Self.inflectionRecallFloor)
        #expect(precision(.exact) >= Self.exactPrecisionFloor)
        #expect(precision(.case) >= Self.casePrecisionFloor)
    }

    /// Whether `words` (a match) holds `word` as a whole word.
    static func contains(_ words: String, _ word: String) -> Bool {
        words == word || words.split(separator: " ").contains { $0 == word }
            || words.range(of: word).map { range in
                let before = range.lowerBound == words.startIndex ? " " : words[words.index(before: range.lowerBound)]
                let after = range.upperBound == words.endIndex ? " " : words[range.upperBound]
                return !before.isLetter && before != "-" && !after.isLetter && after != "-"
            } ?? false
    }
}
