/// What a scanner finds in a chunk of a document's segments (`CandidateScanner`) besides what
/// it hands to the scan's sink: the sets that settle, once the document is read to its end,
/// what depends on the whole document, and what they settle.
struct ChunkScan {
    /// A name run opening a segment with an ordinary word (*Pemerintah Armenia*): the whole run
    /// is the name when the document writes that word capitalised inside a sentence too, else
    /// the run without it (none when it is alone).
    struct PendingName {
        /// The lowercase opening word's id.
        var folded: Int32
        var segment: Int32
        var range: Range<Int>
        /// Where the second word starts, when there is one.
        var rest: Int?
        /// The words' form ids, in `pendingNameForms`.
        var forms: Range<Int>
        var firstKind: TermCandidateFinder.Occurrence.Kind
        var restKind: TermCandidateFinder.Occurrence.Kind
    }

    /// An ordinary content word opening a segment capitalised (*Penyakit*): not a phrase word
    /// when the document writes it capitalised inside a sentence too, else the start of a run,
    /// joined to the run that follows it over a single space (`joined`, in `pendingWords`).
    struct PendingRun {
        var folded: Int32
        var segment: Int32
        var first: RunWord
        var joined: Range<Int>
    }

    /// The lowercase ids of words written capitalised inside a sentence.
    var knownNames = Set<Int32>()
    /// The ids of forms that start with a lowercase letter.
    var lowercaseForms = Set<Int32>()
    var pendingNames: [PendingName] = []
    var pendingNameForms: [Int32] = []
    var pendingRuns: [PendingRun] = []
    var pendingWords: [RunWord] = []

    /// Adds a later chunk's findings.
    mutating func append(_ other: ChunkScan) {
        knownNames.formUnion(other.knownNames)
        lowercaseForms.formUnion(other.lowercaseForms)
        let formShift = pendingNameForms.count
        pendingNames += other.pendingNames.map { pending in
            var moved = pending
            moved.forms = (pending.forms.lowerBound + formShift)..<(pending.forms.upperBound + formShift)
            return moved
        }
        pendingNameForms += other.pendingNameForms
        let shift = pendingWords.count
        pendingRuns += other.pendingRuns.map { pending in
            var moved = pending
            moved.joined = (pending.joined.lowerBound + shift)..<(pending.joined.upperBound + shift)
            return moved
        }
        pendingWords += other.pendingWords
    }

    /// The runs that depend on the whole document, handed to `sink` now that `knownNames` is
    /// complete.
    func settleRuns<Sink: CandidateSink>(into sink: inout Sink) {
        pendingWords.withUnsafeBufferPointer { words in
            for pending in pendingRuns {
                let joined = UnsafeBufferPointer(rebasing: words[pending.joined])
                if knownNames.contains(pending.folded) {
                    if !joined.isEmpty { sink.add(joined, segment: pending.segment) }
                } else {
                    let whole = [pending.first] + joined
                    whole.withUnsafeBufferPointer { sink.add($0, segment: pending.segment) }
                }
            }
        }
    }

    /// The name places depending on the whole document, settled, handed to `sink`.
    func settleNames<Sink: CandidateSink>(into sink: inout Sink) {
        pendingNameForms.withUnsafeBufferPointer { forms in
            for pending in pendingNames {
                let words = UnsafeBufferPointer(rebasing: forms[pending.forms])
                if knownNames.contains(pending.folded) {
                    sink.add(
                        name: pending.firstKind, forms: words, count: 1, range: pending.range,
                        segment: pending.segment)
                } else if let rest = pending.rest {
                    sink.add(
                        name: pending.restKind, forms: UnsafeBufferPointer(rebasing: words.dropFirst()), count: 1,
                        range: rest..<pending.range.upperBound, segment: pending.segment)
                }
            }
        }
    }
}
