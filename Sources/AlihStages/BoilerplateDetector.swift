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
package struct BoilerplateDetector: Stage {
    package let rules: [BoilerplateRule]
    package var name: String { "boilerplate" }
    /// Read off the patterns once, for every article the pipeline processes.
    let prefilters: [PatternPrefilter?]
    /// Classifiers shared by every article and thread this stage serves.
    let classifiers = LineClassifierPool()

    /// Checks every pattern now, so that a bad pattern is reported with its pipeline line
    /// before any article is read.
    package init(options: BoilerplateOptions) throws {
        rules = options.rules
        guard rules.count < Int(UInt16.max) else {
            throw DiagnosticError(
                code: "pipeline.too-many-rules",
                "\(rules.count) boilerplate rules; at most \(Int(UInt16.max) - 1) are supported",
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
                    hint: "patterns use ICU regular-expression syntax: every ( needs its ), every [ its ], and a "
                        + "literal . ( ) [ ] ? * + | needs a backslash before it")
            }
        }
        prefilters = LineClassifier.prefilters(of: rules)
    }

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try run(on: &document, workers: ParallelChunks.defaultWorkers)
    }

    /// Blocks per thread at least: a large document's lines are tried on several cores.
    static let blocksPerWorker = 2_000

    /// `run`, with the patterns of a large document's lines tried on `workers` threads; the
    /// blocks are the same whatever the number.
    ///
    /// Two phases: what each line's patterns say depends on the line alone (any thread); open
    /// sections and teasers depend on what came before, and are applied in document order.
    package func run(on document: inout Document, workers: Int) throws {
        guard !rules.isEmpty else { return }
        let text = document.text
        let blocks = document.blocks
        let teaserRule = rules.first { $0.maxTeaserWords != nil }
        let maxTeaserWords = teaserRule?.maxTeaserWords
        // Phase one keeps a small code per line (most lines are plain content), and the rare
        // trailing-rule cuts and teaser stems on the side: a large archive has millions of lines.
        let verdicts = try ParallelChunks.map(count: blocks.count, minimumChunk: Self.blocksPerWorker, workers: workers)
        { chunk in
            var classifier = try classifiers.take { try LineClassifier(rules: rules, prefilters: prefilters) }
            defer { classifiers.giveBack(classifier) }
            return text.withContiguousUTF8 { bytes in
                var found = ChunkVerdicts()
                for b in chunk {
                    let first = found.codes.count
                    let stems = found.stems.count
                    TextLines.forEachLine(in: bytes, within: text.utf8Offsets(of: blocks[b].range)) { line in
                        let verdict = classifier.verdict(
                            on: line, of: text, bytes: bytes, maxTeaserWords: maxTeaserWords)
                        if let r = verdict.rule, case .section = rules[r].match { found.lastSection = r }
                        if let length = verdict.teaserStemLength {
                            found.stemKeys.insert(LineIndex.keyHash(bytes, line.lowerBound, line.lowerBound + length))
                        }
                        found.append(verdict)
                    }
                    found.endBlock(
                        firstLine: first,
                        plain: found.stems.count == stems && !found.codes[first...].contains { $0 != 0 })
                }
                return found
            }
        }
        let index =
            teaserRule == nil
            ? nil
            : LineIndex(
                text: text, blocks: blocks.map(\.range),
                keys: verdicts.reduce(into: Set()) { $0.formUnion($1.stemKeys) }, workers: workers)

        // Phase two, on several threads too: each chunk of phase one is laid out from the
        // section open when it begins (only a section running to the document's end reaches
        // past its paragraph, and the last section line of each chunk says which is open).
        var firstBlocks: [Int] = []
        var entrySections: [OpenSection?] = []
        var first = 0
        var open: OpenSection? = nil
        for found in verdicts {
            firstBlocks.append(first)
            entrySections.append(open)
            first += found.blockLines.count
            if let r = found.lastSection, case .section(_, let end) = rules[r].match {
                open = OpenSection(rule: rules[r].id, end: end)
            }
        }
        let parts = ParallelChunks.map(count: verdicts.count, minimumChunk: 1, workers: workers) {
            [firstBlocks, entrySections] chunks in
            text.withContiguousUTF8 { bytes in
                var laidOut: [Block] = []
                for chunk in chunks {
                    let end = chunk + 1 < firstBlocks.count ? firstBlocks[chunk + 1] : blocks.count
                    layOut(
                        blocks[firstBlocks[chunk]..<end], verdicts[chunk], openSection: entrySections[chunk],
                        text: text, bytes: bytes, index: index, teaserRule: teaserRule, into: &laidOut)
                }
                return laidOut
            }
        }
        var result: [Block] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts {
            for var block in part {
                block.id = Block.id(number: result.count + 1)
                result.append(block)
            }
        }
        document.blocks = result
        Self.carryChromeToAttributes(in: &document)
    }

    /// A section rule whose lines are chrome until its end.
    struct OpenSection: Sendable {
        var rule: String
        var end: BoilerplateRule.SectionEnd
    }

    /// Appends the blocks that `blocks` (paragraphs, one chunk of phase one) become given their
    /// lines' `verdicts`, with `openSection` open at the first (ids are given afterwards).
    private func layOut(
        _ blocks: ArraySlice<Block>, _ found: ChunkVerdicts, openSection entry: OpenSection?, text: String,
        bytes: UnsafeBufferPointer<UInt8>, index: LineIndex?, teaserRule: BoilerplateRule?, into result: inout [Block]
    ) {
        var openSection = entry
        // An archive repeats its teasers: each distinct line is looked up once (filed under a
        // hash of its bytes, compared byte for byte with the first line of that hash).
        var teasers: [UInt64: (line: Range<Int>, isTeaser: Bool)] = [:]
        var lineInChunk = 0
        var stemInChunk = 0
        for (blockInChunk, block) in blocks.enumerated() {
            if openSection?.end == .paragraph { openSection = nil }
            // Most blocks: no pattern matched any line, none is teaser-shaped, no section is open.
            if openSection == nil && found.plainBlocks[blockInChunk] {
                lineInChunk += Int(found.blockLines[blockInChunk])
                result.append(Block(id: "", range: block.range, separator: block.separator, kind: .content))
                continue
            }
            // Each line becomes one piece, or two when a trailing rule splits off its end.
            var pieces: [(range: Range<String.Index>, kind: BlockKind)] = []
            TextLines.forEachLine(in: bytes, within: text.utf8Offsets(of: block.range)) { lineBytes in
                let line = text.utf8Index(at: lineBytes.lowerBound)..<text.utf8Index(at: lineBytes.upperBound)
                let code = found.codes[lineInChunk]
                var stemLength: Int? = nil
                if stemInChunk < found.stems.count && found.stems[stemInChunk].line == lineInChunk {
                    stemLength = found.stems[stemInChunk].length
                    stemInChunk += 1
                }
                defer { lineInChunk += 1 }
                var kind: BlockKind = .content
                if code != 0 {
                    let r = Int(code) - 1
                    if let split = found.splits[lineInChunk] {
                        pieces.append((line.lowerBound..<split.contentEnd, .content))
                        pieces.append((split.chromeStart..<line.upperBound, .boilerplate(rule: rules[r].id)))
                        return
                    }
                    kind = .boilerplate(rule: rules[r].id)
                    if case .section(_, let end) = rules[r].match {
                        openSection = OpenSection(rule: rules[r].id, end: end)
                    }
                } else if let section = openSection {
                    kind = .boilerplate(rule: section.rule)
                } else if let teaserRule, let index, let stemLength {
                    let hash = LineIndex.lineHash(bytes, lineBytes)
                    let isTeaser: Bool
                    if let known = teasers[hash], LineIndex.equal(bytes, known.line, lineBytes) {
                        isTeaser = known.isTeaser
                    } else {
                        isTeaser = index.isTeaser(lineBytes, stemLength: stemLength, in: text, bytes: bytes)
                        if teasers[hash] == nil { teasers[hash] = (lineBytes, isTeaser) }
                    }
                    if isTeaser { kind = .boilerplate(rule: teaserRule.id) }
                }
                pieces.append((line, kind))
            }
            // Runs of pieces of one kind become blocks; the text between runs is their separator.
            var runStart = 0
            for i in 1...pieces.count where i == pieces.count || pieces[i].kind != pieces[runStart].kind {
                let range = pieces[runStart].range.lowerBound..<pieces[i - 1].range.upperBound
                let separator =
                    i == pieces.count ? block.separator : pieces[i - 1].range.upperBound..<pieces[i].range.lowerBound
                result.append(Block(id: "", range: range, separator: separator, kind: pieces[runStart].kind))
                runStart = i
            }
        }
    }

    /// One matcher for the rules whose patterns are anchored at the start of the line,
    /// `^(?:p1|(?i:p2)|…)` with each `^` taken out: it finds a match exactly when one of them
    /// does, trying only the start of the line. Nil when fewer than two patterns are anchored,
    /// or one refers to a group by number or name (joining them would renumber the groups).
    /// Unanchored patterns are not joined: ICU would then try every anchored one at every
    /// position too.
    static func anchoredRulesMatcher(_ rules: [BoilerplateRule]) throws -> LineMatcher? {
        let patterns = rules.compactMap(\.pattern)
        guard
            !patterns.contains(where: {
                $0.range(of: #"\\[1-9]|\\k<|\(\?<[A-Za-z]"#, options: .regularExpression) != nil
            })
        else { return nil }
        let anchored = rules.compactMap { rule -> String? in
            guard let pattern = rule.pattern, rule.isAnchoredAtLineStart else { return nil }
            return (rule.caseInsensitive ? "(?i:" : "(?:") + pattern.dropFirst() + ")"
        }
        guard anchored.count >= 2 else { return nil }
        return try LineMatcher("^(?:" + anchored.joined(separator: "|") + ")", caseInsensitive: false)
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
        var depth = 0
        var inClass = false
        var escaped = false
        for character in pattern {
            if escaped {
                escaped = false
                continue
            }
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
