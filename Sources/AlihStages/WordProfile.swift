import AlihCore

/// What glossary matching needs to know about one word form of the text, worked out once per
/// form (`GlossaryMatcher.profile(of:folded:)`) rather than once per occurrence.
struct WordProfile: Sendable {
    var surface: String
    var folded: String
    /// The surface without a hyphenated clitic (`KPK` for `KPK-nya`).
    var caseKey: String
    /// The word's lemma with the derivation that leads to it, and for a listed word that is
    /// also a derivation, the root of that derivation (see `LemmaAnalysis.alternative`).
    var reading: LemmaReading
    var alternativeReading: LemmaReading?
    /// Written with a capital: inside a sentence, a name.
    var capitalised: Bool
    /// A reduplication (*negara-negara*).
    var reduplicated: Bool
    /// A function word (`IndonesianStopWords`), which matches only as itself.
    var isFunctionWord: Bool
    /// What matching needs of the form at most words.
    var summary = WordMatchSummary()
    /// What matching needs of the form where a longer term may start with it or go on with it.
    var continuation = WordContinuation()

    /// Ids of the lemmas known to the glossary: usually none, one for a word a glossary word
    /// shares a lemma with, two for a listed word that is also a derivation.
    var lemmaIDs: LemmaIDPair { continuation.lemmaIDs }

    /// Whether being read as a segment's first word changes how the form matches: a
    /// capitalised form with a derivation (inside a sentence, a name's: `GlossaryMatcher`).
    var isNameSensitive: Bool {
        capitalised && (reading.derivation != 0 || (alternativeReading.map { $0.derivation != 0 } ?? false))
    }
}

/// A lemma of a word form with the derivation that leads to it, as matching needs it.
struct LemmaReading: Sendable {
    /// The lemma's id in the glossary, -1 when no glossary word has it.
    var lemmaID: Int32
    var lemma: String
    /// The id of its derivation among the glossary words' derivations (`GlossaryMatcher`), or
    /// -1 when no glossary word has that derivation; 0 for none (only inflected).
    var derivation: Int32
    /// The id of the derivation read with ter-, ku-/kau- and the bare object voice as the
    /// meN-/di- voice (`TermWordClass.voiced`), or -1.
    var voiced: Int32
    /// The `TermWordClass`es whose roots the derivation is a form of, as a bit set.
    var rootClasses: UInt8
}

/// What matching needs of a word form at most of its occurrences — the best term of one word
/// it matches, and whether a longer term can start with it — kept apart from its profile in 12
/// bytes without references: read for every word of the text, it costs no reference counting,
/// and a text's summaries stay in the cache.
struct WordMatchSummary: Sendable {
    /// The best one-word term as a segment's first word (-1: none), and its tier.
    var firstTerm: Int32 = -1
    /// The best one-word term after a segment's first word (-1: none); for a capitalised word
    /// whose term differs there (a name inside a sentence), -3 - that term, for the segment's
    /// case to decide (`oneWordTerm(first:titleCase:)`).
    var laterTerm: Int32 = -1
    var firstTier = MatchTier.exact
    var laterTier = MatchTier.exact
    /// Whether a term of several words can start with the form.
    var startsLongerTerms = false

    /// Sets the best one-word terms as a segment's first word and after it (-1: none).
    mutating func set(first: Int32, _ firstTier: MatchTier, later: Int32, _ laterTier: MatchTier) {
        firstTerm = first
        self.firstTier = firstTier
        laterTerm = first == later && firstTier == laterTier ? later : -3 - later
        self.laterTier = laterTier
    }

    /// The best one-word term at a segment's first word or after it, if any — nil too where
    /// the word's capital matters (`dependsOnCase`).
    @inline(__always)
    func oneWordTerm(first: Bool) -> (term: Int, tier: MatchTier)? {
        let term = first ? firstTerm : laterTerm
        return term < 0 ? nil : (Int(term), first ? firstTier : laterTier)
    }

    /// Whether the best one-word term after a segment's first word depends on the segment's
    /// case: read as a first word in title case, as a name's otherwise (`oneWordTerm(titleCase:)`).
    var dependsOnCase: Bool { laterTerm < -1 }

    /// The best one-word term after a segment's first word of a word whose capital matters.
    func oneWordTerm(titleCase: Bool) -> (term: Int, tier: MatchTier)? {
        if titleCase { return oneWordTerm(first: true) }
        let later = -3 - laterTerm
        return later < 0 ? nil : (Int(later), laterTier)
    }
}

/// What matching needs of a word form where a longer term may start with it: its glossary
/// lemma ids, and the lemma ids a term goes on with after it.
struct WordContinuation: Sendable {
    /// The ids of the form's lemmas known to the glossary.
    var lemmaIDs = LemmaIDPair([])
    /// The lemma ids a term goes on with after the form, as a Bloom filter (two bits per id in
    /// 128): a word none of whose lemmas is in it cannot be a longer term's second word.
    var continuations = LemmaIDFilter()

    /// Whether a term starting with this form can go on with a word of `next`'s lemmas.
    @inline(__always)
    func mayContinue(with next: WordContinuation) -> Bool {
        next.lemmaIDs.contains { continuations.mayContain($0) }
    }
}

/// The glossary lemma ids of a word form, without an array: a form has two lemmas at most (its
/// lemma and an alternative).
struct LemmaIDPair: Sequence, Sendable {
    private var first: Int32 = -1
    private var second: Int32 = -1

    var isEmpty: Bool { first < 0 }

    init(_ ids: [Int32]) {
        precondition(ids.count <= 2, "a word form has two lemmas at most")
        if let id = ids.first { first = id }
        if ids.count == 2 { second = ids[1] }
    }

    func makeIterator() -> Iterator { Iterator(pair: self) }

    struct Iterator: IteratorProtocol {
        fileprivate let pair: LemmaIDPair
        private var index = 0

        fileprivate init(pair: LemmaIDPair) { self.pair = pair }

        mutating func next() -> Int32? {
            while index < 2 {
                let id = index == 0 ? pair.first : pair.second
                index += 1
                if id >= 0 { return id }
            }
            return nil
        }
    }
}

/// A Bloom filter of lemma ids in 128 bits, two bits per id: it never rules out an id added.
struct LemmaIDFilter: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ id: Int32) {
        let (a, b) = Self.bits(id)
        low |= a
        high |= b
    }

    func mayContain(_ id: Int32) -> Bool {
        let (a, b) = Self.bits(id)
        return low & a != 0 && high & b != 0
    }

    private static func bits(_ id: Int32) -> (UInt64, UInt64) {
        let hash = UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15
        return (1 << (hash >> 58), 1 << ((hash >> 52) & 63))
    }
}
