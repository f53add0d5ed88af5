import Foundation

/// How much a candidate looks like a term worth a glossary entry, judged against general
/// Indonesian (`GeneralIndonesianFrequency`): what ranks `alih coverage`'s candidates and
/// leaves out everyday words and well-known names.
///
/// - A single word whose lemma general Indonesian uses `generalWordCount` times or more
///   (*tahu*, *besar*, *rumah*, *pergi*) is general vocabulary, not a candidate; phrases of
///   several words always can be (*rumah sakit*, *kekebalan tubuh*).
/// - A single capitalised word the Hunspell dictionary lists as a proper noun (*Jepang*,
///   *Jakarta*), a word general Indonesian writes capitalised inside sentences
///   `wellKnownNameCount` times or more (*Indonesia*, *China*), or an everyday word in title
///   case (*Kisah*, *Penyakit*: ordinary words of general vocabulary) is not a missing name.
///   Personal names that are also rarer words (*Lestari*, *Siti*) stay candidates.
/// - **Score** = occurrences × rarity × 1.5 for a phrase of several words, where rarity is the
///   mean over the words of log₂(words counted ÷ (1 + the lemma's count)): about 16.5 bits for
///   a word general Indonesian never uses, 3 for one it uses every ninth word.
package struct TermLikeness: Sendable {
    package let lemmatizer: IndonesianLemmatizer
    /// From this count on (in about 90,000 words) a lemma is general vocabulary.
    package var generalWordCount: Int
    /// From this count on a capitalised word is a well-known name.
    package var wellKnownNameCount: Int

    package init(lemmatizer: IndonesianLemmatizer, generalWordCount: Int = 10, wellKnownNameCount: Int = 5) {
        self.lemmatizer = lemmatizer
        self.generalWordCount = generalWordCount
        self.wellKnownNameCount = wellKnownNameCount
    }

    /// Whether `lemma` alone is general vocabulary rather than a candidate term.
    package func isGeneralWord(lemma: String) -> Bool {
        GeneralIndonesianFrequency.count(ofLemma: lemma) >= generalWordCount
    }

    /// Whether `name` (as written) is a well-known single-word name.
    package func isWellKnownName(_ name: String) -> Bool {
        isWellKnownName(name, isOrdinary: { lemmatizer.isOrdinaryWord(name) }, lemma: { lemmatizer.lemma(name) })
    }

    /// `isWellKnownName`, with what the morphology says of the name given (asked only when needed).
    func isWellKnownName(_ name: String, isOrdinary: () -> Bool, lemma: () -> String) -> Bool {
        guard !name.contains(" " as Character) else { return false }
        if lemmatizer.isProperNoun(name) || GeneralIndonesianFrequency.capitalisedCount(of: name) >= wellKnownNameCount
        {
            return true
        }
        return isOrdinary() && isGeneralWord(lemma: lemma())
    }

    /// In bits: how rarely general Indonesian uses `lemma`.
    package func rarity(lemma: String) -> Double {
        log2(Double(GeneralIndonesianFrequency.words) / Double(1 + GeneralIndonesianFrequency.count(ofLemma: lemma)))
    }

    /// The ranking score of a candidate seen `count` times whose words have `lemmas`.
    package func score(count: Int, lemmas: [String]) -> Double {
        guard !lemmas.isEmpty else { return 0 }
        let rarity = lemmas.reduce(0) { $0 + self.rarity(lemma: $1) } / Double(lemmas.count)
        return Double(count) * rarity * (lemmas.count > 1 ? 1.5 : 1)
    }
}
