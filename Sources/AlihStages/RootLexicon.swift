/// The lemmatizer's roots (lowercase), which of them are proper nouns or lexicalised words
/// (`IndonesianLexicon`), and how many affix classes the dictionary builds forms of each with:
/// a set of words looked up by their bytes.
///
/// An ASCII word (every word of Hunspell's Indonesian dictionary) is kept by its bytes, so
/// that a candidate root cut from a word is looked up without making a String of it; any
/// other word is kept as a String. Look-ups compare as Strings do (canonical equivalence):
/// the only characters whose canonical decomposition is ASCII are K (KELVIN SIGN, K),
/// ; (GREEK QUESTION MARK) and ` (GREEK VARIA), which are matched as the ASCII they stand for.
struct RootLexicon {
    /// ASCII words: 1 for a root, plus 2 for a proper noun and 4 for a lexicalised word, plus
    /// the number of its affix classes times 8.
    private var ascii = WordFormTable(capacity: 48_000)
    /// Any other word, and its flags as for ASCII words.
    private var others: [String: Int32] = [:]

    /// Adds `word` (lowercase); `properNoun` marks it as one (the dictionary writes it with a
    /// capital), `lexicalized` as a lexicalised word; `affixClasses`: how many affix classes the
    /// dictionary builds its forms with. A word added twice keeps what either says, and the
    /// larger count.
    mutating func insert(_ word: String, properNoun: Bool = false, lexicalized: Bool = false, affixClasses: Int = 0) {
        let flags: Int32 = 1 | (properNoun ? 2 : 0) | (lexicalized ? 4 : 0) | Int32(min(affixClasses, 1 << 20)) << 3
        let inserted = word.utf8.withContiguousStorageIfAvailable { bytes in
            guard Self.isASCII(bytes) else { return false }
            insert(ascii: bytes, flags: flags)
            return true
        }
        guard inserted != true else { return }
        if let bytes = Self.asciiForm(of: word) {
            bytes.withUnsafeBufferPointer { insert(ascii: $0, flags: flags) }
        }
        if !word.utf8.allSatisfy({ $0 < 0x80 }) { others[word] = Self.merged(others[word] ?? 0, flags) }
    }

    /// Adds a word as the dictionary lists it (`word`: its UTF-8, in any case), lowercase, a
    /// proper noun when it starts with a capital; as `insert(_:properNoun:lexicalized:affixClasses:)`
    /// with the word lowercased, but an ASCII word is lowercased on its bytes.
    mutating func insert(listed word: UnsafeBufferPointer<UInt8>, affixClasses: Int) {
        guard let first = word.first else { return }
        var uppercase = false
        for byte in word {
            guard byte < 0x80 else {
                let string = String(decoding: word, as: UTF8.self)
                let capitalised = first < 0x80 ? (0x41...0x5A).contains(first) : string.first!.isUppercase
                insert(string.lowercased(), properNoun: capitalised, affixClasses: affixClasses)
                return
            }
            uppercase = uppercase || byte &- 0x41 < 26
        }
        let flags: Int32 = 1 | (first &- 0x41 < 26 ? 2 : 0) | Int32(min(affixClasses, 1 << 20)) << 3
        guard uppercase else { return insert(ascii: word, flags: flags) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { folded in
            for (i, byte) in word.enumerated() { folded[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            insert(ascii: UnsafeBufferPointer(folded), flags: flags)
        }
    }

    private mutating func insert(ascii bytes: UnsafeBufferPointer<UInt8>, flags: Int32) {
        let key = WordFormTable.key(of: bytes)
        if let known = ascii.value(for: bytes, key: key) {
            let merged = Self.merged(known, flags)
            if merged != known { ascii.update(bytes, value: merged) }
        } else {
            ascii.insert(bytes, key: key, value: flags)
        }
    }

    /// Two words' flags as one: a proper noun or lexicalised if either is, the larger affix
    /// class count.
    private static func merged(_ a: Int32, _ b: Int32) -> Int32 {
        (a | b) & 7 | max(a >> 3, b >> 3) << 3
    }

    /// Whether every byte is ASCII, eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var i = 0
        while i + 8 <= bytes.count {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Whether the lexicon lists `word`.
    func contains(_ word: String) -> Bool { flags(of: word) != 0 }

    /// Whether the lexicon lists `word` as a proper noun.
    func isProperNoun(_ word: String) -> Bool { flags(of: word) & 2 != 0 }

    /// Whether `word` was added as a lexicalised word (*pasukan*).
    func isLexicalized(_ word: String) -> Bool { flags(of: word) & 4 != 0 }

    /// How many affix classes the dictionary builds forms of `word` with (0 when not listed).
    func affixClasses(of word: String) -> Int { Int(flags(of: word) >> 3) }

    /// Whether the lexicon lists the ASCII word `bytes`.
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool { ascii.value(for: bytes) != nil }

    private func flags(of word: String) -> Int32 {
        var flags: Int32 = 0
        let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Int32? in
            Self.isASCII(bytes) ? ascii.value(for: bytes) ?? 0 : nil
        }
        if let found, let found {
            flags = found
        } else if let bytes = Self.asciiForm(of: word) {
            flags = bytes.withUnsafeBufferPointer { ascii.value(for: $0) } ?? 0
        }
        if !others.isEmpty, let other = others[word] { flags = Self.merged(flags, other) }
        return flags
    }

    /// `word`'s bytes when it is ASCII or canonically equivalent to ASCII text, else nil.
    private static func asciiForm(of word: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for byte in word.utf8 {
            guard byte < 0x80 else { return equivalentASCII(of: word) }
            bytes.append(byte)
        }
        return bytes
    }

    private static func equivalentASCII(of word: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x212A: bytes.append(UInt8(ascii: "K"))
            case 0x037E: bytes.append(UInt8(ascii: ";"))
            case 0x1FEF: bytes.append(UInt8(ascii: "`"))
            default: return nil
            }
        }
        return bytes
    }
}
