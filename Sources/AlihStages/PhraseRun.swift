import AlihCore

/// A maximal run of consecutive content words in one segment: where phrase candidates are cut.
///
/// Every sequence of 1 to `TermCandidateFinder.maxPhraseLength` consecutive words of the run
/// is a phrase occurrence, counted by its lemmas. Keeping the run rather than its phrases lets
/// a caller count identical runs once and decide later which phrases are frequent enough.
package struct PhraseRun: Sendable, Equatable {
    package var segmentID: String
    /// The words, as ranges into the document's text.
    package var words: [Range<String.Index>]
    /// Each word's lemma (lowercase).
    package var lemmas: [String]

    package init(segmentID: String, words: [Range<String.Index>], lemmas: [String]) {
        self.segmentID = segmentID
        self.words = words
        self.lemmas = lemmas
    }

    /// From the first word's start to the last word's end.
    package var range: Range<String.Index> { words[0].lowerBound..<words[words.count - 1].upperBound }
}
