import AlihCore
import Foundation

/// `identical`: a target that repeats the source, except where that is right — a segment of
/// numbers and symbols only, or one made of do-not-translate terms (`KPK`, `CSTO`).
package struct IdenticalCheck: SegmentCheck {
    package let id = "identical"
    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard let target = segment.target, !target.isEmpty,
            target.hasSameUTF8(as: segment.source)
                || target.trimmingWhitespace().isEqual(to: segment.source.trimmingWhitespace())
        else { return [] }
        if !segment.source.hasAlphabeticScalar { return [] }
        // Words left once the do-not-translate terms are taken out.
        if context.terms.contains(where: { $0.entry.doNotTranslate }) {
            var rest = segment.source
            for term in context.terms where term.entry.doNotTranslate {
                rest = rest.replacingEvery(term.text, with: " ")
            }
            if !rest.hasAlphabeticScalar { return [] }
        }
        return [
            QAFinding(
                check: id, severity: .warning, message: "the target is the same as the source", segmentID: segment.id,
                line: segment.line, sourceSpan: segment.source, targetSpan: target)
        ]
    }
}

extension String {
    func trimmingWhitespace() -> Substring {
        if hasNoWhitespaceAtTheEdges { return self[...] }
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }

    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let found = rest.range(of: target) {
            result += rest[..<found.lowerBound] + replacement
            rest = rest[found.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    /// Whether two texts are equal as Strings are (canonically equivalent): at once when they
    /// have the same bytes, which a target copied from its source has.
    func isEqual(to other: Substring) -> Bool {
        let sameBytes = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                mine.count == theirs.count
                    && (mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0)
            }
        }
        return sameBytes == true || self == other
    }
}
