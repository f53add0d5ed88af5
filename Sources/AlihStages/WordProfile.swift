import AlihCore

/// What glossary matching needs to know about one word form of the text, worked out once per
/// form (`GlossaryMatcher.profile(of:)`) rather than once per occurrence.
struct WordProfile: Sendable {
    var surface: String
    var folded: String
    /// The surface without a hyphenated clitic (`KPK` for `KPK-nya`).
    var caseKey: String
    /// The lemma, then the alternative if any (see `LemmaAnalysis.lemmas`).
    var lemmas: [String]
    /// Ids of the lemmas known to the glossary: usually none, one for a word a glossary word
    /// shares a lemma with, two for a listed word that is also a derivation.
    var lemmaIDs: [Int32]
    /// Written with a capital: inside a sentence, a name.
    var capitalised: Bool
    var strippedPrefix: Bool
    /// The id of its derivation among the glossary words' derivations (`GlossaryMatcher`), or
    /// -1 when no glossary word has that derivation.
    var derivation: Int32
    /// A function word (`IndonesianStopWords`), which matches only as itself.
    var isFunctionWord: Bool
    /// The best term of one word the form matches as a segment's first word, and after it (a
    /// capital inside a sentence is a name's), worked out once.
    var firstWordMatch: OneWordMatch? = nil
    var laterWordMatch: OneWordMatch? = nil
    /// Whether a term of several words can start with the form.
    var startsLongerTerms = false
}

/// A one-word term a word form matches, and how (`GlossaryMatcher`).
struct OneWordMatch: Sendable {
    var term: Int32
    var tier: MatchTier
    var closeness: Int
}
