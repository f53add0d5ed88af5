import AlihCore

/// What the boilerplate patterns say about one line, whatever came before it.
struct LineVerdict: Sendable {
    var line: Range<String.Index>
    /// The first rule with a pattern that matches the line, if any.
    var rule: Int?
    /// A trailing rule's cut: the content before the chrome ends, the chrome starts.
    var split: (contentEnd: String.Index, chromeStart: String.Index)?
    /// The text before the dots when the line has a teaser's shape.
    var teaserStem: Substring?
}

/// The verdicts on the lines of a run of blocks, compactly: a code per line, the rest aside.
struct ChunkVerdicts: Sendable {
    /// Per line: 0 when no pattern matched, else the matching rule's index plus one.
    var codes: [UInt16] = []
    /// Trailing-rule cuts, by line (in this chunk).
    var splits: [Int: (contentEnd: String.Index, chromeStart: String.Index)] = [:]
    /// Teaser stems, by line (in this chunk).
    var stems: [Int: Substring] = [:]

    mutating func append(_ verdict: LineVerdict) {
        if let split = verdict.split { splits[codes.count] = split }
        if let stem = verdict.teaserStem { stems[codes.count] = stem }
        codes.append(verdict.rule.map { UInt16($0 + 1) } ?? 0)
    }
}

/// Tries the line, trailing and section patterns of the boilerplate rules on lines, in order.
///
/// Owned by one thread (ICU matchers keep state). Most lines are content: a byte prefilter per
/// rule (`PatternPrefilter`) rules most of them out before ICU is asked, and anchored
/// patterns without one are tried together, once per line.
struct LineClassifier {
    let rules: [BoilerplateRule]
    private let matchers: [LineMatcher?]
    private let prefilters: [PatternPrefilter?]
    /// Anchored rules without a prefilter, whose joined pattern is tried first.
    private let unfiltered: [Bool]
    private let anchoredRules: LineMatcher?
    private var units: [UInt16] = []

    /// The rules' prefilters, read off their patterns (once per pipeline: see `prefilters(of:)`).
    static func prefilters(of rules: [BoilerplateRule]) -> [PatternPrefilter?] {
        rules.map { rule in rule.pattern.flatMap { PatternPrefilter(pattern: $0, caseInsensitive: rule.caseInsensitive) } }
    }

    init(rules: [BoilerplateRule], prefilters: [PatternPrefilter?]) throws {
        self.rules = rules
        matchers = try rules.map { rule in try rule.pattern.map { try LineMatcher($0, caseInsensitive: rule.caseInsensitive) } }
        let unfiltered = rules.indices.map { prefilters[$0] == nil && rules[$0].isAnchoredAtLineStart }
        anchoredRules = try BoilerplateDetector.anchoredRulesMatcher(rules.indices.filter { unfiltered[$0] }.map { rules[$0] })
        self.prefilters = prefilters
        self.unfiltered = unfiltered
    }

    /// The verdict on `line` of `text`; with `maxTeaserWords`, whether it has a teaser's shape.
    mutating func verdict(on line: Range<String.Index>, in text: String, maxTeaserWords: Int?) -> LineVerdict {
        let lineText = text[line]
        var verdict = LineVerdict(line: line)
        var converted = false
        var anchoredMayMatch: Bool? = nil
        for r in rules.indices {
            guard let matcher = matchers[r] else { continue }
            if let prefilter = prefilters[r] {
                guard lineText.utf8.withContiguousStorageIfAvailable({ prefilter.mayMatch($0) }) ?? true else { continue }
            } else if unfiltered[r], let anchoredRules {
                if anchoredMayMatch == nil {
                    convert(lineText)
                    converted = true
                    anchoredMayMatch = units.withUnsafeBufferPointer { anchoredRules.firstMatch(utf16: $0) } != nil
                }
                guard anchoredMayMatch! else { continue }
            }
            if !converted {
                convert(lineText)
                converted = true
            }
            guard let found = units.withUnsafeBufferPointer({ matcher.firstMatch(utf16: $0) }) else { continue }
            if case .trailing = rules[r].match {
                guard found.upperBound == units.count else { continue }
                let start = lineText.utf16.index(lineText.startIndex, offsetBy: found.lowerBound)
                let contentEnd = lineText[..<start].lastIndex { !$0.isWhitespace }.map { lineText.index(after: $0) }
                let chromeStart = lineText[start...].firstIndex { !$0.isWhitespace } ?? start
                // A credit with no caption before it is a chrome line like any other.
                if let contentEnd { verdict.split = (contentEnd, chromeStart) }
            }
            verdict.rule = r
            return verdict
        }
        if let maxTeaserWords { verdict.teaserStem = LineIndex.teaserStem(lineText, maxWords: maxTeaserWords) }
        return verdict
    }

    /// The line in UTF-16, as ICU's regex engine reads it.
    private mutating func convert(_ line: Substring) {
        units.removeAll(keepingCapacity: true)
        units.append(contentsOf: line.utf16)
    }
}
