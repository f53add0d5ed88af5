// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Never made fast; a change of what
// the checks find is made here too, written the plain way (adjectives in -al: issue 16).

import AlihCore

@testable import AlihChecks

/// `terminology`: every glossary term in the source has one of its translations in the target,
/// and no forbidden translation appears.
///
/// Source terms are found by the same matcher as `alih extract`, so inflected forms count
/// (*tentaranya* is the term *tentara*). The English side is compared word by word on crude
/// stems, so plurals, possessives, letter case and regular verb endings are tolerated:
/// `troop` ~ *troops*, `Russia` ~ *Russia's*, `approve` ~ *approved*. A do-not-translate term
/// must appear as it is (or as one of its listed glosses).
struct ReferenceTerminologyCheck: SegmentCheck {
    let id = "terminology"
    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty else { return [] }
        let words = ReferenceEnglishStems.words(target)
        var findings: [QAFinding] = []
        var reported = Set<String>()
        for term in context.terms {
            let entry = term.entry
            for forbidden in entry.forbiddenTranslations
            where ReferenceEnglishStems.contains(words, phrase: forbidden.text) {
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
            guard !allowed.isEmpty, !allowed.contains(where: { ReferenceEnglishStems.contains(words, phrase: $0) })
            else { continue }
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
enum ReferenceEnglishStems {
    static func words(_ text: String) -> [String] {
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
            w = String(w.dropLast(suffix.count)) + replacement
            break
        }
        // `provincial` ~ `province`.
        for suffix in ["ial", "al"] where w.hasSuffix(suffix) && w.count - suffix.count >= 4 {
            return String(w.dropLast(suffix.count))
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
