#if canImport(Glibc)
    import Glibc
#endif

/// What a line must contain for a boilerplate pattern to match it, read off the pattern: a byte
/// test that rules most lines out before ICU's regex engine is asked.
///
/// Only the pattern's top-level sequence is read; a literal run (`Baca`, `\(c\)`) or a group of
/// literal alternatives (`(Foto|FOTO|Photo)`) that every match must contain is a requirement,
/// and the most selective one is kept (one right after `^` must start the line, a run right
/// before a final `$` must end it: `\)$`). Anything the
/// reading does not understand makes the pattern keep no prefilter (nil: ICU sees every line),
/// so a prefilter can only ever skip lines the pattern cannot match:
/// - a top-level `|`, inline flags such as `(?i)` or `(?x)`, `\Q…\E`: no prefilter;
/// - `?`, `*`, `{0,…}` make the item before them optional; classes, `.`, `\s`, lookarounds
///   and other groups end a literal run;
/// - case-insensitive patterns keep only ASCII literals, compared ignoring ASCII case, and let
///   through every line holding a character whose case folding has ASCII in it (ICU folds `ß`
///   to `ss`, `K` KELVIN SIGN to `k`: `foldsToASCII`); any other non-ASCII character can only
///   match a non-ASCII one, so the ASCII literal must be in the line's ASCII.
struct PatternPrefilter: Sendable, Equatable {
    /// A line must contain one of these, as UTF-8.
    var alternatives: [[UInt8]]
    /// At its very start.
    var atLineStart: Bool
    /// At its very end.
    var atLineEnd: Bool
    /// The whole line (`^(a|b)$`): at its start and its end.
    var wholeLine: Bool
    var caseInsensitive: Bool

    /// For an anchored requirement, the bytes an alternative starts with (at the line's start)
    /// or ends with (at its end), both cases under case folding: one look at the line's first or
    /// last byte rules most lines out before any alternative is compared.
    private(set) var edgeBytes = EdgeBytes()
    /// For a whole-line requirement, the bytes an alternative starts with (`edgeBytes` then
    /// holds those it ends with).
    private(set) var firstBytes = EdgeBytes()
    /// For each alternative, the position of the byte a requirement anywhere in the line is
    /// looked for by (`memchr`): the one least likely in text (punctuation before digits before
    /// letters before a space), so that `" |"` is looked for by its bar, not its space.
    private(set) var searchIndices: [Int] = []
    /// For a requirement at the line's start (or the whole line), the bytes an alternative has
    /// second, both cases under case folding; nil when an alternative is one byte long.
    private(set) var secondBytes: EdgeBytes?
    /// For a requirement at the line's end (or the whole line), the bytes an alternative has
    /// before its last; nil when an alternative is one byte long.
    private(set) var penultimateBytes: EdgeBytes?

    init(
        alternatives: [[UInt8]], atLineStart: Bool, atLineEnd: Bool = false, wholeLine: Bool = false,
        caseInsensitive: Bool
    ) {
        self.alternatives = alternatives
        self.atLineStart = atLineStart || wholeLine
        self.atLineEnd = atLineEnd || wholeLine
        self.wholeLine = wholeLine
        self.caseInsensitive = caseInsensitive
        searchIndices = alternatives.map { literal in
            literal.indices.max { Self.rarity(literal[$0]) < Self.rarity(literal[$1]) } ?? 0
        }
        if self.atLineStart || self.atLineEnd, !alternatives.isEmpty, alternatives.allSatisfy({ $0.count >= 2 }) {
            var second = EdgeBytes()
            var penultimate = EdgeBytes()
            for literal in alternatives {
                for (byte, into) in [(literal[1], 0), (literal[literal.count - 2], 1)] {
                    for edge in caseInsensitive ? [byte, Self.lower(byte), Self.upper(byte)] : [byte] {
                        if into == 0 { second.insert(edge) } else { penultimate.insert(edge) }
                    }
                }
            }
            if self.atLineStart { secondBytes = second }
            if self.atLineEnd { penultimateBytes = penultimate }
        }
        for literal in alternatives {
            guard let first = literal.first, let last = literal.last else { continue }
            let byte = wholeLine ? last : self.atLineStart ? first : last
            for edge in caseInsensitive ? [byte, Self.lower(byte), Self.upper(byte)] : [byte] { edgeBytes.insert(edge) }
            for edge in caseInsensitive ? [first, Self.lower(first), Self.upper(first)] : [first] {
                firstBytes.insert(edge)
            }
        }
    }

