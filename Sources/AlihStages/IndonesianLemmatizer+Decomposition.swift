extension IndonesianLemmatizer {
    /// Particles, possessives and derivational suffixes, as the lemmatizer strips them.
    static let particles: [StaticString] = ["lah", "kah", "tah", "pun"]
    static let possessives: [StaticString] = ["nya", "ku", "mu"]
    static let derivational: [StaticString] = ["kan", "an", "i"]

    /// The best decomposition of `word` (lowercase, letters only) into
    /// `prefix* root (-kan|-an|-i)? (-ku|-mu|-nya)? (-lah|-kah|-tah|-pun)?` whose root the
    /// lexicon confirms: a root of three letters or more it lists, with at least one affix
    /// stripped; nil when there is none.
    ///
    /// The decompositions with the fewest affixes win (*pelajaran* → *pelajar*, *memberikan* →
    /// *beri*, *mengalami* → *alami*). Among those, roots Hunspell also derives for the word
    /// (its affix flags know which affixes each root takes: *memohon* ← *mohon*, not *pohon*),
    /// then fewer reduced prefixes (*berada* is *ber-ada*, not *be-rada*), then the longer
    /// root, then the first in alphabetical order, then the first found. Prefix chains of up to
    /// three prefixes are walked depth first (di-, ku- and kau- only stand first; a prefix is
    /// not taken twice), confixes Indonesian does not have are ruled out (*di-…-an*,
    /// *ke-…-i*, *me-…-an* …).
    ///
    /// An ASCII word is read as bytes, any other as Characters; candidate roots are pieces of
    /// the word (with a root's first sound put back where a nasal replaced it), looked up in
    /// the lexicon without making Strings of them.
    func bestDecomposition(of word: String) -> LemmaAnalysis? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            if let found = word.utf8.withContiguousStorageIfAvailable({ bestDecomposition(of: word, letters: $0) }) {
                return found
            }
            return Array(word.utf8).withUnsafeBufferPointer { bestDecomposition(of: word, letters: $0) }
        }
        return Array(word).withUnsafeBufferPointer { bestDecomposition(of: word, letters: $0) }
    }

    /// A candidate root: `restored` (a first sound a nasal replaced), if any, then `letters[start..<end]`.
    private struct Candidate<Letter: LemmaLetter> {
        var restored: Letter?
        var start: Int
        var end: Int

        var count: Int { (restored == nil ? 0 : 1) + end - start }
    }

    /// A confirmed decomposition, as found.
    private struct Found<Letter: LemmaLetter> {
        var root: Candidate<Letter>
        var prefixes: PrefixChain
        var suffix: Int?
        var possessive: Int?
        var particle: Int?
        /// How many prefixes were taken in a reduced form (be- for ber- before r …).
        var reduced: Int

        /// Every affix stripped, clitics and particles included; memper- and diper- (meN- or
        /// di- with per-) count as one prefix.
        var depth: Int {
            let memper = prefixes.count >= 2 && prefixes[1] == .per && (prefixes[0] == .meN || prefixes[0] == .di)
            return prefixes.count - (memper ? 1 : 0) + (suffix == nil ? 0 : 1) + (possessive == nil ? 0 : 1)
                + (particle == nil ? 0 : 1)
        }
    }

    /// Up to three prefixes, outermost first.
    private struct PrefixChain: Equatable {
        private var packed: UInt32 = 0
        private(set) var count = 0

        subscript(_ i: Int) -> IndonesianPrefixes.Prefix {
            IndonesianPrefixes.Prefix(rawValue: UInt8(truncatingIfNeeded: packed >> (8 * UInt32(i))))!
        }

        func contains(_ prefix: IndonesianPrefixes.Prefix) -> Bool {
            (0..<count).contains { self[$0] == prefix }
        }

        mutating func append(_ prefix: IndonesianPrefixes.Prefix) {
            packed |= UInt32(prefix.rawValue) << (8 * UInt32(count))
            count += 1
        }

        mutating func removeLast() {
            count -= 1
            packed &= ~(0xFF << (8 * UInt32(count)))
        }
    }

    /// A candidate root's letters as `IndonesianPrefixes` reads them.
    private struct CandidateLetters<Letter: LemmaLetter>: PrefixLetters {
        let candidate: Candidate<Letter>
        let letters: UnsafeBufferPointer<Letter>

        var count: Int { candidate.count }

        subscript(_ i: Int) -> Letter {
            if let restored = candidate.restored { return i == 0 ? restored : letters[candidate.start + i - 1] }
            return letters[candidate.start + i]
        }
    }

    /// First prefix and suffix pairs Indonesian does not combine (suffixes as indices into
    /// `derivational`).
    private static func isForbiddenConfix(_ prefix: IndonesianPrefixes.Prefix, _ suffix: Int) -> Bool {
        switch (prefix, suffix) {
        case (.ber, 2), (.di, 1), (.ke, 2), (.ke, 0), (.meN, 1), (.se, 2), (.se, 0), (.ter, 1): true
        default: false
        }
    }

    private func bestDecomposition<Letter: LemmaLetter>(of word: String, letters: UnsafeBufferPointer<Letter>)
        -> LemmaAnalysis?
    {
        let count = letters.count
        func ends(at end: Int, with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard end >= length else { return false }
            return suffix.withUTF8Buffer { bytes in
                bytes.indices.allSatisfy { letters[end - length + $0] == Letter(ascii: bytes[$0]) }
            }
        }
        // Where the word ends once a particle, then a possessive, are cut off (the word itself first).
        var endings: [(end: Int, possessive: Int?, particle: Int?)] = [(count, nil, nil)]
        for (k, particle) in Self.particles.enumerated()
        where ends(at: count, with: particle) && count - particle.utf8CodeUnitCount >= 3 {
            endings.append((count - particle.utf8CodeUnitCount, nil, k))
        }
        for e in endings.indices {
            let (end, _, particle) = endings[e]
            for (k, possessive) in Self.possessives.enumerated()
            where ends(at: end, with: possessive) && end - possessive.utf8CodeUnitCount >= 3 {
                endings.append((end - possessive.utf8CodeUnitCount, k, particle))
            }
        }
        var found: [Found<Letter>] = []
        var prefixes = PrefixChain()
        for (end, possessive, particle) in endings {
            var bases: [(end: Int, suffix: Int?)] = [(end, nil)]
            for (k, suffix) in Self.derivational.enumerated()
            where ends(at: end, with: suffix) && end - suffix.utf8CodeUnitCount >= 3 {
                bases.append((end - suffix.utf8CodeUnitCount, k))
            }
            for (baseEnd, suffix) in bases {
                let bare = suffix == nil && possessive == nil && particle == nil
                forEachPrefixChain(
                    of: Candidate(restored: nil, start: 0, end: baseEnd), in: letters, depth: 0, prefixes: &prefixes,
                    reduced: 0
                ) { root, prefixes, reduced in
                    guard !(bare && prefixes.count == 0), root.count >= 3,
                        Letter.isListed(root.restored, letters[root.start..<root.end], in: lexicon)
                    else { return }
                    if let suffix, prefixes.count > 0, Self.isForbiddenConfix(prefixes[0], suffix) { return }
                    found.append(
                        Found(
                            root: root, prefixes: prefixes, suffix: suffix, possessive: possessive, particle: particle,
                            reduced: reduced))
                }
            }
        }
        return rank(found, of: word, letters: letters)
    }

    /// Calls `body` with `base` itself and every way to strip up to three prefixes from it (the
    /// root, the prefixes stripped, how many in a reduced form), depth first. di-, ku- and kau-
    /// only stand first; ke- and se- may follow ber-, ter-, per- (*berkebangsaan*).
    private func forEachPrefixChain<Letter: LemmaLetter>(
        of base: Candidate<Letter>, in letters: UnsafeBufferPointer<Letter>, depth: Int, prefixes: inout PrefixChain,
        reduced: Int, _ body: (Candidate<Letter>, PrefixChain, Int) -> Void
    ) {
        body(base, prefixes, reduced)
        guard depth < 3 else { return }
        IndonesianPrefixes.forEachStrip(of: CandidateLetters(candidate: base, letters: letters)) { strip in
            // A strip cuts two letters or more, so a restored first letter is always cut.
            let rest = Candidate(
                restored: strip.restoredFirst,
                start: base.start + strip.dropped - (base.restored == nil ? 0 : 1), end: base.end)
            guard rest.count >= 3, !prefixes.contains(strip.prefix) else { return }
            if depth > 0 && (strip.prefix == .di || strip.prefix == .ku || strip.prefix == .kau) { return }
            prefixes.append(strip.prefix)
            forEachPrefixChain(
                of: rest, in: letters, depth: depth + 1, prefixes: &prefixes,
                reduced: reduced + (strip.reduced ? 1 : 0),
                body)
            prefixes.removeLast()
        }
    }

    /// The best of the confirmed decompositions `found` (see `bestDecomposition(of:)`).
    private func rank<Letter: LemmaLetter>(
        _ found: [Found<Letter>], of word: String, letters: UnsafeBufferPointer<Letter>
    ) -> LemmaAnalysis? {
        // A listed root in -kan whose base is listed too (*bicarakan*, *sahkan*) is that base
        // with -kan once a prefix is stripped, where the word is also read so (*membicarakan* is
        // *bicara*) — unless it is a lexicalised word (*pasukan*).
        let found = found.filter { f in
            guard f.suffix == nil, f.prefixes.count > 0, f.root.count >= 6,
                Letter.endsInKan(f.root.restored, letters[f.root.start..<f.root.end]),
                !lexicon.isLexicalized(Letter.string(f.root.restored, letters[f.root.start..<f.root.end]))
            else { return true }
            return !found.contains {
                $0.suffix == 0 && $0.root.restored == f.root.restored && $0.root.start == f.root.start
                    && $0.root.end == f.root.end - 3 && $0.prefixes == f.prefixes
                    && $0.possessive == f.possessive && $0.particle == f.particle
            }
        }
        guard let shallowest = found.map(\.depth).min() else { return nil }
        var candidates = found.filter { $0.depth == shallowest }
        var best = candidates[0]
        var bestRoot: String
        if candidates.count == 1 {
            bestRoot = Letter.string(best.root.restored, letters[best.root.start..<best.root.end])
        } else {
            var roots = candidates.map { Letter.string($0.root.restored, letters[$0.root.start..<$0.root.end]) }
            if let dictionary, Set(roots).count > 1 {
                let stems = Set(dictionary.stems(word).map { $0.lowercased() })
                let agreed = candidates.indices.filter { stems.contains(roots[$0]) }
                if !agreed.isEmpty {
                    candidates = agreed.map { candidates[$0] }
                    roots = agreed.map { roots[$0] }
                }
            }
            var chosen = 0
            for k in candidates.indices.dropFirst() {
                let (a, b) = (candidates[k], candidates[chosen])
                let better: Bool
                let (aClasses, bClasses) = (lexicon.affixClasses(of: roots[k]), lexicon.affixClasses(of: roots[chosen]))
                if a.reduced != b.reduced {
                    better = a.reduced < b.reduced
                } else if aClasses != bClasses {
                    better = aClasses > bClasses
                } else if a.root.count != b.root.count {
                    better = a.root.count > b.root.count
                } else {
                    better = roots[k] < roots[chosen]
                }
                if better { chosen = k }
            }
            best = candidates[chosen]
            bestRoot = roots[chosen]
        }
        var affixes = (0..<best.prefixes.count).map { best.prefixes[$0].name }
        if let suffix = best.suffix { affixes.append("-" + Self.derivational[suffix].description) }
        if let possessive = best.possessive { affixes.append("-" + Self.possessives[possessive].description) }
        if let particle = best.particle { affixes.append("-" + Self.particles[particle].description) }
        return LemmaAnalysis(lemma: bestRoot, affixes: affixes, source: .rules)
    }
}

