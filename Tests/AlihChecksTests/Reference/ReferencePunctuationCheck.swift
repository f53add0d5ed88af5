// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

import AlihCore

@testable import AlihChecks

/// `punctuation`: the sentence-final mark (`.`, `?`, `!`, `:`) of the target matches the source's,
/// closing quotes and brackets aside.
struct ReferencePunctuationCheck: SegmentCheck {
    let id = "punctuation"
    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty else { return [] }
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
        let closing: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", " "]
        guard let last = text.reversed().first(where: { !closing.contains($0) && !$0.isWhitespace }) else { return nil }
        return ".?!:…".contains(last) ? (last == "…" ? "." : last) : nil
    }
}
