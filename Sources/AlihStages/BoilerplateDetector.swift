import AlihCore
import AlihICU

/// The boilerplate stage: marks page-chrome lines and splits paragraphs around them.
///
/// Each line of a paragraph is classified by the pipeline's rules: first the line patterns
/// in order, then an open section (`Berita Terkait` and the list after it), then the teaser
/// rule. Consecutive lines of the same class form one block, so a paragraph that mixes a
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
        let index = LineIndex(document: document)
        var openSection: (rule: String, end: BoilerplateRule.SectionEnd)? = nil
        var result: [Block] = []

        for block in document.blocks {
            if openSection?.end == .paragraph { openSection = nil }
            let lines = Self.lines(of: block.range, in: text)
            var kinds: [BlockKind] = []
            for line in lines {
                let lineText = text[line]
                var kind: BlockKind = .content
                var matched = false
                for r in rules.indices {
                    guard let matcher = matchers[r], matcher.matches(lineText) else { continue }
                    kind = .boilerplate(rule: rules[r].id)
                    if case .section(_, let end) = rules[r].match { openSection = (rules[r].id, end) }
                    matched = true
                    break
                }
                if !matched, let section = openSection {
                    kind = .boilerplate(rule: section.rule)
                } else if !matched, let teaser = rules.first(where: { $0.maxTeaserWords != nil }),
                          index.isTeaser(lineText, maxWords: teaser.maxTeaserWords!) {
                    kind = .boilerplate(rule: teaser.id)
                }
                kinds.append(kind)
            }
            // Runs of lines of one kind become blocks.
            var runStart = 0
            for i in 1...lines.count where i == lines.count || kinds[i] != kinds[runStart] {
                let range = lines[runStart].lowerBound..<lines[i - 1].upperBound
                let separator = i == lines.count ? block.separator : lines[i - 1].upperBound..<lines[i].lowerBound
                result.append(Block(id: "", range: range, separator: separator, kind: kinds[runStart]))
                runStart = i
            }
        }
        for i in result.indices { result[i].id = "b\(i + 1)" }
        document.blocks = result
    }

    static func lines(of range: Range<String.Index>, in text: String) -> [Range<String.Index>] {
        var lines: [Range<String.Index>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        let utf8 = text.utf8
        while i < range.upperBound {
            if utf8[i] == 0x0A {
                lines.append(start..<i)
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(start..<range.upperBound)
        return lines
    }
}

/// A compiled pattern owned by one run of the stage (ICU matchers keep state).
final class LineMatcher {
    private var expression: RegularExpression

    init(_ pattern: String, caseInsensitive: Bool) throws(RegexSyntaxError) {
        expression = try RegularExpression(pattern, caseInsensitive: caseInsensitive)
    }

    func matches(_ line: Substring) -> Bool { expression.matches(line) }
}

extension BoilerplateRule {
    /// The regular expression of a line or section rule.
    var pattern: String? {
        switch match {
        case .line(let pattern), .section(let pattern, _): pattern
        case .teaser: nil
        }
    }

    var maxTeaserWords: Int? {
        if case .teaser(let words) = match { return words }
        return nil
    }
}

/// The lines of a document keyed by their first two words, for finding what a teaser repeats.
struct LineIndex {
    private var byKey: [String: [Substring]] = [:]
    /// Candidates examined per teaser at most, so that a repetitive archive stays linear.
    private let candidateLimit = 64

    init(document: Document) {
        var seen = Set<Substring>()
        for block in document.blocks {
            for line in BoilerplateDetector.lines(of: block.range, in: document.text) {
                let text = document.text[line]
                guard seen.insert(text).inserted else { continue }
                byKey[Self.key(text), default: []].append(text)
            }
        }
    }

    /// A short line ending in `...` or `…` whose text before the dots starts a longer line.
    func isTeaser(_ line: Substring, maxWords: Int) -> Bool {
        var stem = line
        if stem.hasSuffix("...") { stem = stem.dropLast(3) } else if stem.hasSuffix("…") { stem = stem.dropLast() } else { return false }
        while stem.last == " " || stem.last == "." { stem = stem.dropLast() }
        let words = stem.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords else { return false }
        for candidate in (byKey[Self.key(stem)] ?? []).prefix(candidateLimit)
        where candidate.count > stem.count + 1 && candidate.hasPrefix(stem) && candidate != line {
            return true
        }
        return false
    }

    private static func key(_ text: Substring) -> String {
        text.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")
    }
}
