import AlihCore

/// Finds a glossary's terms in many segments on one thread (`GlossaryMatcher.makeScanner()`,
/// or one lent by `GlossaryMatcher.withScanner`).
///
/// It keeps what it learnt of every word form it has met in a table keyed by the form's bytes,
/// so a word seen before costs a hash of its bytes; a new form is ruled out from its letters
/// or profiled (`GlossaryMatcher.profile(ofForm:)`). It also keeps its ICU word iterator and
/// working arrays. The matches are those `GlossaryMatcher.matches(in:tokenizer:)` gives. It is
/// used by one thread at a time (the matcher's pool hands it from one to the next).
package final class TermScanner: @unchecked Sendable {
    package let matcher: GlossaryMatcher
    // One thread at a time uses a scanner, so its state needs no run-time exclusivity checks.
    @exclusivity(unchecked) private var tokenizer: WordTokenizer
    @exclusivity(unchecked) private var forms = WordFormTable()
    @exclusivity(unchecked) private var profiles: [WordProfile] = []
    @exclusivity(unchecked) private var summaries: [WordMatchSummary] = []
    @exclusivity(unchecked) private var continuations: [WordContinuation] = []
    @exclusivity(unchecked) private var words: [(range: Range<Int>, profile: Int32)] = []
    @exclusivity(unchecked) private var stack: [(node: Int32, next: Int)] = []
    @exclusivity(unchecked) private var keys: [WordFormTable.Key] = []
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
        words.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        if forms.count > Self.formLimit { forget() }
        // The segment's words and their keys first, then the slots where their look-ups start
        // read in one go (their cache misses overlap), then the words looked up.
        try tokenizer.forEachWord(utf8: segment) { range in
            words.append((range, -1))
            keys.append(WordFormTable.key(of: UnsafeBufferPointer(rebasing: segment[range])))
        }
        touchSink = forms.touch(keys)
        var anyKnown = false
        words.withUnsafeMutableBufferPointer { words in
            keys.withUnsafeBufferPointer { keys in
                for w in words.indices {
                    let form = UnsafeBufferPointer(rebasing: segment[words[w].range])
                    let index: Int32
                    if let known = forms.value(for: form, key: keys[w]) {
                        index = known
                    } else {
                        index = learn(form, key: keys[w])
                    }
                    if index >= 0 { anyKnown = true }
                    words[w].profile = index
                }
            }
        }
        guard anyKnown else { return [] }
        return matcher.matches(
            words, segment: segment, profiles: profiles, summaries: summaries,
            continuations: continuations, stack: &stack)
    }

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

    /// Forms kept at most; then the scanner starts afresh (an archive's vocabulary stays below).
    static let formLimit = 1 << 20

    private func forget() {
        forms = WordFormTable()
        profiles.removeAll()
        summaries.removeAll()
        continuations.removeAll()
    }
}
