/// One word of a run of content words: its form's and lemma's ids (`CandidateVocabulary`) and
/// its bytes in the document's UTF-8.
package struct RunWord: Sendable, Equatable {
    package var form: Int32
    /// The lemma token (`CandidateVocabulary.token`).
    package var lemma: Int32
    package var start: Int
    package var end: Int

    package init(form: Int32, lemma: Int32, start: Int, end: Int) {
        self.form = form
        self.lemma = lemma
        self.start = start
        self.end = end
    }
}

/// Places of one name or acronym of a document: its text, how many, and the first.
package struct NameGroup: Sendable, Equatable {
    package var kind: TermCandidateFinder.Occurrence.Kind
    /// The name's text (`CandidateVocabulary` id).
    package var key: Int32
    package var count: Int
    /// The first place's bytes in the document's UTF-8.
    package var range: Range<Int>
    /// The first place's segment (numbered among the document's translatable segments).
    package var segment: Int32

    package init(
        kind: TermCandidateFinder.Occurrence.Kind, key: Int32, count: Int, range: Range<Int>, segment: Int32
    ) {
        self.kind = kind
        self.key = key
        self.count = count
        self.range = range
        self.segment = segment
    }
}

/// Where a scan hands what it finds in a chunk of a document: counted (distinct runs and names,
/// `TermCandidateFinder.counts`) or kept place by place (`TermCandidateFinder.scan`). A chunk's
/// sink is joined to the one before it, in text order.
protocol CandidateSink: Sendable {
    init()
    /// Takes one run of the segment numbered `segment` (among the document's translatable ones).
    mutating func add(_ run: UnsafeBufferPointer<RunWord>, segment: Int32)
    /// Takes `count` places of a name whose words' form ids are `forms` (the first at `range`).
    mutating func add(
        name kind: TermCandidateFinder.Occurrence.Kind, forms: UnsafeBufferPointer<Int32>, count: Int,
        range: Range<Int>, segment: Int32)
    /// Takes another thread's findings in the same document.
    mutating func join(_ other: Self)
    /// Calls `body` with each name taken (its kind, words' form ids, places, first place and segment).
    func forEachName(_ body: (TermCandidateFinder.Occurrence.Kind, ArraySlice<Int32>, Int, Range<Int>, Int32) -> Void)
    /// Lets the names taken go (once the document's are settled).
    mutating func forgetNames()
}
