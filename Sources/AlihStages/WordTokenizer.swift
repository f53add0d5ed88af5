import AlihCore
import AlihICU

/// Splits text into words with ICU's word break rules, keeping hyphenated words whole.
///
/// ICU breaks *negara-negara* and *KPK-nya* at the hyphen; Indonesian needs them as one word
/// (reduplication, clitics), so letter runs joined by a single hyphen are merged back.
/// Punctuation and spaces are not tokens.
///
/// Text made only of the characters Indonesian news is written in (ASCII, Latin-1 and Latin
/// Extended-A letters, curly quotes, dashes, the ellipsis: `WordBreakRules`) is split by the
/// rules of Unicode's word breaking for those characters, on its bytes; any other text goes to
/// ICU. The two give the same words (tested on random text and real articles).
package struct WordTokenizer: ~Copyable {
    private var iterator: BreakIterator
    /// ICU's pieces of the text being split (reused from one call to the next).
    private var pieces: [Piece] = []

    private struct Piece {
        var start: Int
        var end: Int
        var isWord: Bool
    }

    package init(locale: String = "id") throws {
        iterator = try BreakIterator(.word, locale: locale)
    }

    /// The words of `text`, as ranges into its base string.
    package mutating func words(in text: Substring) throws -> [Range<String.Index>] {
        var words: [Range<String.Index>] = []
        let base = text.base
        let start = base.utf8Offsets(of: text.startIndex..<text.endIndex).lowerBound
        try base.withContiguousUTF8 { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<(start + text.utf8.count)])
            try forEachWord(utf8: slice) { range in
                words.append(
                    base.utf8Index(at: start + range.lowerBound)..<base.utf8Index(at: start + range.upperBound))
            }
        }
        return words
    }

    /// Calls `body` with every word of `bytes` (well-formed UTF-8), in order, as byte ranges.
    package mutating func forEachWord(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) throws {
        if WordBreakRules.forEachWord(utf8: bytes, body) { return }
        try forEachWordByICU(utf8: bytes, body)
    }

    /// `forEachWord` with ICU's word break iterator, whatever the text.
    package mutating func forEachWordByICU(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) throws
    {
        pieces.removeAll(keepingCapacity: true)
        var start = 0
        try iterator.forEachBoundary(utf8: bytes) { end, status in
            pieces.append(Piece(start: start, end: end, isWord: WordKind(status: status) != .none))
            start = end
        }
        var i = 0
        let count = pieces.count
        while i < count {
            guard pieces[i].isWord else {
                i += 1
                continue
            }
            let first = pieces[i].start
            var last = pieces[i].end
            // word - word (no spaces): one hyphenated word.
            while i + 2 < count, pieces[i + 2].isWord, pieces[i + 1].end - pieces[i + 1].start == 1,
                bytes[pieces[i + 1].start] == UInt8(ascii: "-")
            {
                last = pieces[i + 2].end
                i += 2
            }
            body(first..<last)
            i += 1
        }
    }
}
