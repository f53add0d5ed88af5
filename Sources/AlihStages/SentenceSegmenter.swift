import AlihCore
import AlihICU

/// The segment stage: ICU's sentence boundaries, corrected for Indonesian.
///
/// ICU finds candidate boundaries per block (a line break is always one). A post-pass then
/// removes the candidates ICU gets wrong in Indonesian text:
/// - after an abbreviation that never ends a sentence (`Bpk.`, `Jl.`, `S.H.`, `No.`) or a
///   single-letter initial (`Adnan Z. Amin`);
/// - after a list abbreviation (`dll.`) when the next word is not capitalised;
/// - after a shortening that stands before numbers (`No.`, `hlm.`) when a number follows;
/// - before a lowercase word, which is how Indonesian continues a quotation after `?` or `!`
///   (`“Siapa?” tanya dia.`).
/// A line break is never removed. Segments exclude the whitespace around them.
///
/// The post-pass was chosen over ICU's C++ `FilteredBreakIteratorBuilder` because the list
/// abbreviations need to look at the next word, which a suppression list cannot.
public struct SentenceSegmenter: Stage {
    public let locale: String
    public let nonTerminal: Set<String>
    public let listEnding: Set<String>
    public let beforeNumber: Set<String>
    public let initials: Bool
    public var name: String { "segment" }

    /// A segmenter for `locale` with the built-in Indonesian abbreviations changed by `options`.
    public init(options: SegmentationOptions = SegmentationOptions(), sourceLanguage: String = "id") throws {
        locale = options.locale.isEmpty ? sourceLanguage : options.locale
        let removed = Set(options.remove)
        nonTerminal = Set(IndonesianAbbreviations.nonTerminal + options.addNonTerminal).subtracting(removed)
        listEnding = Set(IndonesianAbbreviations.listEnding + options.addListEnding).subtracting(removed)
            .subtracting(options.addNonTerminal)
        beforeNumber = Set(IndonesianAbbreviations.beforeNumber).subtracting(removed)
            .subtracting(options.addNonTerminal).subtracting(options.addListEnding)
        initials = options.initials
        _ = try BreakIterator(.sentence, locale: locale)
    }

    public func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try run(on: &document, workers: ParallelChunks.defaultWorkers)
    }

    /// Blocks per thread at least: a large document's blocks are segmented on several cores,
    /// an article's on one.
    static let blocksPerWorker = 2_000

    /// `run`, with the blocks of a large document spread over `workers` threads (each with its
    /// own ICU iterator); the segments are the same whatever the number.
    public func run(on document: inout Document, workers: Int) throws {
        let text = document.text
        let blocks = document.blocks
        let segmented = try ParallelChunks.map(count: blocks.count, minimumChunk: Self.blocksPerWorker, workers: workers) { chunk in
            var iterator = try BreakIterator(.sentence, locale: locale)
            return try chunk.map { b in
                let block = blocks[b]
                return try sentences(in: text[block.range], using: &iterator).enumerated().map { n, range in
                    Segment(id: block.segmentID(number: n + 1), range: range)
                }
            }
        }
        var b = 0
        for chunk in segmented {
            for segments in chunk {
                document.blocks[b].segments = segments
                b += 1
            }
        }
    }

    /// The sentences of `text` as ranges into its base string.
    public func sentences(in text: Substring) throws -> [Range<String.Index>] {
        var iterator = try BreakIterator(.sentence, locale: locale)
        return try sentences(in: text, using: &iterator)
    }

    private func sentences(in text: Substring, using iterator: inout BreakIterator) throws -> [Range<String.Index>] {
        // ICU's pieces, each including the whitespace after it, are joined where ICU broke but
        // Indonesian does not; a sentence is trimmed and kept once the next piece starts another.
        var sentences: [Range<String.Index>] = []
        var current: Range<String.Index>? = nil
        var start = text.startIndex
        try iterator.forEachBoundary(in: text) { boundary, _ in
            let piece = start..<boundary
            start = boundary
            if let last = current, !endsWithLineBreak(text.base[last]), shouldJoin(text.base[last], text.base[piece]) {
                current = last.lowerBound..<piece.upperBound
                return
            }
            if let last = current, let sentence = trimmed(last, in: text.base) { sentences.append(sentence) }
            current = piece
        }
        if let last = current, let sentence = trimmed(last, in: text.base) { sentences.append(sentence) }
        return sentences
    }

    private func shouldJoin(_ piece: Substring, _ next: Substring) -> Bool {
        guard let nextLetter = next.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            return false
        }
        let nextIsLower = nextLetter.properties.isLowercase
        let word = String(Self.lastWord(of: piece))
        if nonTerminal.contains(word) || nonTerminal.contains(capitalizedFirst(word)) { return true }
        if initials, isInitial(word) { return true }
        if listEnding.contains(word) { return nextIsLower }
        if beforeNumber.contains(word) { return nextLetter.properties.numericType != nil || nextIsLower }
        return nextIsLower && startsWithLetter(next)
    }

    /// The last whitespace-delimited word of `piece`, without opening quotes or brackets.
    ///
    /// Read on the scalars, not the characters: a space or line break never combines with
    /// what follows it here (the text is NFC and trimmed), and this runs at every boundary.
    static func lastWord(of piece: Substring) -> Substring {
        let scalars = piece.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, case let before = scalars.index(before: end), scalars[before] == " " || scalars[before] == "\n" {
            end = before
        }
        var start = end
        while start > scalars.startIndex, case let before = scalars.index(before: start), scalars[before] != " " && scalars[before] != "\n" {
            start = before
        }
        while start < end, Self.openingMarks.contains(scalars[start]) { start = scalars.index(after: start) }
        return piece[start..<end]
    }

    private static let openingMarks: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "{", "«"]

    private func capitalizedFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// A single uppercase letter followed by a period: `Z.`.
    private func isInitial(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "." && scalars[0].properties.isUppercase
    }

    /// Whether the piece begins with a letter (not a digit, quote or bracket).
    private func startsWithLetter(_ piece: Substring) -> Bool {
        piece.unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    private func endsWithLineBreak(_ piece: Substring) -> Bool {
        piece.unicodeScalars.last == "\n"
    }

    /// `range` without leading and trailing whitespace; nil when nothing else is left.
    private func trimmed(_ range: Range<String.Index>, in base: String) -> Range<String.Index>? {
        let piece = base[range]
        guard let first = piece.unicodeScalars.firstIndex(where: { !Self.isWhitespace($0) }) else { return nil }
        let last = piece.unicodeScalars.lastIndex(where: { !Self.isWhitespace($0) })!
        return first..<piece.unicodeScalars.index(after: last)
    }

    /// Unicode's White_Space, answered without the property tables for ASCII (most scalars
    /// asked about: the property lookup was a tenth of segmenting).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
