import AlihCore

/// What the boilerplate patterns say about one line, whatever came before it.
struct LineVerdict: Sendable {
    /// The first rule with a pattern that matches the line, if any.
    var rule: Int?
    /// A trailing rule's cut: the content before the chrome ends, the chrome starts.
    var split: (contentEnd: String.Index, chromeStart: String.Index)?
    /// The length in bytes of the text before the dots when the line has a teaser's shape.
    var teaserStemLength: Int?
}

/// The verdicts on the lines of a run of blocks, compactly: a code per line, the rest aside.
struct ChunkVerdicts: Sendable {
    /// Per line: 0 when no pattern matched, else the matching rule's index plus one.
    var codes: [UInt16] = []
    /// Trailing-rule cuts, by line (in this chunk).
    var splits: [Int: (contentEnd: String.Index, chromeStart: String.Index)] = [:]
    /// The lines (in this chunk) of teaser shape and the lengths of their stems, in line order.
    var stems: [(line: Int, length: Int)] = []
    /// The stems' key hashes (`LineIndex.keyHash`), for the index of the lines they may repeat.
    var stemKeys: Set<UInt64> = []
    /// The rule of the chunk's last line matched by a section rule, if any.
    var lastSection: Int?

    /// Lines per block of the chunk.
    var blockLines: [UInt32] = []
    /// Per block: no line matched a pattern or has a teaser's shape (it stays one content block
    /// unless a section is open).
    var plainBlocks: [Bool] = []

    /// Closes the block whose lines started at `firstLine`.
    mutating func endBlock(firstLine: Int, plain: Bool) {
        blockLines.append(UInt32(codes.count - firstLine))
        plainBlocks.append(plain)
    }

