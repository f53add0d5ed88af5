/// Tells, from a word's letters alone, that none of a given set of lemmas can be its lemma,
/// so that the word need not be analysed at all.
///
/// `IndonesianLemmatizer` finds a lemma by cutting affixes, clitics and particles off a word's
/// ends (a hyphenated word's halves, or a word with `2` for reduplication, are analysed
/// alone), so a lemma is a piece of the word followed by nothing but suffixes (*-kan*, *-an*,
/// *-i*, *-nya*, *-ku*, *-mu*, *-lah*, *-kah*, *-tah*, *-pun*, up to three of them: the
/// morphology's and Hunspell's Indonesian suffix rules together) — except that undoing a nasal
/// prefix's sound change puts back the root's first sound, which the word has as a nasal:
/// *memukul* → *pukul* (the word has *m*+*ukul*), *menarik* → *tarik* (*n*+*arik*),
/// *menyetujui* → *setujui* (*ny*+*etujui*), *mengatakan* → *katakan* (*ng*+*atakan*).
/// Hunspell's prefix rules restore p, t, s and k the same way (and s before y as *n*:
/// *penyaratan*). So each lemma leaves a **trace** — itself, or for p-, t-, k- and s- roots
/// the form with that sound nasalised — that ends where only suffixes follow. Lemmas of one
/// or two letters are never roots (roots have three or more) and come only from a whole word.
///
/// The traces of the glossary's lemmas are held in an Aho–Corasick automaton over UTF-8
/// bytes. A word with no trace before a run of suffixes cannot have any of those lemmas; a
/// word that has one may still not (the filter only rules out), and is analysed.
struct LemmaTraceFilter: Sendable {
    /// Goto edges, keyed by `node << 8 | byte`.
    private let edges: PackedKeyTable
    /// The root's goto edges by byte (-1: none), where the walk goes most often.
    private let rootEdges: [Int32]
    /// The goto edges of the first `rowCount` nodes (breadth first) on the letters a–z: node
    /// `n`'s edge on letter `l` at `n * 26 + l` (-1: none). Other nodes and bytes: `edges`.
    private let rows: [Int32]
    private let rowCount: Int
    /// Nodes with rows at most: the shallow ones, where the walk spends most of its steps.
    private static let rowNodes = 1_024
    /// Per node: the longest proper suffix that is also a path (Aho–Corasick failure link).
    private let failure: [Int32]
    /// Per node: a trace ends here or at one of its failure ancestors.
    private let accepts: [Bool]
    /// A trace is empty: every word may have a listed lemma.
    private let acceptsEverything: Bool
    /// Lemmas of one or two letters, which only a whole word (or half of one) can have.
    private let shortLemmas: Set<ShortBytes>
    /// The longest short lemma's length in bytes (0 when there is none).
    private let shortLemmaBytes: Int
    /// What may follow a root in a word: up to three of these suffixes.
    private static let suffixes: [[UInt8]] = ["kan", "an", "i", "nya", "ku", "mu", "lah", "kah", "tah", "pun"].map {
        Array($0.utf8)
    }

    /// Whether `rest` is a run of up to `count` suffixes.
    private static func isSuffixRun(_ rest: Slice<UnsafeBufferPointer<UInt8>>, upTo count: Int = 3) -> Bool {
        if rest.isEmpty { return true }
        guard count > 0 else { return false }
        for suffix in suffixes where rest.starts(with: suffix) {
            if isSuffixRun(rest.dropFirst(suffix.count), upTo: count - 1) { return true }
        }
        return false
    }

