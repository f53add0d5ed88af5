import AlihCore

/// What `TermCandidateFinder` finds in one document: name and acronym places, and the runs of
/// content words phrases are cut from.
package struct CandidateScan: Sendable, Equatable {
    /// Names and acronyms, in text order; each is reported wherever it occurs.
    package var names: [TermCandidateFinder.Occurrence]
    /// Runs of content words, in text order; which of their phrases are reported depends on
    /// how often they occur, which the caller decides.
    package var runs: [PhraseRun]

    package init(names: [TermCandidateFinder.Occurrence] = [], runs: [PhraseRun] = []) {
        self.names = names
        self.runs = runs
    }
}
