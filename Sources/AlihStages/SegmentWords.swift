/// A segment's words as `TermScanner` finds them: each word's byte range, its form-table key
/// and the index of its profile, in memory kept from one segment to the next.
///
/// Appending a word writes to memory already there (no Array's uniqueness check and capacity
/// test per word); the memory grows by doubling when a segment has more words than any before.
struct SegmentWords: ~Copyable {
    /// Each word's byte range in the segment and its profile index (-1: no glossary lemma).
    private(set) var words: UnsafeMutablePointer<(range: Range<Int>, profile: Int32)>
    /// Each word's key in the form table.
    private(set) var keys: UnsafeMutablePointer<WordFormTable.Key>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 1)
        words = .allocate(capacity: self.capacity)
        keys = .allocate(capacity: self.capacity)
    }

    deinit {
        words.deallocate()
        keys.deallocate()
    }

    /// Forgets the words, keeping the memory.
    mutating func removeAll() { count = 0 }

    /// Appends the word at `range` of `segment`, with its key and no profile yet (-1).
    @inline(__always)
    mutating func append(_ range: Range<Int>, of segment: UnsafeBufferPointer<UInt8>) {
        if count == capacity { grow() }
        (words + count).initialize(to: (range, -1))
        (keys + count).initialize(to: WordFormTable.key(of: UnsafeBufferPointer(rebasing: segment[range])))
        count += 1
    }

    /// The words, their ranges and profile indices (valid until the next append).
    var wordBuffer: UnsafeMutableBufferPointer<(range: Range<Int>, profile: Int32)> {
        UnsafeMutableBufferPointer(start: words, count: count)
    }

    /// The words' keys (valid until the next append).
    var keyBuffer: UnsafeBufferPointer<WordFormTable.Key> { UnsafeBufferPointer(start: keys, count: count) }

    @inline(never)
    private mutating func grow() {
        let larger = capacity * 2
        let newWords = UnsafeMutablePointer<(range: Range<Int>, profile: Int32)>.allocate(capacity: larger)
        let newKeys = UnsafeMutablePointer<WordFormTable.Key>.allocate(capacity: larger)
        newWords.moveInitialize(from: words, count: count)
        newKeys.moveInitialize(from: keys, count: count)
        words.deallocate()
        keys.deallocate()
        words = newWords
        keys = newKeys
        capacity = larger
    }
}
