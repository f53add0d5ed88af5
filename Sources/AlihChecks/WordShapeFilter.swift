/// A quick "certainly not in the set" for ASCII words, ignoring case: which lengths the set's
/// ASCII words have by first letter, and a one-hash Bloom filter of their letters.
///
/// An ASCII word is equal to a set member (Swift's `String` equality, canonical equivalence)
/// only if it has the member's bytes, and then it has the member's bytes lowercased too; so a
/// word whose lowercased first letter and length, or lowercased letters' hash, no ASCII member
/// has is ruled out without making a `String` of it or hashing one. The same filter serves
/// lookups of the word as written and of its lowercased form. Words that are not ASCII are never
/// ruled out (their lowercased form may be ASCII: KELVIN SIGN).
struct WordShapeFilter: Sendable {
    /// Bit `n` of entry `b`: some ASCII member, lowercased, starts with byte `b` and has `n`
    /// bytes (63 or more share bit 63).
    private var lengths = [UInt64](repeating: 0, count: 128)
    /// Bit `h` of the 4,096: some ASCII member hashes to `h` (see `hash`).
    private var hashes = [UInt64](repeating: 0, count: 64)

    init(_ words: some Sequence<String>) {
        for word in words {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            lengths[Int(Self.lowercased(first))] |= 1 << UInt64(min(bytes.count, 63))
            let hash = Self.hash(bytes[...])
            hashes[hash >> 6] |= 1 << UInt64(hash & 63)
        }
    }

    /// False when no member, lowercased, equals the ASCII word `bytes` lowercased.
    @inline(__always) func mayContain(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first,
            lengths[Int(Self.lowercased(first) & 0x7F)] & (1 << UInt64(min(bytes.count, 63))) != 0
        else { return false }
        let hash = Self.hash(bytes)
        return hashes[hash >> 6] & (1 << UInt64(hash & 63)) != 0
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    /// A 12-bit hash of the length and the first seven bytes with bit 5 set (which any two
    /// bytes equal but for ASCII case share): cheaper than hashing every byte, and words equal
    /// when lowercased hash the same.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var packed = UInt64(bytes.count)
        var shift: UInt64 = 8
        for byte in bytes.prefix(7) {
            packed |= UInt64(byte | 0x20) << shift
            shift += 8
        }
        return Int((packed &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}
