/// A quick "certainly not in the set" for ASCII words: which lengths the set's ASCII words
/// have, by first byte.
///
/// An ASCII word is equal to a set member (Swift's `String` equality, canonical equivalence)
/// only if it has the member's bytes, so a first byte and length no ASCII member has rule it
/// out without hashing. Words that are not ASCII are never ruled out.
struct WordShapeFilter: Sendable {
    /// Bit `n` of entry `b`: some ASCII member starts with byte `b` and has `n` bytes (63 or
    /// more share bit 63).
    private var lengths = [UInt64](repeating: 0, count: 128)

    init(_ words: some Sequence<String>) {
        for word in words {
            guard let first = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            lengths[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
    }

    /// False when no member can be equal to the ASCII word that starts with `first` and has
    /// `length` bytes.
    func mayContain(first: UInt8, length: Int) -> Bool {
        lengths[Int(first & 0x7F)] & (1 << UInt64(min(length, 63))) != 0
    }
}