    /// Up to 15 bytes as a value (short lemmas are at most 8).
    struct ShortBytes: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ bytes: some Collection<UInt8>) {
            guard bytes.count < 16 else { return nil }
            for (i, byte) in bytes.enumerated() {
                if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
            }
            high |= UInt64(bytes.count) << 56
        }
    }

    /// A filter for `lemmas` (lowercase).
    init(lemmas: some Sequence<String>) {
        var acceptsEverything = false
        var shortLemmas = Set<ShortBytes>()
        var shortLemmaBytes = 0
        var traces: [[UInt8]] = []
        for lemma in lemmas {
            guard lemma.characterCount <= 2 else {
                Self.appendTraces(of: lemma, to: &traces)
                continue
            }
            // Two characters can take more than 15 bytes (combining marks): such a lemma is not
            // traced, so the filter lets every word through (it must never rule a lemma out).
            guard let short = ShortBytes(lemma.utf8) else {
                acceptsEverything = true
                continue
            }
            shortLemmas.insert(short)
            shortLemmaBytes = max(shortLemmaBytes, lemma.utf8.count)
        }
        // The traces' trie: goto edges keyed by `node << 8 | byte`.
        var edges: [Int64: Int32] = [:]
        edges.reserveCapacity(traces.reduce(0) { $0 + $1.count })
        var accepts: [Bool] = [false]
        for bytes in traces {
            if bytes.isEmpty {
                acceptsEverything = true
                continue
            }
            var node: Int32 = 0
            for byte in bytes {
                let key = Int64(node) << 8 | Int64(byte)
                if let next = edges[key] {
                    node = next
                } else {
                    let next = Int32(accepts.count)
                    accepts.append(false)
                    edges[key] = next
                    node = next
                }
            }
            accepts[Int(node)] = true
        }
        let nodeCount = accepts.count
        // Each node's children side by side: node `n`'s at `childStarts[n]..<childStarts[n + 1]`.
        var childStarts = [Int32](repeating: 0, count: nodeCount + 1)
        for key in edges.keys { childStarts[Int(key >> 8) + 1] += 1 }
        for node in 0..<nodeCount { childStarts[node + 1] += childStarts[node] }
        var childBytes = [UInt8](repeating: 0, count: edges.count)
        var childNodes = [Int32](repeating: 0, count: edges.count)
        var filled = childStarts
        for (key, target) in edges {
            let at = Int(filled[Int(key >> 8)])
            childBytes[at] = UInt8(key & 0xFF)
            childNodes[at] = target
            filled[Int(key >> 8)] += 1
        }
        var rootChildren = [Int32](repeating: -1, count: 256)
        for at in Int(childStarts[0])..<Int(childStarts[1]) { rootChildren[Int(childBytes[at])] = childNodes[at] }
        /// The child of `node` on `byte`, or -1.
        func goto(_ node: Int32, _ byte: UInt8) -> Int32 {
            if node == 0 { return rootChildren[Int(byte)] }
            for at in Int(childStarts[Int(node)])..<Int(childStarts[Int(node) + 1]) where childBytes[at] == byte {
                return childNodes[at]
            }
            return -1
        }
        // Failure links breadth first: children of the root fail to the root.
        var failure = [Int32](repeating: 0, count: nodeCount)
        var queue: [Int32] = Array(childNodes[Int(childStarts[0])..<Int(childStarts[1])])
        queue.reserveCapacity(nodeCount)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            if accepts[Int(failure[Int(node)])] { accepts[Int(node)] = true }
            for at in Int(childStarts[Int(node)])..<Int(childStarts[Int(node) + 1]) {
                let (byte, child) = (childBytes[at], childNodes[at])
                var fallback = failure[Int(node)]
                while true {
                    let next = goto(fallback, byte)
                    if next >= 0 {
                        failure[Int(child)] = next
                        break
                    }
                    if fallback == 0 {
                        failure[Int(child)] = 0
                        break
                    }
                    fallback = failure[Int(fallback)]
                }
                queue.append(child)
            }
        }
        // Nodes renumbered breadth first, so that the shallow ones, where the walk spends most of
        // its steps, come first and have rows of their own.
        var renumbered = [Int32](repeating: 0, count: nodeCount)
        for (position, node) in queue.enumerated() { renumbered[Int(node)] = Int32(position + 1) }
        var numberedFailure = [Int32](repeating: 0, count: nodeCount)
        var numberedAccepts = [Bool](repeating: false, count: nodeCount)
        for node in accepts.indices {
            numberedFailure[Int(renumbered[node])] = renumbered[Int(failure[node])]
            numberedAccepts[Int(renumbered[node])] = accepts[node]
        }
        let rowCount = min(nodeCount, Self.rowNodes)
        var rows = [Int32](repeating: -1, count: rowCount * 26)
        var rootEdges = [Int32](repeating: -1, count: 256)
        var keys: [Int64] = []
        var targets: [Int32] = []
        keys.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        for node in 0..<nodeCount {
            let from = Int(renumbered[node])
            for at in Int(childStarts[node])..<Int(childStarts[node + 1]) {
                let (byte, target) = (childBytes[at], renumbered[Int(childNodes[at])])
                keys.append(Int64(from) << 8 | Int64(byte))
                targets.append(target)
                let letter = Int(byte) - 0x61
                if from < rowCount && (0..<26).contains(letter) { rows[from * 26 + letter] = target }
                if from == 0 { rootEdges[Int(byte)] = target }
            }
        }
        self.edges = PackedKeyTable(keys: keys, values: targets)
        self.rows = rows
        self.rowCount = rowCount
        self.rootEdges = rootEdges
        self.failure = numberedFailure
        self.accepts = numberedAccepts
        self.acceptsEverything = acceptsEverything
        self.shortLemmas = shortLemmas
        self.shortLemmaBytes = shortLemmaBytes
    }

    /// Appends the UTF-8 of `traces(of: lemma)` to `traces`; an ASCII lemma's are cut from its
    /// bytes.
    private static func appendTraces(of lemma: String, to traces: inout [[UInt8]]) {
        let bytes = Array(lemma.utf8)
        guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else {
            traces += Self.traces(of: lemma).map { Array($0.utf8) }
            return
        }
        traces.append(bytes)
        let rest = bytes.dropFirst()
        switch first {
        case UInt8(ascii: "p"): traces.append([UInt8(ascii: "m")] + rest)
        case UInt8(ascii: "t"): traces.append([UInt8(ascii: "n")] + rest)
        case UInt8(ascii: "k"): traces.append([UInt8(ascii: "n"), UInt8(ascii: "g")] + rest)
        case UInt8(ascii: "s"):
            traces.append([UInt8(ascii: "n"), UInt8(ascii: "y")] + rest)
            traces.append([UInt8(ascii: "n")] + rest)
        default: break
        }
    }

    /// What `lemma` leaves in a word it is the lemma of: one of these is a substring.
    static func traces(of lemma: String) -> [String] {
        let rest = lemma.dropFirst()
        switch lemma.first {
        case "p": return [lemma, "m" + rest]
        case "t": return [lemma, "n" + rest]
        case "k": return [lemma, "ng" + rest]
        case "s": return [lemma, "ny" + rest, "n" + rest]
        default: return [lemma]
        }
    }

    /// Whether `word` (lowercase UTF-8, as the lemmatizer analyses it) may have one of the lemmas.
    func mayHaveLemma(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        if acceptsEverything { return true }
        let hyphen = UInt8(ascii: "-")
        var start = 0
        var end = word.count
        while start < end && word[start] == hyphen { start += 1 }
        while end > start && word[end - 1] == hyphen { end -= 1 }
        let trimmed = word[start..<end]
        if mayHaveLemma(piece: trimmed) { return true }
        if trimmed.last == UInt8(ascii: "2") && mayHaveLemma(piece: trimmed.dropLast()) { return true }
        guard trimmed.contains(hyphen) else { return false }
        return trimmed.split(separator: hyphen).contains { mayHaveLemma(piece: $0) }
    }

    /// Whether `piece` is a short lemma, or has a trace where only a run of suffixes follows.
    private func mayHaveLemma(piece: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if piece.count <= shortLemmaBytes, let key = ShortBytes(piece), shortLemmas.contains(key) { return true }
        var node: Int32 = 0
        var position = piece.startIndex
        return rootEdges.withUnsafeBufferPointer { rootEdges in
            for byte in piece {
                position += 1
                let letter = Int(byte &- 0x61)
                while true {
                    let next =
                        node == 0
                        ? rootEdges[Int(byte)]
                        : Int(node) < rowCount && letter < 26
                            ? rows[Int(node) * 26 + letter] : edges.value(Int64(node) << 8 | Int64(byte))
                    if next >= 0 {
                        node = next
                        break
                    }
                    if node == 0 { break }
                    node = failure[Int(node)]
                }
                if accepts[Int(node)] && Self.isSuffixRun(piece[position...]) { return true }
            }
            return false
        }
    }
}
