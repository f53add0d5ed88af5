import AlihCore

#if canImport(Glibc)
    import Glibc
#endif

/// The lines of a document that a teaser may repeat, keyed by their first two words.
///
/// A line of teaser shape (`Rusia Tarik Tentara...`) is a teaser when one of the first
/// `candidateLimit` distinct lines with the same first two words (its *key*) is longer than
/// the text before its dots (its *stem*) by two characters or more, starts with the stem, and
/// is not the line itself.
///
/// The index holds byte offsets into the text, filed under a 64-bit hash of the key: a large
/// archive repeats the same lines thousands of times, and each is ruled out or found a
/// duplicate on its bytes, with no Substring made. Keys are compared exactly when a teaser is
/// looked up (two keys with one hash only share the bucket's `candidateLimit` places), and a
/// candidate that passes on bytes is confirmed as Swift compares text (characters, canonical
/// equivalence); starting with the stem is first tested on bytes, which finds every match in
/// NFC text (the normalize stage's default).
struct LineIndex {
    /// Byte ranges of the first distinct lines per key hash, in document order.
    private var byKey: [UInt64: [Range<Int>]] = [:]
    /// Candidates kept per key at most, so that a repetitive archive stays linear.
    static let candidateLimit = 64

    /// An index of the lines of `blocks` (ranges into `text`, in document order) whose key
    /// hash (`keyHash`) is one of `keys`; the lines are looked at on `workers` threads when
    /// there are many.
    init(text: String, blocks: [Range<String.Index>], keys wanted: Set<UInt64>, workers: Int) {
        guard !wanted.isEmpty else { return }
        // Each part of the document keeps its own first distinct lines per key; joined in
        // order, they are the document's first distinct lines per key.
        let found = ParallelChunks.map(
            count: blocks.count, minimumChunk: BoilerplateDetector.blocksPerWorker, workers: workers
        ) { chunk in
            text.withContiguousUTF8 { bytes in
                var kept: [UInt64: [Range<Int>]] = [:]
                for block in blocks[chunk] {
                    TextLines.forEachLine(in: bytes, within: text.utf8Offsets(of: block)) { line in
                        let hash = Self.keyHash(bytes, line.lowerBound, line.upperBound)
                        if wanted.contains(hash) { Self.keep(line, under: hash, in: &kept, bytes: bytes) }
                    }
                }
                return kept
            }
        }
        text.withContiguousUTF8 { bytes in
            for part in found {
                for (hash, lines) in part {
                    for line in lines { Self.keep(line, under: hash, in: &byKey, bytes: bytes) }
                }
            }
        }
    }

    /// Adds `line` to the lines under `hash` unless the same bytes are there or `candidateLimit` lines are.
    private static func keep(
        _ line: Range<Int>, under hash: UInt64, in index: inout [UInt64: [Range<Int>]],
        bytes: UnsafeBufferPointer<UInt8>
    ) {
        let lines = index[hash, default: []]
        guard lines.count < candidateLimit, !lines.contains(where: { equal(bytes, $0, line) }) else { return }
        index[hash, default: []].append(line)
    }

    /// Whether the teaser-shaped line at byte range `line` of `text`, whose stem is its first
    /// `stemLength` bytes, repeats the start of a longer line (`bytes` is `text`'s UTF-8).
    func isTeaser(_ line: Range<Int>, stemLength: Int, in text: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let stem = line.lowerBound..<(line.lowerBound + stemLength)
        guard let candidates = byKey[Self.keyHash(bytes, stem.lowerBound, stem.upperBound)] else { return false }
        func substring(_ range: Range<Int>) -> Substring {
            text[text.utf8Index(at: range.lowerBound)..<text.utf8Index(at: range.upperBound)]
        }
        for candidate in candidates
        where candidate.count > stemLength + 1
            && memcmp(bytes.baseAddress! + candidate.lowerBound, bytes.baseAddress! + stem.lowerBound, stemLength) == 0
            && !Self.equal(bytes, candidate, line)
        {
            let candidateText = substring(candidate)
            let stemText = substring(stem)
            if Self.key(candidateText).utf8.elementsEqual(Self.key(stemText).utf8)
                && candidateText.count > stemText.count + 1
                && candidateText.hasPrefix(stemText) && candidateText != substring(line)
            {
                return true
            }
        }
        return false
    }

    /// FNV-1a of the bytes of `line`.
    static func lineHash(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in line { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        return hash
    }

    /// Whether byte ranges `a` and `b` of `bytes` hold the same bytes.
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count
            && (a.isEmpty || memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, a.count) == 0)
    }

    /// The text before the dots of a line of at most `maxWords` words ending in `...` or `…`
    /// (the dots and the spaces and periods before them taken off).
    static func teaserStem(_ line: Substring, maxWords: Int) -> Substring? {
        if let found = line.utf8.withContiguousStorageIfAvailable({ teaserStemLength($0, maxWords: maxWords) }) {
            return found.map { line[..<line.utf8.index(line.startIndex, offsetBy: $0)] }
        }
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { teaserStemLength($0, maxWords: maxWords) }
            .map { line[..<line.utf8.index(line.startIndex, offsetBy: $0)] }
    }

    /// The length in bytes of the teaser stem of a line given as its UTF-8 (see `teaserStem`).
    static func teaserStemLength(_ bytes: UnsafeBufferPointer<UInt8>, maxWords: Int) -> Int? {
        let count = bytes.count
        guard count >= 3 else { return nil }
        let threeDots = bytes[count - 3] == 0x2E && bytes[count - 2] == 0x2E && bytes[count - 1] == 0x2E
        let ellipsis = bytes[count - 3] == 0xE2 && bytes[count - 2] == 0x80 && bytes[count - 1] == 0xA6
        guard threeDots || ellipsis else { return nil }
        var end = count - 3
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        // Words are runs of bytes other than spaces.
        var words = 0
        var inWord = false
        for i in 0..<end {
            let isSpace = bytes[i] == UInt8(ascii: " ")
            if !isSpace && !inWord {
                words += 1
                if words > maxWords { return nil }
            }
            inWord = !isSpace
        }
        return words == 0 ? nil : end
    }

    /// FNV-1a of the bytes of `key(_:)` of the line `bytes[start..<end]` (its first two
    /// words, one space between them), computed on the bytes.
    static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        for word in 0..<2 {
            while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
            if word == 1 {
                guard i < end else { break }
                hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3
            }
            while i < end, bytes[i] != UInt8(ascii: " ") {
                hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3
                i += 1
            }
        }
        return hash
    }

    /// The text up to the first space after the leading spaces.
    private static func word(in text: Substring) -> Substring {
        let utf8 = text.utf8
        let start = utf8.firstIndex { $0 != UInt8(ascii: " ") } ?? utf8.endIndex
        let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
        return text[start..<end]
    }

    /// The first two words, one space between them (`keyHash` is its hash).
    static func key(_ text: Substring) -> String {
        let first = word(in: text)
        let second = word(in: text[first.endIndex...])
        return second.isEmpty ? String(first) : first + " " + second
    }
}