    /// The look at the line's first or last byte that `mayMatch` starts with, for a caller
    /// that wants to make it without the rest (nil for a requirement anywhere in the line).
    var edgeGate: EdgeGate? {
        if wholeLine { return .both(first: firstBytes, last: edgeBytes) }
        return atLineStart ? .start(edgeBytes) : atLineEnd ? .end(edgeBytes) : nil
    }

    /// Whether a line of two bytes or more whose second byte is `second` (or whose byte before
    /// its last is `penultimate`) may meet the requirement: a second look, after `edgeGate`'s,
    /// that keeps most lines starting with a common letter away from the alternatives (nil
    /// asks nothing of that side).
    func admitsSecond(_ second: UInt8) -> Bool { secondBytes?.contains(second) ?? true }
    func admitsPenultimate(_ penultimate: UInt8) -> Bool { penultimateBytes?.contains(penultimate) ?? true }

    /// A line's first or last byte (or both) that an anchored requirement can start or end with.
    enum EdgeGate: Sendable, Equatable {
        case start(EdgeBytes)
        case end(EdgeBytes)
        case both(first: EdgeBytes, last: EdgeBytes)
    }

    /// A set of bytes.
    struct EdgeBytes: Sendable, Equatable {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init() {}

        mutating func insert(_ byte: UInt8) {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return bits.0 & bit != 0
            case 1: return bits.1 & bit != 0
            case 2: return bits.2 & bit != 0
            default: return bits.3 & bit != 0
            }
        }

