/// Unicode's word break rules (UAX #29) for the characters news text is written in, on UTF-8
/// bytes: what ICU's word break iterator does with them, without ICU.
///
/// Letters (ASCII, Latin-1 and Latin Extended-A) and digits form words; a word goes on over
/// letters and digits (WB5, WB8–WB10), over `.`, `'`, `’` or `‘` between two letters (WB6–WB7)
/// and over `.`, `,`, `;`, `'`, `’` or `‘` between two digits (WB11–WB12). Everything else
/// (spaces, punctuation, `:`, curly double quotes, dashes, `…`, `×`, `÷`) breaks. Words joined
/// by one hyphen are one word (see `WordTokenizer`). Text with any other character — other
/// scripts, combining marks, `_`, symbols outside ASCII — is left to ICU, whose rules for
/// those are far richer.
enum WordBreakRules {
    enum Class: UInt8 {
        case letter, digit
        /// Joins letters to letters and digits to digits.
        case midNumLet
        /// Joins digits to digits.
        case midNum
        case other
        /// A character these rules do not cover.
        case unknown
    }

    /// The class of each ASCII byte.
    static let asciiClasses: [Class] = (0..<128).map { byte -> Class in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "."), UInt8(ascii: "'"): .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
        case UInt8(ascii: "_"): .unknown
        default: .other
        }
    }

    /// Whether each byte is an ASCII letter or digit (false for every byte from 0x80).
    static let asciiWordBytes: [Bool] = (0..<256).map { byte in
        byte < 128 && [.letter, .digit].contains(asciiClasses[byte])
    }

    /// How many of the eight bytes of `word` (loaded little-endian: the first byte lowest), from
    /// the first, are ASCII letters or digits (`asciiWordBytes`). Reading a word's letters eight
    /// at a time leaves one well-predicted branch per word where the loop over bytes had one
    /// taken per byte and one mispredicted at the word's end.
    @inline(__always)
    static func wordByteRun(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        // Each byte below 0x80: adding (0x80 - bound) sets its high bit when it is at least
        // `bound`, and carries into no other byte.
        let seven = word & ~high
        func atLeast(_ bytes: UInt64, _ bound: UInt64) -> UInt64 { (bytes &+ ones &* (0x80 - bound)) & high }
        let folded = seven | ones &* 0x20
        let letter = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digit = atLeast(seven, 0x30) & ~atLeast(seven, 0x3A)
        let notWordByte = ~((letter | digit) & ~word) & high
        return notWordByte.trailingZeroBitCount >> 3
    }

    /// The class and byte length of the character at `i` (`ascii`: `asciiClasses`).
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ ascii: UnsafeBufferPointer<Class>) -> (
        Class, Int
    ) {
        let lead = bytes[i]
        if lead < 0x80 { return (ascii[Int(lead)], 1) }
        switch lead {
        case 0xC3:
            // U+00C0–U+00FF: letters but for × and ÷.
            let second = bytes[i + 1]
            return (second == 0x97 || second == 0xB7 ? .other : .letter, 2)
        case 0xC4, 0xC5:
            // U+0100–U+017F, Latin Extended-A: all letters.
            return (.letter, 2)
        case 0xE2:
            guard bytes[i + 1] == 0x80 else { return (.unknown, 3) }
            switch bytes[i + 2] {
            case 0x98, 0x99: return (.midNumLet, 3)  // ‘ ’
            case 0x93, 0x94, 0x9C, 0x9D, 0xA6: return (.other, 3)  // – — “ ” …
            default: return (.unknown, 3)
            }
        default:
            return (.unknown, 1)
        }
    }

    /// Calls `body` with every word of `bytes` (well-formed UTF-8) as a byte range, hyphenated
    /// words whole, and returns true; or returns false, having called nothing, when the text
    /// holds a character these rules do not cover.
    ///
    /// Compiled into each caller, so that a small `body` becomes part of the loop rather than a
    /// call per word.
    @inline(__always)
    static func forEachWord(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        asciiClasses.withUnsafeBufferPointer { ascii in
            asciiWordBytes.withUnsafeBufferPointer { forEachWord(utf8: bytes, ascii: ascii, wordBytes: $0, body) }
        }
    }

    @inline(__always)
    private static func forEachWord(
        utf8 bytes: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<Class>, wordBytes: UnsafeBufferPointer<Bool>,
        _ body: (Range<Int>) -> Void
    ) -> Bool {
        let count = bytes.count
        // First make sure every character is covered, so that nothing is reported for text
        // ICU must split: eight bytes at a time while they are ASCII other than `_`.
        var i = 0
        if let base = bytes.baseAddress {
            let low: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let underscore = word ^ (low &* UInt64(UInt8(ascii: "_")))
                guard word & high != 0 || (underscore &- low) & ~underscore & high != 0 else {
                    i += 8
                    continue
                }
                let end = i + 8
                while i < end && i < count {
                    let (kind, length) = classify(bytes, i, ascii)
                    if kind == .unknown { return false }
                    i += length
                }
            }
        }
        while i < count {
            let (kind, length) = classify(bytes, i, ascii)
            if kind == .unknown { return false }
            i += length
        }
        var pending: Range<Int>? = nil
        i = 0
        while i < count {
            var (kind, length) = classify(bytes, i, ascii)
            guard kind == .letter || kind == .digit else {
                i += length
                continue
            }
            let start = i
            i += length
            while i < count {
                // A run of ASCII letters or digits, the body of nearly every word: eight bytes
                // at a time, then byte by byte.
                while i + 8 <= count {
                    let run = wordByteRun(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    i += run
                    if run < 8 { break }
                }
                while i < count && wordBytes[Int(bytes[i])] { i += 1 }
                guard i < count else { break }
                (kind, length) = classify(bytes, i, ascii)
                if kind == .letter || kind == .digit {
                    i += length
                    continue
                }
                guard kind == .midNumLet || kind == .midNum, i + length < count else { break }
                // The word's last character is a letter or a digit; one of several bytes is a
                // Latin letter (the only such characters a word takes in).
                let lastByte = bytes[i - 1]
                let last = lastByte < 0x80 ? ascii[Int(lastByte)] : Class.letter
                let (next, nextLength) = classify(bytes, i + length, ascii)
                if next == last && (last == .digit || kind == .midNumLet) {
                    i += length + nextLength
                    continue
                }
                break
            }
            // word - word (no spaces): one hyphenated word.
            if let word = pending {
                if word.upperBound + 1 == start && bytes[word.upperBound] == UInt8(ascii: "-") {
                    pending = word.lowerBound..<i
                    continue
                }
                body(word)
            }
            pending = start..<i
        }
        if let word = pending { body(word) }
        return true
    }
}
