import AlihICU

/// Splits text into words with ICU's word break rules, keeping hyphenated words whole.
///
/// ICU breaks *negara-negara* and *KPK-nya* at the hyphen; Indonesian needs them as one word
/// (reduplication, clitics), so letter runs joined by a single hyphen are merged back.
/// Punctuation and spaces are not tokens.
public struct WordTokenizer: ~Copyable {
    private var iterator: BreakIterator

    public init(locale: String = "id") throws {
        iterator = try BreakIterator(.word, locale: locale)
    }

    /// The words of `text`, as ranges into its base string.
    public mutating func words(in text: Substring) throws -> [Range<String.Index>] {
        var pieces: [(range: Range<String.Index>, isWord: Bool)] = []
        var start = text.startIndex
        for boundary in try iterator.boundaries(in: text) {
            pieces.append((start..<boundary.index, WordKind(status: boundary.status) != .none))
            start = boundary.index
        }
        var words: [Range<String.Index>] = []
        var i = 0
        while i < pieces.count {
            guard pieces[i].isWord else { i += 1; continue }
            var range = pieces[i].range
            // word - word (no spaces): one hyphenated word.
            while i + 2 < pieces.count, pieces[i + 2].isWord, text.base[pieces[i + 1].range] == "-" {
                range = range.lowerBound..<pieces[i + 2].range.upperBound
                i += 2
            }
            words.append(range)
            i += 1
        }
        return words
    }
}
