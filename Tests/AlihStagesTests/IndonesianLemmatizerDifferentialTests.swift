import AlihHunspell
import AlihTestSupport
import Foundation
import Testing

@testable import AlihStages

/// `IndonesianLemmatizer` (candidate roots as pieces of the word's bytes, the lexicon looked up
/// by bytes) analyses every word as the lemmatizer did with Strings
/// (`ReferenceIndonesianLemmatizer`): the real words of the UD and Wikipedia data, and affixed
/// forms of the dictionary's roots.
@Suite struct IndonesianLemmatizerDifferentialTests {
    static let dictionary = try! HunspellDictionary.installed()
    static let lemmatizer = IndonesianLemmatizer(dictionary: dictionary)
    static let reference = ReferenceIndonesianLemmatizer(dictionary: dictionary)

    /// Prefixes (with the nasal of meN-/peN- written as Indonesian writes it), suffixes,
    /// clitics and particles, combined on every 25th root of the dictionary.
    static let affixedForms: [String] = AffixedForms.forms(
        of: dictionary.listedWords().sorted().enumerated().filter { $0.offset % 25 == 0 }.map(\.element),
        affixes: AffixedForms.common + [
            ("kau", "kan"), ("be", "kan"), ("te", "kah"), ("pe", "nyalah"), ("di", "inya"), ("ke", "i"),
        ])

    /// Words that are not plain ASCII letters: accents, hyphens at the edges, digits, case.
    static let unusualWords = [
        "café", "kafé-kafé", "résumé", "mémpérbarui", "sékolahnya", "ménarik", "-menarik-", "--", "a", "ab", "2024",
        "kira2", "Tentaranya", "MENYETUJUINYA", "pemilu", "pemilunya", "ke-3", "ubérnya", "ñandu", "über",
        "e\u{301}lan", "ke\u{301}kalahan", "Kʟ", "Ｔｅｎｔａｒａ",
    ]

    static func check(_ words: some Sequence<String>) {
        for word in words {
            #expect(lemmatizer.analyze(word) == reference.analyze(word), "\(word)")
            #expect(lemmatizer.isRoot(word) == reference.isRoot(word), "\(word)")
            #expect(lemmatizer.isProperNoun(word) == reference.isProperNoun(word), "\(word)")
            #expect(
                IndonesianPrefixes.strip(word).map { "\($0.rest) \($0.prefix) \($0.reduced)" }
                    == ReferenceIndonesianPrefixes.strip(word).map { "\($0.rest) \($0.prefix) \($0.reduced)" },
                "\(word)")
        }
    }

    @Test func affixedFormsOfTheDictionarysRootsAreAnalysedAsBefore() {
        #expect(Self.affixedForms.count > 20_000)
        Self.check(Self.affixedForms)
    }

    @Test func unusualWordsAreAnalysedAsBefore() {
        Self.check(Self.unusualWords)
    }

    /// The dictionary's own words, capitalised ones (proper nouns) included.
    @Test func listedWordsAreAnalysedAsBefore() {
        let listed = Self.dictionary.listedWords().sorted().enumerated().filter { $0.offset % 7 == 0 }.map(\.element)
        Self.check(listed)
    }

    @Test(.enabled(if: TestPaths.shared != nil, "\(TestPaths.sharedMissing)"))
    func everyRealWordIsAnalysedAsBefore() throws {
        let text = try TestPaths.sharedIndonesianText()!
        var tokenizer = try WordTokenizer()
        let words = Set(try tokenizer.words(in: text[...]).map { String(text[$0]) })
        #expect(words.count > 10_000)
        Self.check(words.sorted())
    }
}
