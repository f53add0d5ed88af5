import AlihCore
import AlihICU

/// The boilerplate stage: marks page-chrome lines and splits paragraphs around them.
///
/// Each line of a paragraph is classified by the pipeline's rules: first the line and
/// trailing patterns in order, then an open section (`Berita Terkait` and the list after it),
/// then the teaser rule. A trailing rule splits a line in two (a caption stays content, its
/// `Foto/REUTERS` credit becomes chrome; the space between them is the separator). Consecutive lines of the same class form one block, so a paragraph that mixes a
/// photo credit with the lead sentence becomes two blocks. Nothing is dropped here: chrome
/// stays in the document as boilerplate blocks, and the writer decides what to do with it.
/// Blocks are renumbered `b1`, `b2`, … afterwards.
public struct BoilerplateDetector: Stage {
    public let rules: [BoilerplateRule]
    public var name: String { "boilerplate" }

    /// Checks every pattern now, so that a bad pattern is reported with its pipeline line
    /// before any article is read.
    public init(options: BoilerplateOptions) throws {
        rules = options.rules
        for rule in rules {
            guard let pattern = rule.pattern else { continue }
            do {
                _ = try LineMatcher(pattern, caseInsensitive: rule.caseInsensitive)
            } catch {
                throw DiagnosticError(
                    code: "pipeline.bad-pattern",
                    "boilerplate rule '\(rule.id)': \(error.description)",
                    at: rule.definedAt,
                    hint: "patterns use ICU regular-expression syntax; escape literal dots as \\.")
            }
        }
    }

    public func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        guard !rules.isEmpty else { return }
        let text = document.text
        let matchers = try rules.map { rule in
            try rule.pattern.map { try LineMatcher($0, caseInsensitive: rule.caseInsensitive) }
        }
        // Most lines are content: a byte test per rule rules most of them out before ICU is
        // asked; anchored rules without one are tried together, once per line.
        let prefilters = rules.map { rule in rule.pattern.flatMap { PatternPrefilter(pattern: $0, caseInsensitive: rule.caseInsensitive) } }
        let unfiltered = rules.indices.map { prefilters[$0] == nil && rules[$0].isAnchoredAtLineStart }
        let anchoredRules = try Self.anchoredRulesMatcher(rules.indices.filter { unfiltered[$0] }.map { rules[$0] })
        let teaserRule = rules.first { $0.maxTeaserWords != nil }
        let index = teaserRule.map { LineIndex(document: document, maxWords: $0.maxTeaserWords!) }
        var units: [UInt16] = []
        var openSection: (rule: String, end: BoilerplateRule.SectionEnd)? = nil
        var result: [Block] = []