        static func == (a: EdgeBytes, b: EdgeBytes) -> Bool {
            a.bits.0 == b.bits.0 && a.bits.1 == b.bits.1 && a.bits.2 == b.bits.2 && a.bits.3 == b.bits.3
        }
    }

    /// The prefilter of an ICU `pattern`, or nil when it finds no safe requirement.
    init?(pattern: String, caseInsensitive: Bool) {
        guard let found = Self.requirement(in: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive) else {
            return nil
        }
        self.init(
            alternatives: found.alternatives.map { Array(String(String.UnicodeScalarView($0)).utf8) },
            atLineStart: found.anchor == .start, atLineEnd: found.anchor == .end, wholeLine: found.anchor == .whole,
            caseInsensitive: caseInsensitive)
    }

    /// Whether the pattern may match `line` (its UTF-8, without the line break).
    func mayMatch(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        mayMatch(line, foldsToASCII: Self.foldsToASCII(line))
    }

    /// The same, told whether the line holds a character that case-folds to something with
    /// ASCII in it (a classifier asks every rule's prefilter about one line, and finds that
    /// out once).
    func mayMatch(_ line: UnsafeBufferPointer<UInt8>, foldsToASCII: Bool) -> Bool {
        if caseInsensitive && foldsToASCII { return true }
        if wholeLine {
            let end = Self.endBeforeTerminator(line)
            guard let first = line.first, firstBytes.contains(first), end > 0,
                edgeBytes.contains(line[end - 1]) || (end != line.count && edgeBytes.contains(line[line.count - 1]))
            else { return false }
        } else if atLineStart {
            guard let first = line.first, edgeBytes.contains(first) else { return false }
        } else if atLineEnd {
            let end = Self.endBeforeTerminator(line)
            guard end > 0,
                edgeBytes.contains(line[end - 1]) || (end != line.count && edgeBytes.contains(line[line.count - 1]))
            else { return false }
        }
        if atLineStart, line.count >= 2, !admitsSecond(line[1]) { return false }
        if atLineEnd, line.count >= 2 {
            // The line's end read as it is, and before the one terminator it may end in.
            let end = Self.endBeforeTerminator(line)
            let asItIs = admitsPenultimate(line[line.count - 2])
            let trimmed = end != line.count && end >= 2 && admitsPenultimate(line[end - 2])
            guard asItIs || trimmed else { return false }
        }
        for (index, literal) in alternatives.enumerated() where literal.count <= line.count {
            if wholeLine {
                // ICU's `$` also matches before one line terminator that ends the input.
                let end = Self.endBeforeTerminator(line)
                if (literal.count == line.count || literal.count == end) && equal(line, at: 0, literal) { return true }
                continue
            }
            if atLineStart {
                if equal(line, at: 0, literal) { return true }
                continue
            }
            if atLineEnd {
                // ICU's `$` also matches before one line terminator that ends the input.
                let end = Self.endBeforeTerminator(line)
                if end >= literal.count, equal(line, at: end - literal.count, literal) { return true }
                if end != line.count, equal(line, at: line.count - literal.count, literal) { return true }
                continue
            }
            let first = literal[0]
            let last = line.count - literal.count
            let k = searchIndices[index]
            let sought = literal[k]
            if !caseInsensitive || Self.lower(sought) == Self.upper(sought) {
                // memchr finds the candidates by the literal's rarest byte: most lines hold none.
                var start = 0
                while start <= last,
                    let found = memchr(line.baseAddress! + start + k, Int32(sought), last - start + 1)
                {
                    start = UnsafeRawPointer(line.baseAddress!).distance(to: UnsafeRawPointer(found)) - k
                    if equal(line, at: start, literal) { return true }
                    start += 1
                }
                continue
            }
            let folded = Self.lower(first)
            for start in 0...last where Self.lower(line[start]) == folded && equal(line, at: start, literal) {
                return true
            }
        }
        return false
    }

    /// Where `line` ends without the one line terminator it may end in (LF, VT, FF, CR, CR LF,
    /// NEL, LINE or PARAGRAPH SEPARATOR: what ICU's `$` may match before).
    static func endBeforeTerminator(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        let n = line.count
        if n >= 2, line[n - 2] == 0x0D, line[n - 1] == 0x0A { return n - 2 }
        if n >= 1, (0x0A...0x0D).contains(line[n - 1]) { return n - 1 }
        if n >= 2, line[n - 2] == 0xC2, line[n - 1] == 0x85 { return n - 2 }
        if n >= 3, line[n - 3] == 0xE2, line[n - 2] == 0x80, line[n - 1] == 0xA8 || line[n - 1] == 0xA9 { return n - 3 }
        return n
    }

    private func equal(_ line: UnsafeBufferPointer<UInt8>, at start: Int, _ literal: [UInt8]) -> Bool {
        for k in 0..<literal.count {
            let a = line[start + k]
            let b = literal[k]
            if a != b && !(caseInsensitive && Self.lower(a) == Self.lower(b)) { return false }
        }
        return true
    }

    /// The characters beyond ASCII whose full case folding (as ICU's case-insensitive matching
    /// uses it) contains ASCII: `ß`, `İ`, `ŉ`, `ſ`, `ǰ`, `ẖ`…`ẚ`, `ẞ`, KELVIN SIGN, the `ﬀ`…`ﬆ`
    /// ligatures. A test checks the list against ICU over every character that changes when
    /// case-folded.
    static let foldingToASCII: Set<UInt32> = [
        0x00DF, 0x0130, 0x0149, 0x017F, 0x01F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E, 0x212A,
        0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06,
    ]

    /// Whether `line` (UTF-8) holds one of `foldingToASCII`; lines of ASCII answer at once.
    static func foldsToASCII(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < line.count {
            let byte = line[i]
            if byte < 0x80 {
                i += 1
                continue
            }
            // Lead bytes of the listed characters: C3 C4 C5 C7 (two bytes), E1 E2 EF (three).
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if i + length <= line.count,
                byte == 0xC3 || byte == 0xC4 || byte == 0xC5 || byte == 0xC7 || byte == 0xE1 || byte == 0xE2
                    || byte == 0xEF
            {
                var value = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
                for k in 1..<length { value = value << 6 | UInt32(line[i + k] & 0x3F) }
                if foldingToASCII.contains(value) { return true }
            }
            i += length
        }
        return false
    }

    /// How unlikely `byte` is in text, for `searchIndices`: a space least unlikely, then
    /// letters, digits, anything else.
    private static func rarity(_ byte: UInt8) -> Int {
        switch byte {
        case 0x20: 0
        case UInt8(ascii: "a")...UInt8(ascii: "z"): 1
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): 2
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 3
        default: 4
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func upper(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    // MARK: Reading the pattern

    private typealias Scalars = [Unicode.Scalar]

    /// Where in the line a requirement must be.
    private enum Anchor { case anywhere, start, end, whole }

    /// The most selective requirement of the top-level sequence.
    private static func requirement(in p: Scalars, caseInsensitive: Bool) -> (alternatives: [Scalars], anchor: Anchor)?
    {
        var requirements: [(alternatives: [Scalars], anchor: Anchor)] = []
        var run: Scalars = []
        var runAtStart = false
        var i = 0
        if p.first == "^" {
            runAtStart = true
            i = 1
        }
        func endRun(atEnd: Bool = false) {
            if !run.isEmpty { requirements.append(([run], runAtStart ? .start : atEnd ? .end : .anywhere)) }
            run = []
            runAtStart = false
        }
        // The item just read: a literal scalar (in `run`), a literal group, or anything else.
        enum Last { case none, scalar, group, other }
        var last = Last.none
        while i < p.count {
            let c = p[i]
            switch c {
            case "|":
                return nil
            case "?", "*", "+", "{":
                var optional = c == "?" || c == "*"
                var end = i + 1
                if c == "{" {
                    guard let close = p[i...].firstIndex(of: "}") else { return nil }
                    let bounds = String(String.UnicodeScalarView(p[(i + 1)..<close]))
                    guard let minimum = Int(bounds.split(separator: ",", omittingEmptySubsequences: false).first ?? "")
                    else { return nil }
                    optional = minimum == 0
                    end = close + 1
                }
                if end < p.count, p[end] == "?" || p[end] == "+" { end += 1 }  // lazy, possessive
                switch last {
                case .scalar:
                    // The quantifier applies to the run's last scalar only.
                    let quantified = run.removeLast()
                    let quantifiedAtStart = runAtStart && run.isEmpty
                    endRun()
                    if !optional { requirements.append(([[quantified]], quantifiedAtStart ? .start : .anywhere)) }
                case .group:
                    if optional { requirements.removeLast() }
                case .none, .other:
                    break
                }
                last = .other
                i = end
                continue
            case "\\":
                guard i + 1 < p.count else { return nil }
                let next = p[i + 1]
                if next == "Q" || next == "E" || ("1"..."9").contains(next) || next == "k" { return nil }
                if next.isASCII && !next.properties.isAlphabetic && !("0"..."9").contains(next) {
                    // An escaped punctuation character stands for itself.
                    guard appendLiteral(next, to: &run, caseInsensitive: caseInsensitive) else {
                        endRun()
                        last = .other
                        i += 2
                        continue
                    }
                    last = .scalar
                    i += 2
                    continue
                }
                endRun()
                last = .other
                i += 2
                // What may belong to the escape (`\x{…}`, `\p{L}`, `\x41`, `\u00A0`, `\0101`, `\cA`,
                // `\pL`) is skipped: a braced part, or else the letters and digits that follow.
                if ["p", "P", "x", "u", "U", "N", "0", "c"].contains(next) {
                    if i < p.count, p[i] == "{" {
                        guard let close = p[i...].firstIndex(of: "}") else { return nil }
                        i = close + 1
                    } else {
                        while i < p.count, p[i].isASCII, p[i].properties.isAlphabetic || ("0"..."9").contains(p[i]) {
                            i += 1
                        }
                    }
                }
                continue
            case "[":
                guard let close = closing(p, from: i) else { return nil }
                endRun()
                last = .other
                i = close + 1
                continue
            case "(":
                guard let close = closing(p, from: i) else { return nil }
                let body = Array(p[(i + 1)..<close])
                if body.first == "?", body.count > 1,
                    body[1].properties.isAlphabetic || body[1] == "-" || body[1] == ")"
                {
                    return nil  // inline flags change how the rest reads
                }
                let atStart = runAtStart && run.isEmpty && requirements.isEmpty
                endRun()
                var content = body[...]
                if content.starts(with: ["?", ":"]) {
                    content = content.dropFirst(2)
                } else if content.first == "?" {
                    last = .other  // a lookaround: zero width, no requirement
                    i = close + 1
                    continue
                }
                if let alternatives = literalAlternatives(Array(content), caseInsensitive: caseInsensitive) {
                    requirements.append((alternatives, atStart ? .start : .anywhere))
                    last = .group
                } else {
                    last = .other
                }
                i = close + 1
                continue
            case "$" where i == p.count - 1 && last == .scalar:
                // A literal run the final `$` closes must end the line (be it, after `^`).
                let whole = runAtStart && requirements.isEmpty
                endRun(atEnd: true)
                if whole { requirements[requirements.count - 1].anchor = .whole }
                last = .other
            case "$" where i == p.count - 1 && last == .group:
                // So must one of the literal alternatives of a group it closes.
                switch requirements[requirements.count - 1].anchor {
                case .anywhere: requirements[requirements.count - 1].anchor = .end
                case .start where requirements.count == 1: requirements[requirements.count - 1].anchor = .whole
                default: break
                }
                last = .other
            case ".", "$", "^", ")", "]", "}":
                endRun()
                last = .other
            default:
                if appendLiteral(c, to: &run, caseInsensitive: caseInsensitive) {
                    last = .scalar
                } else {
                    endRun()
                    last = .other
                }
            }
            i += 1
        }
        endRun()
        // Prefer one at the line's start or end (one comparison per line), then the longest shortest.
        let usable = requirements.filter { requirement in
            let shortest = requirement.alternatives.map(\.count).min() ?? 0
            return shortest >= (requirement.anchor == .anywhere ? 2 : 1)
        }
        if let whole = usable.first(where: { $0.anchor == .whole }) { return whole }
        if let anchored = usable.first(where: { $0.anchor == .start }) { return anchored }
        if let anchored = usable.first(where: { $0.anchor == .end }) { return anchored }
        return usable.max { a, b in (a.alternatives.map(\.count).min() ?? 0) < (b.alternatives.map(\.count).min() ?? 0)
        }
    }

    /// Adds a literal scalar to the run; false when it cannot be one (non-ASCII under case folding).
    private static func appendLiteral(_ scalar: Unicode.Scalar, to run: inout Scalars, caseInsensitive: Bool) -> Bool {
        if caseInsensitive && !scalar.isASCII { return false }
        run.append(scalar)
        return true
    }

    /// `a|bc|d` with only literal scalars (and escaped punctuation) in each branch.
    private static func literalAlternatives(_ body: Scalars, caseInsensitive: Bool) -> [Scalars]? {
        var alternatives: [Scalars] = [[]]
        var i = 0
        while i < body.count {
            let c = body[i]
            switch c {
            case "|":
                alternatives.append([])
            case "\\":
                guard i + 1 < body.count, body[i + 1].isASCII, !body[i + 1].properties.isAlphabetic,
                    !("0"..."9").contains(body[i + 1])
                else { return nil }
                i += 1
                alternatives[alternatives.count - 1].append(body[i])
            case "(", ")", "[", "]", ".", "?", "*", "+", "{", "}", "^", "$":
                return nil
            default:
                if caseInsensitive && !c.isASCII { return nil }
                alternatives[alternatives.count - 1].append(c)
            }
            i += 1
        }
        return alternatives.contains(where: \.isEmpty) ? nil : alternatives
    }

    /// The index of the bracket closing the `[` or `(` at `start`, escapes skipped; inside a
    /// group a class is skipped whole (the `)` of `[)]` closes nothing).
    private static func closing(_ p: Scalars, from start: Int) -> Int? {
        let open = p[start]
        let close: Unicode.Scalar = open == "[" ? "]" : ")"
        var depth = 0
        var i = start
        while i < p.count {
            let c = p[i]
            if c == "\\" {
                i += 1
            } else if c == "[" && open == "(" {
                guard let end = closing(p, from: i) else { return nil }
                i = end
            } else if c == open {
                depth += 1
            } else if c == close {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }
}