/// A letter as the lemmatizer reads a word: a byte of an ASCII word, or a Character of any other.
protocol LemmaLetter: PrefixLetter {
    /// `restored`, if any, then `letters`, as a String.
    static func string(_ restored: Self?, _ letters: Slice<UnsafeBufferPointer<Self>>) -> String
    /// Whether `lexicon` lists `restored`, if any, then `letters`.
    static func isListed(_ restored: Self?, _ letters: Slice<UnsafeBufferPointer<Self>>, in lexicon: RootLexicon)
        -> Bool
}

extension LemmaLetter {
    /// Whether `letters` (a candidate root of four letters or more) end in *kan*.
    static func endsInKan(_ restored: Self?, _ letters: Slice<UnsafeBufferPointer<Self>>) -> Bool {
        guard letters.count >= 3 else { return false }
        let end = letters.endIndex
        return letters[end - 3] == Self(ascii: UInt8(ascii: "k")) && letters[end - 2] == Self(ascii: UInt8(ascii: "a"))
            && letters[end - 1] == Self(ascii: UInt8(ascii: "n"))
    }
}

extension UInt8: LemmaLetter {
    static func string(_ restored: UInt8?, _ letters: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard let restored else { return String(decoding: UnsafeBufferPointer(rebasing: letters), as: UTF8.self) }
        return String(decoding: [restored] + letters, as: UTF8.self)
    }

    static func isListed(_ restored: UInt8?, _ letters: Slice<UnsafeBufferPointer<UInt8>>, in lexicon: RootLexicon)
        -> Bool
    {
        guard let restored else { return lexicon.contains(ascii: UnsafeBufferPointer(rebasing: letters)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: letters.count + 1) { root in
            root[0] = restored
            _ = UnsafeMutableBufferPointer(rebasing: root[1...]).initialize(from: letters)
            return lexicon.contains(ascii: UnsafeBufferPointer(root))
        }
    }
}

extension Character: LemmaLetter {
    static func string(_ restored: Character?, _ letters: Slice<UnsafeBufferPointer<Character>>) -> String {
        var string = restored.map { String($0) } ?? ""
        string.append(contentsOf: letters)
        return string
    }

    static func isListed(
        _ restored: Character?, _ letters: Slice<UnsafeBufferPointer<Character>>, in lexicon: RootLexicon
    ) -> Bool {
        lexicon.contains(string(restored, letters))
    }
}
