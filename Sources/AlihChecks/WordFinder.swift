/// Whether a text has one of a set of ASCII words (ignoring case), read from its bytes without
/// cutting it into tokens: what `NumbersCheck` asks of a text without digits before it reads it.
///
/// Each run of ASCII letters is a word. Most are ruled out by their first letter with their
/// length and with their last letter, most others by a hash of all their letters; the set
/// decides the rest. The answer is true
/// whenever `QuantityTokenizer` would find a word of the set in the text, and may be true when
/// it would not:
/// - a word the tokenizer makes longer (letters joined by an apostrophe, a combining mark) has
///   a run of ASCII letters the finder tests alone;
/// - after a byte that is not ASCII, the run without its first letter is tested too: a
///   prepended mark (U+0600) takes the letter into its character;
/// - a word that is not all ASCII may lowercase to a word of the set only through KELVIN SIGN
///   (K → k, the one character whose lowercase is an ASCII letter), so a text with one may have
///   any word.
struct WordFinder: Sendable {
    /// The ASCII words, lowercased.
    let words: Set<String>
    /// Bit `n` of entry `b`: some word starts with the letter `b` (lowercase) and has `n`
    /// letters (63 or more share bit 63).
    private var lengths = [UInt64](repeating: 0, count: 128)
    /// Bit `l - 0x61` of entry `b`: some word starts with the letter `b` and ends with the
    /// letter `l` (both lowercase).
    private var lastLetters = [UInt32](repeating: 0, count: 128)
    /// Bit `h` of the 65,536: some word's letters hash to `h` (see `hash`).
    private var hashes = [UInt64](repeating: 0, count: 1_024)

    init(_ words: some Sequence<String>) {
        let ascii = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { $0.lowercased() }
        self.words = Set(ascii)
        for word in ascii {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            lengths[Int(first)] |= 1 << UInt64(min(bytes.count, 63))
            lastLetters[Int(first)] |= 1 << UInt32(((bytes.last! | 0x20) &- 0x61) & 31)
            let hash = Self.hash(bytes[...])
            hashes[hash >> 6] |= 1 << UInt64(hash & 63)
        }
    }

    /// A 16-bit FNV-1a hash of the letters, lowercased.
    private static func hash(_ letters: some Collection<UInt8>) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in letters { hash = (hash ^ UInt32(byte | 0x20)) &* 16_777_619 }
        return Int((hash >> 16) ^ (hash & 0xFFFF))
    }

    /// Whether the run of ASCII letters `letters`, whose first letter and length the finder
    /// has, is one of the words.
    private func contains(letters: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let hash = Self.hash(letters)
        guard hashes[hash >> 6] & (1 << UInt64(hash & 63)) != 0 else { return false }
        let word = String(unsafeUninitializedCapacity: letters.count) { buffer in
            for (k, byte) in letters.enumerated() { buffer[k] = byte | 0x20 }
            return letters.count
        }
        return words.contains(word)
    }

    /// Whether `text` may have one of the words.
    func mayHaveAWord(in text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            lengths.withUnsafeBufferPointer { lengths in
                lastLetters.withUnsafeBufferPointer { lastLetters in
                    let count = bytes.count
                    let raw = UnsafeRawBufferPointer(bytes)
                    /// Where the run of ASCII letters at `k` ends, eight bytes at a time.
                    func endOfLetters(from k: Int) -> Int {
                        var k = k
                        while k + 8 <= count {
                            let block = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                            // Per byte, without carries between bytes: lowercased at or above `a`,
                            // not above `z`, and ASCII.
                            let low = (block | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
                            let letters = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~block
                            let others = ~letters & 0x8080_8080_8080_8080
                            if others != 0 { return k + (others.trailingZeroBitCount >> 3) }
                            k += 8
                        }
                        while k < count, (bytes[k] | 0x20) &- 0x61 < 26 { k += 1 }
                        return k
                    }
                    /// The run `start..<end`: its first letter with its length and last letter first.
                    func isWord(_ start: Int, _ end: Int) -> Bool {
                        let first = Int(bytes[start] | 0x20)
                        return lengths[first] & (1 << UInt64(min(end - start, 63))) != 0
                            && lastLetters[first] & (1 << UInt32((bytes[end - 1] | 0x20) &- 0x61)) != 0
                            && contains(letters: bytes[start..<end])
                    }
                    var k = 0
                    while k < count {
                        let byte = bytes[k]
                        guard (byte | 0x20) &- 0x61 < 26 else {
                            // U+212A KELVIN SIGN
                            if byte == 0xE2, k + 2 < count, bytes[k + 1] == 0x84, bytes[k + 2] == 0xAA { return true }
                            k += 1
                            continue
                        }
                        let start = k
                        k = endOfLetters(from: k + 1)
                        if isWord(start, k) { return true }
                        if start > 0, bytes[start - 1] >= 0x80, k - start > 1, isWord(start + 1, k) { return true }
                    }
                    return false
                }
            }
        }
    }
}
