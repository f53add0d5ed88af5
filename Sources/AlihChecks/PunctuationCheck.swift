import AlihCore

/// `punctuation`: the sentence-final mark (`.`, `?`, `!`, `:`) of the target matches the source's,
/// closing quotes and brackets aside.
package struct PunctuationCheck: SegmentCheck {
    package let id = "punctuation"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        // A target with the source's bytes ends as the source does.
        guard let target = segment.target, !target.isEmpty, !target.hasSameUTF8(as: segment.source) else {
            return []
        }
        let source = Self.finalMark(segment.source)
        let translated = Self.finalMark(target)
        guard source != translated else { return [] }
        let describe = { (mark: Character?) in mark.map { "'\($0)'" } ?? "no final mark" }
        return [
            QAFinding(
                check: id, severity: .warning,
                message: "the source ends with \(describe(source)), the target with \(describe(translated))",
                segmentID: segment.id, line: segment.line)
        ]
    }

    static func finalMark(_ text: String) -> Character? {
        if case .decided(let mark) = asciiFinalMark(text) { return mark }
        let closing: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", " "]
        guard let last = text.reversed().first(where: { !closing.contains($0) && !$0.isWhitespace }) else { return nil }
        return ".?!:…".contains(last) ? (last == "…" ? "." : last) : nil
    }

    /// What reading the last bytes found.
    enum ByteScan {
        /// The final mark (or none), decided from ASCII bytes.
        case decided(Character?)
        /// A non-ASCII byte came first: the characters must be found the slow way.
        case undecided
    }

    /// `finalMark` read from the last bytes while they are ASCII. An ASCII byte after an ASCII
    /// byte is a character of its own, CR LF aside.
    static func asciiFinalMark(_ text: String) -> ByteScan {
        text.withUTF8Bytes { bytes in
            var k = bytes.count - 1
            while k >= 0 {
                let byte = bytes[k]
                guard byte < 0x80, k == 0 || bytes[k - 1] < 0x80 else { return .undecided }
                switch byte {
                case 0x0A where k > 0 && bytes[k - 1] == 0x0D:
                    k -= 2
                case 0x09...0x0D, 0x20, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                    k -= 1
                case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ":"):
                    return .decided(Character(Unicode.Scalar(byte)))
                default:
                    return .decided(nil)
                }
            }
            return .decided(nil)
        }
    }
}
