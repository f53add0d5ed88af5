import AlihCore

/// `terminology`: every glossary term in the source has one of its translations in the target,
/// and no forbidden translation appears.
///
/// Source terms are found by the same matcher as `alih extract`, so inflected forms count
/// (*tentaranya* is the term *tentara*). The English side is compared word by word on crude
/// stems, so plurals, possessives, letter case and regular verb endings are tolerated:
/// `troop` ~ *troops*, `Russia` ~ *Russia's*, `approve` ~ *approved*. A do-not-translate term
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
    /// letter is `A`–`Z` or `a`–`z`, a number `0`–`9`.
    static func asciiWords(_ text: String) -> [String]? {
        text.withUTF8Bytes { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
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
                    let word = String(unsafeUninitializedCapacity: k - first) { buffer in
                        for (n, byte) in bytes[first..<k].enumerated() {
                            buffer[n] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                        }
                        return k - first
                    }
                    words.append(stem(word))
                    start = nil
                }
            }
            return words
        }
    }

    static func stem(_ word: String) -> String {
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
            return String(w.dropLast(suffix.count)) + replacement
        }
        return w
    }

    /// Whether `phrase`'s stemmed words occur in a row in `words`.
    static func contains(_ words: [String], phrase: String) -> Bool {
        let needle = Self.words(phrase)
        guard !needle.isEmpty, needle.count <= words.count else { return false }
        for start in 0...(words.count - needle.count) where Array(words[start..<start + needle.count]) == needle {
            return true
        }
        return false
    }
}