        for block in document.blocks {
            if openSection?.end == .paragraph { openSection = nil }
            // Each line becomes one piece, or two when a trailing rule splits off its end.
            var pieces: [(range: Range<String.Index>, kind: BlockKind)] = []
            for line in Self.lines(of: block.range, in: text) {
                let lineText = text[line]
                var kind: BlockKind = .content
                var matched = false
                var converted = false
                var anchoredMayMatch: Bool? = nil
                for r in rules.indices {
                    guard let matcher = matchers[r] else { continue }
                    if let prefilter = prefilters[r] {
                        guard lineText.utf8.withContiguousStorageIfAvailable({ prefilter.mayMatch($0) }) ?? true else { continue }
                    } else if unfiltered[r], let anchoredRules {
                        if anchoredMayMatch == nil {
                            Self.convert(lineText, into: &units)
                            converted = true
                            anchoredMayMatch = units.withUnsafeBufferPointer { anchoredRules.firstMatch(utf16: $0) } != nil
                        }
                        guard anchoredMayMatch! else { continue }
                    }
                    if !converted {
                        Self.convert(lineText, into: &units)
                        converted = true
                    }
                    guard let found = units.withUnsafeBufferPointer({ matcher.firstMatch(utf16: $0) }) else { continue }
                    if case .trailing = rules[r].match {
                        guard found.upperBound == units.count else { continue }
                        let start = lineText.utf16.index(lineText.startIndex, offsetBy: found.lowerBound)
                        let contentEnd = lineText[..<start].lastIndex { !$0.isWhitespace }.map { lineText.index(after: $0) }
                        let chromeStart = lineText[start...].firstIndex { !$0.isWhitespace } ?? start
                        if let contentEnd {
                            pieces.append((line.lowerBound..<contentEnd, .content))
                            pieces.append((chromeStart..<line.upperBound, .boilerplate(rule: rules[r].id)))
                            matched = true
                            break
                        }
                    }
                    kind = .boilerplate(rule: rules[r].id)
                    if case .section(_, let end) = rules[r].match { openSection = (rules[r].id, end) }
                    matched = true
                    break
                }
                if matched, kind == .content { continue }  // split by a trailing rule
                if !matched, let section = openSection {
                    kind = .boilerplate(rule: section.rule)
                } else if !matched, let teaserRule, let index, index.isTeaser(lineText) {
                    kind = .boilerplate(rule: teaserRule.id)
                }
                pieces.append((line, kind))
            }
            // Runs of pieces of one kind become blocks; the text between runs is their separator.
            var runStart = 0
            for i in 1...pieces.count where i == pieces.count || pieces[i].kind != pieces[runStart].kind {
                let range = pieces[runStart].range.lowerBound..<pieces[i - 1].range.upperBound
                let separator = i == pieces.count ? block.separator : pieces[i - 1].range.upperBound..<pieces[i].range.lowerBound
                result.append(Block(id: "", range: range, separator: separator, kind: pieces[runStart].kind))
                runStart = i
            }
        }
        for i in result.indices { result[i].id = "b\(i + 1)" }
        document.blocks = result
    }

    /// One matcher for the rules whose patterns are anchored at the start of the line,
    /// `^(?:p1|(?i:p2)|…)` with each `^` taken out: it finds a match exactly when one of them
    /// does, trying only the start of the line. Nil when fewer than two patterns are anchored,
    /// or one refers to a group by number or name (joining them would renumber the groups).
    /// Unanchored patterns are not joined: ICU would then try every anchored one at every
    /// position too.
    static func anchoredRulesMatcher(_ rules: [BoilerplateRule]) throws -> LineMatcher? {
        let patterns = rules.compactMap(\.pattern)
        guard !patterns.contains(where: { $0.range(of: #"\\[1-9]|\\k<|\(\?<[A-Za-z]"#, options: .regularExpression) != nil }) else { return nil }
        let anchored = rules.compactMap { rule -> String? in
            guard let pattern = rule.pattern, rule.isAnchoredAtLineStart else { return nil }
            return (rule.caseInsensitive ? "(?i:" : "(?:") + pattern.dropFirst() + ")"
        }
        guard anchored.count >= 2 else { return nil }
        return try LineMatcher("^(?:" + anchored.joined(separator: "|") + ")", caseInsensitive: false)
    }

    /// The line in UTF-16, as ICU's regex engine reads it.
    static func convert(_ line: Substring, into units: inout [UInt16]) {
        units.removeAll(keepingCapacity: true)
        units.append(contentsOf: line.utf16)
    }

    static func lines(of range: Range<String.Index>, in text: String) -> [Range<String.Index>] {
        TextLines.ranges(in: text, within: range)
    }
}

/// A compiled pattern owned by one run of the stage (ICU matchers keep state).
final class LineMatcher {
    private var expression: RegularExpression

    init(_ pattern: String, caseInsensitive: Bool) throws(RegexSyntaxError) {
        expression = try RegularExpression(pattern, caseInsensitive: caseInsensitive)
    }

    func matches(_ line: Substring) -> Bool { expression.matches(line) }

    /// The UTF-16 range of the first match in `line`.
    func firstMatch(in line: Substring) -> Range<Int>? { expression.firstMatch(in: line) }

    /// The same for a line already in UTF-16.
    func firstMatch(utf16 units: UnsafeBufferPointer<UInt16>) -> Range<Int>? { expression.firstMatch(utf16: units) }
}

extension BoilerplateRule {
    /// The regular expression of a line or section rule.
    var pattern: String? {
        switch match {
        case .line(let pattern), .trailing(let pattern), .section(let pattern, _): pattern
        case .teaser: nil
        }
    }

    /// Whether the pattern can only match at the start of the line: it starts with `^` and has
    /// no `|` outside parentheses (`^a|b` also matches `b` anywhere).
    var isAnchoredAtLineStart: Bool {
        guard let pattern, pattern.hasPrefix("^") else { return false }
        var depth = 0, inClass = false, escaped = false
        for character in pattern {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return false
            default: break
            }
        }
        return true
    }

    var maxTeaserWords: Int? {
        if case .teaser(let words) = match { return words }
        return nil
    }
}

/// The lines of a document that a teaser may repeat, keyed by their first two words.
///
/// Only lines sharing their first two words with a teaser-shaped line are kept (most articles
/// have a handful of those), so building it costs a look at each line's first word.
struct LineIndex {
    private var byKey: [TextKey: [Substring]] = [:]
    private let maxWords: Int
    /// Candidates examined per teaser at most, so that a repetitive archive stays linear.
    private let candidateLimit = 64

    init(document: Document, maxWords: Int) {
        self.maxWords = maxWords
        var wanted = Set<TextKey>()
        var firstWords = Set<TextKey>()
        for block in document.blocks {
            for line in BoilerplateDetector.lines(of: block.range, in: document.text) {
                guard let stem = Self.teaserStem(document.text[line], maxWords: maxWords) else { continue }
                wanted.insert(Self.key(stem))
                firstWords.insert(Self.firstWord(stem))
            }
        }
        guard !wanted.isEmpty else { return }
        var seen = Set<TextKey>()
        for block in document.blocks {
            for line in BoilerplateDetector.lines(of: block.range, in: document.text) {
                let text = document.text[line]
                guard firstWords.contains(Self.firstWord(text)) else { continue }
                let key = Self.key(text)
                guard wanted.contains(key), seen.insert(TextKey(text)).inserted else { continue }
                byKey[key, default: []].append(text)
            }
        }
    }

    /// A short line ending in `...` or `…` whose text before the dots starts a longer line.
    func isTeaser(_ line: Substring) -> Bool {
        guard let stem = Self.teaserStem(line, maxWords: maxWords) else { return false }
        for candidate in (byKey[Self.key(stem)] ?? []).prefix(candidateLimit)
        where candidate.count > stem.count + 1 && candidate.hasPrefix(stem) && candidate != line {
            return true
        }
        return false
    }

    /// The text before the dots of a line of at most `maxWords` words ending in `...` or `…`
    /// (the dots and the spaces and periods before them taken off).
    static func teaserStem(_ line: Substring, maxWords: Int) -> Substring? {
        let utf8 = line.utf8
        guard utf8.count >= 3 else { return nil }
        var end = utf8.index(utf8.endIndex, offsetBy: -3)
        let tail = (utf8[end], utf8[utf8.index(after: end)], utf8[utf8.index(end, offsetBy: 2)])
        guard tail == (0x2E, 0x2E, 0x2E) || tail == (0xE2, 0x80, 0xA6) else { return nil }
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: ".") else { break }
            end = before
        }
        let stem = line[..<end]
        let words = stem.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        return stem
    }

    private static func firstWord(_ text: Substring) -> TextKey { TextKey(word(in: text)) }

    /// The text up to the first space after the leading spaces.
    private static func word(in text: Substring) -> Substring {
        let utf8 = text.utf8
        let start = utf8.firstIndex { $0 != UInt8(ascii: " ") } ?? utf8.endIndex
        let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
        return text[start..<end]
    }

    /// The first two words, one space between them (a slice of the text when it has one).
    private static func key(_ text: Substring) -> TextKey {
        let first = word(in: text)
        let second = word(in: text[first.endIndex...])
        if second.isEmpty { return TextKey(first) }
        if text.utf8.distance(from: first.endIndex, to: second.startIndex) == 1 { return TextKey(text[first.startIndex..<second.endIndex]) }
        return TextKey(Substring(first + " " + second))
    }
}

/// Text compared and hashed by its UTF-8 bytes: the article is NFC already, and String's own
/// hashing checks normalization on every call.
struct TextKey: Hashable {
    let text: Substring

    init(_ text: Substring) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
