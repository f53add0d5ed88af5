import AlihCore

/// Finds a glossary's terms in many segments on one thread (`GlossaryMatcher.makeScanner()`,
/// or one lent by `GlossaryMatcher.withScanner`).
///
/// It keeps what it learnt of every word form it has met in a table keyed by the form's bytes,
/// so a word seen before costs a hash of its bytes; a new form is ruled out from its letters
/// or profiled (`GlossaryMatcher.profile(ofForm:)`). It also keeps its ICU word iterator and
/// working memory. The matches are those `GlossaryMatcher.matches(in:tokenizer:)` gives. It is
/// used by one thread at a time (the matcher's pool hands it from one to the next).
package final class TermScanner: @unchecked Sendable {
    package let matcher: GlossaryMatcher
    // One thread at a time uses a scanner, so its state needs no run-time exclusivity checks.
    @exclusivity(unchecked) private var tokenizer: WordTokenizer
    @exclusivity(unchecked) private var forms = WordFormTable()
    @exclusivity(unchecked) private var profiles: [WordProfile] = []
    @exclusivity(unchecked) private var summaries: [WordMatchSummary] = []
    @exclusivity(unchecked) private var continuations: [WordContinuation] = []
    @exclusivity(unchecked) private var segmentWords = SegmentWords()
    @exclusivity(unchecked) private var found: [(range: Range<Int>, entryIndex: Int, tier: MatchTier)] = []
    @exclusivity(unchecked) private var stack: [(node: Int32, next: Int)] = []
    /// Where the reads that touch a segment's slots go, so that they are not optimised away.
    @exclusivity(unchecked) private var touchSink: UInt64 = 0

    init(matcher: GlossaryMatcher) throws {
        self.matcher = matcher
        tokenizer = try WordTokenizer(locale: matcher.locale)
    }

    /// The terms in `text` (a segment), as ranges into its base string.
    package func matches(in text: Substring) throws -> [TermMatch] {
        let base = text.base
        let start = base.utf8Offsets(of: text.startIndex..<text.endIndex).lowerBound
        let found = try base.withContiguousUTF8 { bytes in
            try matches(utf8: UnsafeBufferPointer(rebasing: bytes[start..<(start + text.utf8.count)]))
        }
        return found.map {
            TermMatch(
                range: base.utf8Index(
                    at: start + $0.range.lowerBound)..<base.utf8Index(at: start + $0.range.upperBound),
                entryIndex: $0.entryIndex, tier: $0.tier)
        }
    }

    /// The terms in a segment given as its UTF-8, as byte ranges into it.
    package func matches(utf8 segment: UnsafeBufferPointer<UInt8>) throws -> [(
        range: Range<Int>, entryIndex: Int, tier: MatchTier
    )] {
        try withMatches(utf8: segment) { Array($0) }
    }

    /// Calls `body` with the terms in a segment given as its UTF-8, as byte ranges into it, in
    /// memory the scanner reuses for the next segment (no array made per segment).
    package func withMatches<R>(
        utf8 segment: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<(range: Range<Int>, entryIndex: Int, tier: MatchTier)>) throws -> R
    ) throws -> R {
        found.removeAll(keepingCapacity: true)
        try find(in: segment)
        return try found.withUnsafeBufferPointer(body)
    }

    /// Puts the terms of `segment` in `found`, which is empty.
    private func find(in segment: UnsafeBufferPointer<UInt8>) throws {
        segmentWords.removeAll()
        if forms.count > Self.formLimit { forget() }
        // The segment's words and their keys first, then the slots where their look-ups start
        // read in one go (their cache misses overlap), then the words looked up, and the forms
        // met for the first time learnt last (learning one may grow the table).
        let covered = WordBreakRules.forEachWord(utf8: segment) { range in
            segmentWords.append(range, of: segment)
        }
        if !covered {
            try tokenizer.forEachWordByICU(utf8: segment) { range in segmentWords.append(range, of: segment) }
        }
        let words = segmentWords.wordBuffer
        let keys = segmentWords.keyBuffer
        var anyKnown = false
        var anyNew = false
        forms.withLookUps { table in
            touchSink = table.touch(keys)
            for w in words.indices {
                let index = table.value(for: UnsafeBufferPointer(rebasing: segment[words[w].range]), key: keys[w])
                // A form not in the table yet is marked `Self.unknown` until it is learnt.
                words[w].profile = index ?? Self.unknown
                anyKnown = anyKnown || (index ?? -1) >= 0
                anyNew = anyNew || index == nil
            }
        }
        if anyNew {
            for w in words.indices where words[w].profile == Self.unknown {
                let form = UnsafeBufferPointer(rebasing: segment[words[w].range])
                // The same new form may be met twice in a segment: the second finds the first's.
                let index = forms.value(for: form, key: keys[w]) ?? learn(form, key: keys[w])
                if index >= 0 { anyKnown = true }
                words[w].profile = index
            }
        }
        guard anyKnown else { return }
        matcher.matches(
            UnsafeBufferPointer(words), segment: segment, profiles: profiles, summaries: summaries,
            continuations: continuations, stack: &stack, into: &found)
    }

    /// The mark of a word whose form is not in the table yet, between its look-up and learning it.
    private static let unknown: Int32 = -2

    /// Profiles a form met for the first time and keeps what was learnt: the index of its
    /// profile, or -1 when it has no glossary lemma.
    private func learn(_ form: UnsafeBufferPointer<UInt8>, key: WordFormTable.Key) -> Int32 {
        var index: Int32 = -1
        if let profile = matcher.profile(ofForm: form), !profile.lemmaIDs.isEmpty {
            index = Int32(profiles.count)
            profiles.append(profile)
            summaries.append(profile.summary)
            continuations.append(profile.continuation)
        }
        forms.insert(form, key: key, value: index)
        return index
    }

    /// How many forms the scanner knows.
    var formCount: Int { forms.count }

    /// Forms kept at most; then the scanner starts afresh (an archive's vocabulary stays below).
    static let formLimit = 1 << 20

    private func forget() {
        forms = WordFormTable()
        profiles.removeAll()
        summaries.removeAll()
        continuations.removeAll()
    }
}
