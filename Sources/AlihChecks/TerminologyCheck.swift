import AlihCore

/// `terminology`: every glossary term in the source has one of its translations in the target,
/// and no forbidden translation appears.
///
/// Source terms are found by the same matcher as `alih extract`, so inflected forms count
/// (*tentaranya* is the term *tentara*). The English side is compared word by word on crude
/// stems, so plurals, possessives, letter case, regular verb endings and adjectives in -al are
/// tolerated: `troop` ~ *troops*, `Russia` ~ *Russia's*, `approve` ~ *approved*, `province` ~
/// *provincial*. A do-not-translate term
/// must appear as it is (or as one of its listed glosses).
package struct TerminologyCheck: SegmentCheck {
    package let id = "terminology"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty, !context.terms.isEmpty else { return [] }
        let words = EnglishStems.words(target)
        var findings: [QAFinding] = []
        var reported = Set<String>()
        for term in context.terms {
            let entry = term.entry
            for forbidden in entry.forbiddenTranslations where EnglishStems.contains(words, phrase: forbidden.text) {
                guard reported.insert("forbidden:" + forbidden.text).inserted else { continue }
                findings.append(
                    QAFinding(
                        check: id, severity: .error,
                        message: "'\(forbidden.text)' is a forbidden translation of '\(entry.source)'"
                            + (entry.allowedTranslations.first.map { "; use '\($0.text)'" } ?? ""),
                        segmentID: segment.id, line: segment.line, sourceSpan: term.text, targetSpan: forbidden.text))
            }
            var allowed = entry.allowedTranslations.map(\.text)
            if entry.doNotTranslate { allowed.append(entry.source) }
            guard !allowed.isEmpty, !allowed.contains(where: { EnglishStems.contains(words, phrase: $0) }) else {
                continue
            }
            guard reported.insert("missing:" + entry.id).inserted else { continue }
            findings.append(
                QAFinding(
                    check: id, severity: .warning,
                    message: "'\(term.text)' (\(entry.source)) is not translated as "
                        + allowed.map { "'\($0)'" }.joined(separator: " or "),
                    segmentID: segment.id, line: segment.line, sourceSpan: term.text))
        }
        return findings
    }
}

/// English words reduced to crude stems for tolerant comparison.
enum EnglishStems {
    static func words(_ text: String) -> [String] {
        if let words = asciiWords(text) { return words }
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-" {
                current.append(character)
            } else if !current.isEmpty {
                words.append(stem(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(stem(current)) }
        return words
    }

    /// `words` of an ASCII text, read from its bytes (nil when the text is not ASCII): each
    /// character is one byte then (CR LF, one character, separates words like CR and LF), a
    /// letter is `A`–`Z` or `a`–`z`, a number `0`–`9`. Each word is lowercased and stemmed on
    /// its bytes and made a `String` once.
    static func asciiWords(_ text: String) -> [String]? {
        text.withUTF8Bytes { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
            words.reserveCapacity(bytes.count / 6)
            var start: Int?
            for k in 0...bytes.count {
                let byte = k < bytes.count ? bytes[k] : 0x20
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "'"), UInt8(ascii: "-"):
                    if start == nil { start = k }
                default:
                    guard let first = start else { continue }
                    func lowered(_ n: Int) -> UInt8 {
                        let byte = bytes[first + n]
                        return (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    }
                    words.append(stemmedASCII(count: k - first, lowered))
                    start = nil
                }
            }
            return words
        }
    }

