import AlihCore

/// What `TermCandidateFinder` finds in one document: name and acronym places, and the runs of
/// content words phrases are cut from.
public struct CandidateScan: Sendable, Equatable {
    /// Names and acronyms, in text order; each is reported wherever it occurs.
    public var names: [TermCandidateFinder.Occurrence]
    /// Runs of content words, in text order; which of their phrases are reported depends on
    /// how often they occur, which the caller decides.
    public var runs: [PhraseRun]

    public init(names: [TermCandidateFinder.Occurrence] = [], runs: [PhraseRun] = []) {
        self.names = names
        self.runs = runs
    }
}