    mutating func append(_ verdict: LineVerdict) {
        if let split = verdict.split { splits[codes.count] = split }
        if let length = verdict.teaserStemLength { stems.append((codes.count, length)) }
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
    /// The first look at a line, for the first 64 rules, made once per line: bit `r` of
    /// `startAdmits[b]` is set when rule `r` is not anchored at the line's start or can start
    /// with byte `b` (`PatternPrefilter.edgeGate`), and likewise `endAdmits` for the line's last
    /// byte. A rule whose bit is clear in both is skipped without looking at its prefilter.
    private let startAdmits: [UInt64]
    private let endAdmits: [UInt64]
    /// The same for a line's second byte and the byte before its last (lines of two bytes or
    /// more; `PatternPrefilter.admitsSecond`, `admitsPenultimate`).
    private let secondAdmits: [UInt64]
    private let penultimateAdmits: [UInt64]
    /// Rules (of the first 64) that are case-insensitive: a line that case-folds into ASCII
    /// goes past their first look (see `PatternPrefilter.mayMatch`).
    private let caseInsensitiveRules: UInt64
    private let anchoredRules: LineMatcher?
    private var units: [UInt16] = []

    /// The rules' prefilters, read off their patterns (once per pipeline: see `prefilters(of:)`).
    static func prefilters(of rules: [BoilerplateRule]) -> [PatternPrefilter?] {
        rules.map { rule in
            rule.pattern.flatMap { PatternPrefilter(pattern: $0, caseInsensitive: rule.caseInsensitive) }
        }
    }

    init(rules: [BoilerplateRule], prefilters: [PatternPrefilter?]) throws {
        self.rules = rules
        matchers = try rules.map { rule in
            try rule.pattern.map { try LineMatcher($0, caseInsensitive: rule.caseInsensitive) }
        }
        let unfiltered = rules.indices.map { prefilters[$0] == nil && rules[$0].isAnchoredAtLineStart }
        anchoredRules = try BoilerplateDetector.anchoredRulesMatcher(
            rules.indices.filter { unfiltered[$0] }.map { rules[$0] })
        self.prefilters = prefilters
        self.unfiltered = unfiltered
        var startAdmits = [UInt64](repeating: 0, count: 256)
        var endAdmits = [UInt64](repeating: 0, count: 256)
        var secondAdmits = [UInt64](repeating: 0, count: 256)
        var penultimateAdmits = [UInt64](repeating: 0, count: 256)
        var caseInsensitiveRules: UInt64 = 0
        for r in rules.indices.prefix(64) {
            let bit = UInt64(1) << UInt64(r)
            if rules[r].caseInsensitive { caseInsensitiveRules |= bit }
            let gate = prefilters[r]?.edgeGate
            for byte in 0..<256 {
                let value = UInt8(byte)
                let admitted: (Bool, Bool) =
                    switch gate {
                    case .start(let bytes): (bytes.contains(value), true)
                    case .end(let bytes): (true, bytes.contains(value))
                    case .both(let first, let last): (first.contains(value), last.contains(value))
                    case nil: (true, true)
                    }
                if admitted.0 { startAdmits[byte] |= bit }
                if admitted.1 { endAdmits[byte] |= bit }
                if prefilters[r]?.admitsSecond(value) ?? true { secondAdmits[byte] |= bit }
                if prefilters[r]?.admitsPenultimate(value) ?? true { penultimateAdmits[byte] |= bit }
            }
        }
        self.startAdmits = startAdmits
        self.endAdmits = endAdmits
        self.secondAdmits = secondAdmits
        self.penultimateAdmits = penultimateAdmits
        self.caseInsensitiveRules = caseInsensitiveRules
    }

    /// The rules (of the first 64) a line's first two and last two bytes rule out (its end
    /// read both as it is and before the one line terminator it may end in, as ICU's `$`).
    private func ruledOut(_ line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = line.first else { return 0 }
        let count = line.count
        var start = startAdmits[Int(first)]
        if count >= 2 { start &= secondAdmits[Int(line[1])] }
        func admittedAtEnd(_ end: Int) -> UInt64 {
            var admitted = endAdmits[Int(line[end - 1])]
            if end >= 2 { admitted &= penultimateAdmits[Int(line[end - 2])] }
            return admitted
        }
        let end = PatternPrefilter.endBeforeTerminator(line)
        var last = admittedAtEnd(count)
        if end > 0 && end != count { last |= admittedAtEnd(end) }
        return ~(start & last)
    }

    /// The verdict on the line at byte range `line` of `text` (whose UTF-8 is `bytes`); with
    /// `maxTeaserWords`, whether it has a teaser's shape.
    ///
    /// The rules see the line without the spaces and tabs it ends with: normalized text has
    /// none, but a block of an HTML page keeps the whitespace between a closing tag and the
    /// `<br><br>` that ends it (`<strong>(fyk/ash)</strong> <br><br>`), and a rule anchored at
    /// the line's end must still see that end.
    mutating func verdict(on line: Range<Int>, of text: String, bytes: UnsafeBufferPointer<UInt8>, maxTeaserWords: Int?)
        -> LineVerdict
    {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let line = line.lowerBound..<end
        return verdict(on: line, of: text, UnsafeBufferPointer(rebasing: bytes[line]), maxTeaserWords: maxTeaserWords)
    }

    private mutating func verdict(
        on line: Range<Int>, of text: String, _ bytes: UnsafeBufferPointer<UInt8>, maxTeaserWords: Int?
    ) -> LineVerdict {
        var verdict = LineVerdict()
        var converted = false
        var anchoredMayMatch: Bool? = nil
        var foldsToASCII: Bool? = nil
        // The first 64 rules a line's edges leave in, in order (a line that case-folds into
        // ASCII keeps the case-insensitive ones), then any rules after them.
        var ruledOut = self.ruledOut(bytes)
        if ruledOut & caseInsensitiveRules != 0 {
            foldsToASCII = PatternPrefilter.foldsToASCII(bytes)
            if foldsToASCII! { ruledOut &= ~caseInsensitiveRules }
        }
        var candidates = ~ruledOut & (rules.count >= 64 ? UInt64.max : (1 << UInt64(rules.count)) - 1)
        var next = 64
        while true {
            let r: Int
            if candidates != 0 {
                r = candidates.trailingZeroBitCount
                candidates &= candidates - 1
            } else if next < rules.count {
                r = next
                next += 1
            } else {
                break
            }
            guard let matcher = matchers[r] else { continue }
            if let prefilter = prefilters[r] {
                if foldsToASCII == nil { foldsToASCII = PatternPrefilter.foldsToASCII(bytes) }
                guard prefilter.mayMatch(bytes, foldsToASCII: foldsToASCII!) else { continue }
            } else if unfiltered[r], let anchoredRules {
                if anchoredMayMatch == nil {
                    convert(bytes)
                    converted = true
                    anchoredMayMatch = units.withUnsafeBufferPointer { anchoredRules.firstMatch(utf16: $0) } != nil
                }
                guard anchoredMayMatch! else { continue }
            }
            if !converted {
                convert(bytes)
                converted = true
            }
            guard let found = units.withUnsafeBufferPointer({ matcher.firstMatch(utf16: $0) }) else { continue }
            if case .trailing = rules[r].match {
                guard found.upperBound == units.count else { continue }
                let lineText = text[text.utf8Index(at: line.lowerBound)..<text.utf8Index(at: line.upperBound)]
                let start = lineText.utf8.index(
                    lineText.startIndex, offsetBy: Self.utf8Offset(ofUTF16: found.lowerBound, in: bytes))
                let contentEnd = lineText[..<start].lastIndex { !$0.isWhitespace }.map { lineText.index(after: $0) }
                let chromeStart = lineText[start...].firstIndex { !$0.isWhitespace } ?? start
                // A credit with no caption before it is a chrome line like any other.
                if let contentEnd { verdict.split = (contentEnd, chromeStart) }
            }
            verdict.rule = r
            return verdict
        }
        if let maxTeaserWords { verdict.teaserStemLength = LineIndex.teaserStemLength(bytes, maxWords: maxTeaserWords) }
        return verdict
    }

    /// Frees the UTF-16 buffer if a long line made it large (a pooled classifier keeps it).
    mutating func releaseLargeBuffer() {
        if units.capacity > 1 << 16 { units = [] }
    }

    /// The byte offset in `bytes` (UTF-8) of UTF-16 offset `offset` (a Substring's UTF-16 view
    /// of a large non-ASCII text would build an index of the whole text for this).
    static func utf8Offset(ofUTF16 offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        var units = 0
        while i < bytes.count, units < offset {
            let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: i)
            units += scalar.value < 0x10000 ? 1 : 2
            i += length
        }
        return i
    }

    /// The line in UTF-16, as ICU's regex engine reads it (decoded from its bytes: a
    /// Substring's UTF-16 view of a large non-ASCII text looks its offsets up on every use).
    private mutating func convert(_ line: UnsafeBufferPointer<UInt8>) {
        units.removeAll(keepingCapacity: true)
        var i = 0
        while i < line.count {
            if line[i] < 0x80 {
                units.append(UInt16(line[i]))
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalars.scalar(in: line, at: i)
            units.append(contentsOf: UTF16.encode(scalar)!)
            i += length
        }
    }
}