    static func stem(_ word: String) -> String {
        if let stemmed = asciiStem(word) { return stemmed }
        var w = word
        for possessive in ["'s", "’s", "s'", "s’", "'", "’"]
        where w.hasSuffix(possessive) && w.count > possessive.count + 1 {
            w = String(w.dropLast(possessive.count)) + (possessive.hasPrefix("s") ? "s" : "")
            break
        }
        for (suffix, replacement) in [
            ("ies", "y"), ("ied", "y"), ("es", ""), ("ing", ""), ("ed", ""), ("s", ""), ("e", ""),
        ]
        where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
            w = String(w.dropLast(suffix.count)) + replacement
            break
        }
        // Adjectives in -al of nouns: `provincial` ~ `province`, `national` ~ `nation`.
        for suffix in ["ial", "al"] where w.hasSuffix(suffix) && w.count - suffix.count >= 4 {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    /// `stem` of an ASCII word, read from its bytes (nil when the word is not ASCII).
    static func asciiStem(_ word: String) -> String? {
        word.withUTF8Bytes { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let change = asciiStemming(count: bytes.count) { bytes[$0] }
            if change.kept == bytes.count, !change.addsS, change.dropped == 0 { return word }
            return stemmedASCII(count: bytes.count) { bytes[$0] }
        }
    }

    /// `stem` of the ASCII word whose `count` bytes `byte` gives, as a `String`.
    static func stemmedASCII(count: Int, _ byte: (Int) -> UInt8) -> String {
        let change = asciiStemming(count: count, byte)
        let stemmed = change.kept + (change.addsS ? 1 : 0) - change.dropped
        return String(unsafeUninitializedCapacity: stemmed + 1) { buffer in
            for k in 0..<stemmed { buffer[k] = k < change.kept ? byte(k) : UInt8(ascii: "s") }
            if change.addsY { buffer[stemmed] = UInt8(ascii: "y") }
            return stemmed + (change.addsY ? 1 : 0)
        }
    }

    /// What `stem` does to an ASCII word, each character one byte (a word holds no CR LF), so
    /// a suffix is a run of bytes and a length a count of bytes: the word's first `kept` bytes
    /// stay, then an `s` when `addsS` (the possessive `s'`; the ASCII possessives are `'s`, `s'`
    /// and `'`); `dropped` bytes of that come off the end (an inflection, then `-ial`/`-al`),
    /// and a `y` is added when `addsY`.
    private static func asciiStemming(count: Int, _ byte: (Int) -> UInt8) -> (
        kept: Int, addsS: Bool, dropped: Int, addsY: Bool
    ) {
        let apostrophe = UInt8(ascii: "'")
        let s = UInt8(ascii: "s")
        var kept = count
        var addsS = false
        if count > 3, byte(count - 2) == apostrophe, byte(count - 1) == s {
            kept = count - 2
        } else if count > 3, byte(count - 2) == s, byte(count - 1) == apostrophe {
            kept = count - 2
            addsS = true
        } else if count > 2, byte(count - 1) == apostrophe {
            kept = count - 1
        }
        let length = kept + (addsS ? 1 : 0)
        /// Whether the word, less its last `dropped` bytes, ends with `suffix` and keeps
        /// `minimum` bytes before it.
        func endsWith(_ suffix: StaticString, dropping dropped: Int, keeping minimum: Int) -> Bool {
            let n = suffix.utf8CodeUnitCount
            let end = length - dropped
            guard end - n >= minimum else { return false }
            let suffixBytes = suffix.utf8Start
            for k in 0..<n {
                let position = end - n + k
                if (position < kept ? byte(position) : s) != suffixBytes[k] { return false }
            }
            return true
        }
        var dropped = 0
        for (suffix, addsY) in asciiSuffixes where endsWith(suffix, dropping: 0, keeping: 3) {
            if addsY { return (kept, addsS, suffix.utf8CodeUnitCount, true) }
            dropped = suffix.utf8CodeUnitCount
            break
        }
        // Adjectives in -al of nouns: `provincial` ~ `province`, `national` ~ `nation`.
        let end = length - dropped
        if end > 5, end <= kept, byte(end - 1) == UInt8(ascii: "l"), byte(end - 2) == UInt8(ascii: "a") {
            let n = end > 6 && byte(end - 3) == UInt8(ascii: "i") ? 3 : 2
            return (kept, addsS, dropped + n, false)
        }
        return (kept, addsS, dropped, false)
    }

    /// `stem`'s suffixes in the order they are tried, and whether `y` replaces each.
    private static let asciiSuffixes: [(StaticString, Bool)] = [
        ("ies", true), ("ied", true), ("es", false), ("ing", false), ("ed", false), ("s", false), ("e", false),
    ]

    /// Whether `phrase`'s stemmed words occur in a row in `words`.
    static func contains(_ words: [String], phrase: String) -> Bool {
        let needle = Self.words(phrase)
        guard !needle.isEmpty, needle.count <= words.count else { return false }
        positions: for start in 0...(words.count - needle.count) {
            for k in needle.indices where words[start + k] != needle[k] { continue positions }
            return true
        }
        return false
    }
}
