import AlihCore
#if canImport(Glibc)
import Glibc
#endif
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
    /// Read off the patterns once, for every article the pipeline processes.
    let prefilters: [PatternPrefilter?]

    /// Checks every pattern now, so that a bad pattern is reported with its pipeline line
    /// before any article is read.
    public init(options: BoilerplateOptions) throws {
        rules = options.rules
        guard rules.count < Int(UInt16.max) else {
            throw DiagnosticError(
                code: "pipeline.too-many-rules", "\(rules.count) boilerplate rules; at most \(Int(UInt16.max) - 1) are supported",
                at: rules.last?.definedAt, hint: "join rules whose patterns can be one alternation")
        }
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
        prefilters = LineClassifier.prefilters(of: rules)
    }

    public func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try run(on: &document, workers: ParallelChunks.defaultWorkers)
    }

    /// Blocks per thread at least: a large document's lines are tried on several cores.
    static let blocksPerWorker = 2_000

    /// `run`, with the patterns of a large document's lines tried on `workers` threads; the
    /// blocks are the same whatever the number.
    ///
    /// Two phases: what each line's patterns say depends on the line alone (any thread); open
    /// sections and teasers depend on what came before, and are applied in document order.
    public func run(on document: inout Document, workers: Int) throws {
        guard !rules.isEmpty else { return }
        let text = document.text
        let blocks = document.blocks
        let teaserRule = rules.first { $0.maxTeaserWords != nil }
        let maxTeaserWords = teaserRule?.maxTeaserWords
        // Phase one keeps a small code per line (most lines are plain content), and the rare
        // trailing-rule cuts and teaser stems on the side: a large archive has millions of lines.
        let verdicts = try ParallelChunks.map(count: blocks.count, minimumChunk: Self.blocksPerWorker, workers: workers) { chunk in
            var classifier = try LineClassifier(rules: rules, prefilters: prefilters)
            var found = ChunkVerdicts()
            for b in chunk {
                let first = found.codes.count, stems = found.stems.count
                for line in Self.lines(of: blocks[b].range, in: text) {
                    found.append(classifier.verdict(on: line, in: text, maxTeaserWords: maxTeaserWords))
                }
                found.endBlock(firstLine: first, plain: found.stems.count == stems && !found.codes[first...].contains { $0 != 0 })
            }
            found.stemKeys = Set(found.stems.values.lazy.map(LineIndex.key))
            return found
        }
        let index = teaserRule == nil ? nil : LineIndex(
            text: text, blocks: blocks.map(\.range), keys: verdicts.reduce(into: Set()) { $0.formUnion($1.stemKeys) }, workers: workers)

        var openSection: (rule: String, end: BoilerplateRule.SectionEnd)? = nil
        var result: [Block] = []
        var chunk = 0, lineInChunk = 0, blockInChunk = 0
        for block in blocks {
            while blockInChunk == verdicts[chunk].blockLines.count {
                chunk += 1
                blockInChunk = 0
                lineInChunk = 0
            }
            defer { blockInChunk += 1 }
            if openSection?.end == .paragraph { openSection = nil }
            // Most blocks: no pattern matched any line, none is teaser-shaped, no section is open.
            if openSection == nil && verdicts[chunk].plainBlocks[blockInChunk] {
                lineInChunk += Int(verdicts[chunk].blockLines[blockInChunk])
                result.append(Block(id: "", range: block.range, separator: block.separator, kind: .content))
                continue
            }
            // Each line becomes one piece, or two when a trailing rule splits off its end.
            var pieces: [(range: Range<String.Index>, kind: BlockKind)] = []
            let found = verdicts[chunk]
            for line in Self.lines(of: block.range, in: text) {
                let code = found.codes[lineInChunk]
                defer { lineInChunk += 1 }
                var kind: BlockKind = .content
                if code != 0 {
                    let r = Int(code) - 1
                    if let split = found.splits[lineInChunk] {
                        pieces.append((line.lowerBound..<split.contentEnd, .content))
                        pieces.append((split.chromeStart..<line.upperBound, .boilerplate(rule: rules[r].id)))
                        continue
                    }
                    kind = .boilerplate(rule: rules[r].id)
                    if case .section(_, let end) = rules[r].match { openSection = (rules[r].id, end) }
                } else if let section = openSection {
                    kind = .boilerplate(rule: section.rule)
                } else if let teaserRule, let index, !found.stems.isEmpty, let stem = found.stems[lineInChunk], index.isTeaser(text[line], stem: stem) {
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
        for i in result.indices { result[i].id = Block.id(number: i + 1) }
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
/// Only lines sharing their first word with a teaser-shaped line are looked at further, and
/// only those sharing its first two words are kept (most articles have a handful).
struct LineIndex {
    private var byKey: [TextKey: [Substring]] = [:]
    /// Candidates examined per teaser at most, so that a repetitive archive stays linear.
    private let candidateLimit = 64

    /// An index of the lines of `blocks` (ranges into `text`, in document order) for the
    /// teasers' stem `keys` (`key(_:)`); the lines are looked at on `workers` threads when there are many.
    init(text: String, blocks: [Range<String.Index>], keys wanted: Set<TextKey>, workers: Int) {
        guard !wanted.isEmpty else { return }
        // Most lines start with none of the teasers' first two words: they are ruled out on
        // their bytes, by a hash of their key, before any Substring is made.
        let keyHashes = Set(wanted.map { key in Array(key.text.utf8).withUnsafeBufferPointer { Self.keyHash($0, 0, $0.count) } })
        // Each part of the document keeps its own first distinct lines per key (a repetitive
        // archive repeats the same lines thousands of times); joined in order, they are the
        // document's first distinct lines per key.
        let limit = candidateLimit
        let found = ParallelChunks.map(count: blocks.count, minimumChunk: BoilerplateDetector.blocksPerWorker, workers: workers) { chunk in
            var kept: [TextKey: [Substring]] = [:]
            func consider(_ line: Substring) {
                let key = Self.key(line)
                guard wanted.contains(key) else { return }
                Self.keep(line, under: key, in: &kept, limit: limit)
            }
            let onBytes: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                for block in blocks[chunk] {
                    let start = text.utf8.distance(from: text.startIndex, to: block.lowerBound)
                    let end = start + text.utf8.distance(from: block.lowerBound, to: block.upperBound)
                    TextLines.forEachLine(in: bytes, within: start..<end) { line in
                        if keyHashes.contains(Self.keyHash(bytes, line.lowerBound, line.upperBound)) {
                            consider(text[text.utf8.index(text.startIndex, offsetBy: line.lowerBound)..<text.utf8.index(text.startIndex, offsetBy: line.upperBound)])
                        }
                    }
                }
            }
            if onBytes == nil {
                for block in blocks[chunk] {
                    for line in BoilerplateDetector.lines(of: block, in: text) { consider(text[line]) }
                }
            }
            return kept
        }
        for part in found {
            for (key, lines) in part {
                for line in lines { Self.keep(line, under: key, in: &byKey, limit: limit) }
            }
        }
    }

    /// Adds `line` to the lines under `key` unless the same text is there or `limit` lines are.
    private static func keep(_ line: Substring, under key: TextKey, in index: inout [TextKey: [Substring]], limit: Int) {
        let lines = index[key, default: []]
        guard lines.count < limit, !lines.contains(where: { TextKey($0) == TextKey(line) }) else { return }
        index[key, default: []].append(line)
    }

    /// Whether `line`, of teaser shape with `stem` before its dots, repeats the start of a
    /// longer line.
    func isTeaser(_ line: Substring, stem: Substring) -> Bool {
        for candidate in (byKey[Self.key(stem)] ?? []).prefix(candidateLimit)
        where candidate.count > stem.count + 1 && candidate.hasPrefix(stem) && candidate != line {
            return true
        }
        return false
    }

    /// The text before the dots of a line of at most `maxWords` words ending in `...` or `…`
    /// (the dots and the spaces and periods before them taken off).
    static func teaserStem(_ line: Substring, maxWords: Int) -> Substring? {
        if let found = line.utf8.withContiguousStorageIfAvailable({ teaserStemLength($0, maxWords: maxWords) }) {
            return found.map { line[..<line.utf8.index(line.startIndex, offsetBy: $0)] }
        }
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBufferPointer { teaserStemLength($0, maxWords: maxWords) }
            .map { line[..<line.utf8.index(line.startIndex, offsetBy: $0)] }
    }

    /// The length in bytes of the teaser stem of a line given as its UTF-8 (see `teaserStem`).
    static func teaserStemLength(_ bytes: UnsafeBufferPointer<UInt8>, maxWords: Int) -> Int? {
        let count = bytes.count
        guard count >= 3 else { return nil }
        let threeDots = bytes[count - 3] == 0x2E && bytes[count - 2] == 0x2E && bytes[count - 1] == 0x2E
        let ellipsis = bytes[count - 3] == 0xE2 && bytes[count - 2] == 0x80 && bytes[count - 1] == 0xA6
        guard threeDots || ellipsis else { return nil }
        var end = count - 3
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
        // Words are runs of bytes other than spaces.
        var words = 0
        var inWord = false
        for i in 0..<end {
            let isSpace = bytes[i] == UInt8(ascii: " ")
            if !isSpace && !inWord {
                words += 1
                if words > maxWords { return nil }
            }
            inWord = !isSpace
        }
        return words == 0 ? nil : end
    }

    /// FNV-1a of the bytes of `key(_:)` of the line `bytes[start..<end]` (its first two
    /// words, one space between them), computed on the bytes.
    private static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        for word in 0..<2 {
            while i < end, bytes[i] == UInt8(ascii: " ") { i += 1 }
            if word == 1 {
                guard i < end else { break }
                hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3
            }
            while i < end, bytes[i] != UInt8(ascii: " ") {
                hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3
                i += 1
            }
        }
        return hash
    }

    /// The text up to the first space after the leading spaces.
    private static func word(in text: Substring) -> Substring {
        let utf8 = text.utf8
        let start = utf8.firstIndex { $0 != UInt8(ascii: " ") } ?? utf8.endIndex
        let end = utf8[start...].firstIndex(of: UInt8(ascii: " ")) ?? utf8.endIndex
        return text[start..<end]
    }

    /// The first two words, one space between them (a slice of the text when it has one).
    static func key(_ text: Substring) -> TextKey {
        let first = word(in: text)
        let second = word(in: text[first.endIndex...])
        if second.isEmpty { return TextKey(first) }
        if text.utf8.distance(from: first.endIndex, to: second.startIndex) == 1 { return TextKey(text[first.startIndex..<second.endIndex]) }
        return TextKey(Substring(first + " " + second))
    }
}

/// Text compared and hashed by its UTF-8 bytes: the article is NFC already, and String's own
/// hashing checks normalization on every call.
struct TextKey: Hashable, Sendable {
    let text: Substring

    init(_ text: Substring) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        let equal = a.text.utf8.withContiguousStorageIfAvailable { x in
            b.text.utf8.withContiguousStorageIfAvailable { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return (equal ?? nil) ?? a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
