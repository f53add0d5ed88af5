import AlihFormats
import Foundation

/// Applies a `SegmentationRuleSet` to a paragraph with ICU's regular expressions (the syntax SRX
/// 2.0 names), the way OmegaT 3.6's `Segmenter` applies SRX rules, so that tests can check the
/// rules without a CAT tool:
/// - for each rule, the break positions are the ends of the before pattern's successive
///   (non-overlapping) matches where the after pattern matches (OmegaT walks the after
///   pattern's successive matches instead, the same for after patterns that are lookaheads);
/// - the first rule in the list that gives a position decides whether it breaks;
/// - the pieces between breaks are trimmed of white space, and empty ones dropped.
struct SRXRuleInterpreter {
    /// Each rule's patterns; an empty one (which ICU does not compile) matches anything.
    private let rules: [(breaks: Bool, before: NSRegularExpression, after: NSRegularExpression?)]

    init(_ ruleSet: SegmentationRuleSet) throws {
        rules = try ruleSet.rules.map { rule in
            (
                rule.breaks, try NSRegularExpression(pattern: rule.before.isEmpty ? "." : rule.before),
                rule.after.isEmpty ? nil : try NSRegularExpression(pattern: rule.after)
            )
        }
    }

    /// The segments of `paragraph`.
    func segments(_ paragraph: String) -> [String] {
        let text = paragraph as NSString
        let whole = NSRange(location: 0, length: text.length)
        var decided: [Int: Bool] = [:]
        for rule in rules {
            for match in rule.before.matches(in: paragraph, range: whole) {
                let position = match.range.location + match.range.length
                if let after = rule.after, !Self.matches(after, at: position, in: paragraph, length: text.length) {
                    continue
                }
                if decided[position] == nil { decided[position] = rule.breaks }
            }
        }
        var segments: [String] = []
        var start = 0
        for position in decided.filter(\.value).keys.sorted() + [text.length] where position > start {
            segments.append(text.substring(with: NSRange(location: start, length: position - start)))
            start = position
        }
        return segments.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Whether `pattern` matches starting at `position` of `text` (`length` UTF-16 units long).
    private static func matches(_ pattern: NSRegularExpression, at position: Int, in text: String, length: Int) -> Bool
    {
        position <= length
            && pattern.firstMatch(
                in: text, options: [.anchored, .withTransparentBounds],
                range: NSRange(location: position, length: length - position)) != nil
    }
}
