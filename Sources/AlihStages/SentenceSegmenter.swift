import AlihCore
import AlihICU

#if canImport(Glibc)
    import Glibc
#endif

/// The segment stage: ICU's sentence boundaries, corrected for Indonesian.
///
/// ICU finds candidate boundaries per block (a line break is always one). A post-pass then
/// removes the candidates ICU gets wrong in Indonesian text:
/// - after an abbreviation that never ends a sentence (`Bpk.`, `Jl.`, `PT.`, `No.`);
/// - after an abbreviation that closes a name or phrase (`Corp.`, `S.H.`, `Jr.`, `tsb.`) or a
///   single-letter initial (`Adnan Z. Amin`), unless a word that starts sentences follows
///   (`… Insurance Co. Sedangkan …`, `… vitamin C. Namun …`: `IndonesianSentenceStarters`,
///   learnt from UD Indonesian-GSD);
/// - after a list abbreviation (`dll.`) when the next word is not capitalised;
/// - after a shortening that stands before numbers (`No.`, `hlm.`) when a number follows;
/// - before a lowercase word, which is how Indonesian continues a quotation after `?` or `!`
///   (`“Siapa?” tanya dia.`).
/// A line break is never removed. Segments exclude the whitespace around them.
///
/// It also adds a boundary ICU does not make: after a period that joins two sentences with no
/// space, as text copied from web pages often has them (`… angka kematian.Masa inkubasi …`):
/// a word of 3 to 41 ASCII letters, all lowercase but its first (and no abbreviation of the
/// lists), a period, and a capital with two lowercase letters (not `Com`, `Net` or `Org`). The
/// two segments then have no whitespace between them.
///
/// The post-pass was chosen over ICU's C++ `FilteredBreakIteratorBuilder` because the list
/// abbreviations need to look at the next word, which a suppression list cannot.
package struct SentenceSegmenter: Stage {
    package let locale: String
    package let nonTerminal: Set<String>
    /// The non-terminal abbreviations that end a sentence before a sentence starter.
    package let mayEndSentence: Set<String>
    package let listEnding: Set<String>
    package let beforeNumber: Set<String>
    package let initials: Bool
    package var name: String { "segment" }

    /// A segmenter for `locale` with the built-in Indonesian abbreviations changed by `options`.
    package init(options: SegmentationOptions = SegmentationOptions(), sourceLanguage: String = "id") throws {
        locale = options.locale.isEmpty ? sourceLanguage : options.locale
        let removed = Set(options.remove)
        nonTerminal = Set(IndonesianAbbreviations.nonTerminal + options.addNonTerminal).subtracting(removed)
        // A pipeline's own non-terminal abbreviations never end a sentence, built-in ones included.
        mayEndSentence = Set(IndonesianAbbreviations.mayEndSentence).intersection(nonTerminal)
            .subtracting(options.addNonTerminal)
        listEnding = Set(IndonesianAbbreviations.listEnding + options.addListEnding).subtracting(removed)
            .subtracting(options.addNonTerminal)
        beforeNumber = Set(IndonesianAbbreviations.beforeNumber).subtracting(removed)
            .subtracting(options.addNonTerminal).subtracting(options.addListEnding)
        initials = options.initials
        _ = try BreakIterator(.sentence, locale: locale)
    }

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try run(on: &document, workers: ParallelChunks.defaultWorkers)
    }

    /// Blocks per thread at least: a large document's blocks are segmented on several cores,
    /// an article's on one.
    static let blocksPerWorker = 2_000

    /// `run`, with the blocks of a large document spread over `workers` threads (each with its
    /// own ICU iterator); the segments are the same whatever the number.
    ///
    /// Blocks are segmented on the text's UTF-8 bytes, and only the sentences found become
    /// String indices: a Substring per ICU piece retained the text's storage, shared by the
    /// threads, several times per boundary.
    package func run(on document: inout Document, workers: Int) throws {
        let text = document.text
        let blocks = document.blocks
        let segmented = try ParallelChunks.map(
            count: blocks.count, minimumChunk: Self.blocksPerWorker, workers: workers
        ) { chunk in
            var iterator = try BreakIterator(.sentence, locale: locale)
            return try text.withContiguousUTF8 { bytes in
                try chunk.map { b in
                    let block = blocks[b]
                    let offsets = text.utf8Offsets(of: block.range)
                    return try sentences(in: UnsafeBufferPointer(rebasing: bytes[offsets]), using: &iterator)
                        .enumerated().map { n, range in
                            Segment(
                                id: block.segmentID(number: n + 1),
                                range: text.utf8Index(
                                    at: offsets.lowerBound + range.lowerBound)..<text.utf8Index(
                                        at: offsets.lowerBound + range.upperBound))
                        }
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
    package func sentences(in text: Substring) throws -> [Range<String.Index>] {
        var iterator = try BreakIterator(.sentence, locale: locale)
        let utf8 = text.utf8
        func find(_ bytes: UnsafeBufferPointer<UInt8>) throws -> [Range<String.Index>] {
            try sentences(in: bytes, using: &iterator).map {
                utf8.index(
                    text.startIndex, offsetBy: $0.lowerBound)..<utf8.index(text.startIndex, offsetBy: $0.upperBound)
            }
        }
        if let found = try utf8.withContiguousStorageIfAvailable(find) { return found }
        return try Array(utf8).withUnsafeBufferPointer(find)
    }

    /// The sentences of a block given as its UTF-8, as byte ranges into `bytes`.
    private func sentences(in bytes: UnsafeBufferPointer<UInt8>, using iterator: inout BreakIterator) throws -> [Range<
        Int
    >] {
        // ICU's pieces, each including the whitespace after it, are joined where ICU broke but
        // Indonesian does not; a sentence is trimmed and kept once the next piece starts another.
        var sentences: [Range<Int>] = []
        var current: Range<Int>? = nil
        var start = 0
        try iterator.forEachBoundary(utf8: bytes) { boundary, _ in
            let piece = start..<boundary
            start = boundary
            if let last = current, bytes[last.upperBound - 1] != 0x0A, shouldJoin(last, piece, in: bytes) {
                current = last.lowerBound..<piece.upperBound
                return
            }
            if let last = current, let sentence = Self.trimmed(last, in: bytes) { sentences.append(sentence) }
            current = piece
        }
        if let last = current, let sentence = Self.trimmed(last, in: bytes) { sentences.append(sentence) }
        return sentences.flatMap { splitAtJoinedSentences($0, in: bytes) }
    }

    /// `sentence` split after each period that joins two sentences without a space (see the
    /// type's summary).
    private func splitAtJoinedSentences(_ sentence: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound
        var i = sentence.lowerBound + 3
        while i + 3 < sentence.upperBound {
            // The next period (memchr: most bytes are not one).
            guard let found = memchr(bytes.baseAddress! + i, Int32(UInt8(ascii: ".")), sentence.upperBound - 3 - i)
            else { break }
            i = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            defer { i += 1 }
            guard Self.isASCIIUpper(bytes[i + 1]), Self.isASCIILower(bytes[i + 2]), Self.isASCIILower(bytes[i + 3])
            else { continue }
            // The word after: a capital and lowercase letters, not a domain's last part.
            var end = i + 1
            while end < sentence.upperBound, Self.isASCIIUpper(bytes[end]) || Self.isASCIILower(bytes[end]) {
                end += 1
            }
            if Self.domainEnds.contains(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), as: UTF8.self))
            {
                continue
            }
            // The word before: lowercase letters, the first of them perhaps a capital.
            var first = i
            while first > start, Self.isASCIILower(bytes[first - 1]) { first -= 1 }
            if first > start, Self.isASCIIUpper(bytes[first - 1]) { first -= 1 }
            guard (3...41).contains(i - first), Self.isASCIILower(bytes[first + 1]),
                Self.wordStarts(at: first, in: bytes)
            else {
                continue
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[first...i]), as: UTF8.self)
            guard !nonTerminal.contains(word), !nonTerminal.contains(capitalizedFirst(word)) else { continue }
            pieces.append(start..<(i + 1))
            start = i + 1
        }
        pieces.append(start..<sentence.upperBound)
        return pieces
    }

    /// What a domain name ends in after a period (`Kompas.Com`): no sentence starts there.
    package static let domainEnds: Set<String> = ["Com", "Net", "Org"]

    /// Whether a word starts at `index` of `bytes`: at the start, or after white space and at
    /// most eight opening quotes and brackets (as the exported rules' words, `SegmentationRuleSet.word`).
    static func wordStarts(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var at = index
        var marks = 0
        while at > 0 {
            var scalarStart = at - 1
            while scalarStart > 0, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let scalar = UTF8Scalars.scalar(in: bytes, at: scalarStart).scalar
            if isWhitespace(scalar) { return true }
            guard openingMarks.contains(scalar), marks < 8 else { return false }
            marks += 1
            at = scalarStart
        }
        return true
    }

    private static func isASCIIUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isASCIILower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }

    /// Whether ICU's break between `piece` and `next` (byte ranges of `bytes`) is no sentence
    /// end in Indonesian.
    private func shouldJoin(_ piece: Range<Int>, _ next: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var nextLetter: Unicode.Scalar? = nil
        var firstOfNext: Unicode.Scalar? = nil
        var i = next.lowerBound
        while i < next.upperBound {
            let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: i)
            if firstOfNext == nil { firstOfNext = scalar }
            if Self.isLetterOrDigit(scalar) {
                nextLetter = scalar
                break
            }
            i += length
        }
        guard let nextLetter else { return false }
        let nextIsLower =
            nextLetter.isASCII ? (0x61...0x7A).contains(nextLetter.value) : nextLetter.properties.isLowercase
        let word = Self.lastWord(of: piece, in: bytes)
        let capitalized = capitalizedFirst(word)
        if nonTerminal.contains(word) || nonTerminal.contains(capitalized) {
            // A lowercase form is the capitalised abbreviation when that is one (`tbk.` is `Tbk.`).
            let abbreviation = nonTerminal.contains(capitalized) ? capitalized : word
            return !mayEndSentence.contains(abbreviation) || !Self.startsSentence(at: next.lowerBound, in: bytes)
        }
        if initials, isInitial(word) { return !Self.startsSentence(at: next.lowerBound, in: bytes) }
        if listEnding.contains(word) { return nextIsLower }
        if beforeNumber.contains(word) { return nextLetter.properties.numericType != nil || nextIsLower }
        return nextIsLower && (firstOfNext.map(Self.isLetter) ?? false)
    }

    /// Whether the text at `start` of `bytes`, after any opening quotes and brackets, is a word
    /// that starts sentences (`IndonesianSentenceStarters`) as a whole: what follows it is no
    /// letter, mark or number.
    static func startsSentence(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = start
        while i < bytes.count {
            let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: i)
            guard openingMarks.contains(scalar) else { break }
            i += length
        }
        let wordStart = i
        while i < bytes.count {
            let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: i)
            guard continuesWord(scalar) else { break }
            i += length
        }
        return i > wordStart
            && IndonesianSentenceStarters.set.contains(
                String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<i]), as: UTF8.self))
    }

    /// A letter, mark or number (general category L, M or N), as a word goes on.
    static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetterOrDigit(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
            .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }

    /// Alphabetic or numeric (ASCII answered without the property tables).
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Alphabetic (not a digit, quote or bracket).
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            : scalar.properties.isAlphabetic
    }

    /// The last word (between spaces and line feeds) of `piece`, a byte range of `bytes`,
    /// without opening quotes or brackets: spaces and line feeds are single bytes that no other
    /// character contains, so the word is found on the bytes (this runs at every boundary).
    static func lastWord(of piece: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var end = piece.upperBound
        while end > piece.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > piece.lowerBound, bytes[start - 1] != 0x20 && bytes[start - 1] != 0x0A { start -= 1 }
        while start < end {
            let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: start)
            guard openingMarks.contains(scalar) else { break }
            start += length
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The opening quotes and brackets a word loses before it is compared with the abbreviations.
    package static let openingMarks: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "(", "[", "{", "«"]

    private func capitalizedFirst(_ word: String) -> String {
        // An ASCII first letter is uppercased as it is (most words: no Character is made).
        if let byte = word.utf8.first, byte < 0x80 {
            guard (0x61...0x7A).contains(byte) else { return word }
            var bytes = Array(word.utf8)
            bytes[0] -= 0x20
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// A single uppercase letter followed by a period: `Z.`.
    private func isInitial(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "." && scalars[0].properties.isUppercase
    }

    /// `range` without leading and trailing white space; nil when nothing else is left.
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound {
            let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: start)
            guard isWhitespace(scalar) else { break }
            start += length
        }
        guard start < range.upperBound else { return nil }
        var end = range.upperBound
        while end > start {
            // The last scalar starts at the last byte that is not a continuation byte.
            var first = end - 1
            while first > start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
            guard isWhitespace(UTF8Scalars.scalar(in: bytes, at: first).scalar) else { break }
            end = first
        }
        return start..<end
    }

    /// Unicode's White_Space, answered without the property tables for ASCII (most scalars
    /// asked about).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
