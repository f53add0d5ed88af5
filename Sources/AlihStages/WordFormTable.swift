/// A hash table from a word's UTF-8 bytes to a small integer, without making a String of it.
///
/// The glossary matcher looks up every word of the text here to find what it already knows
/// about that form; only a form seen for the first time becomes a String. Keys are copied into
/// one byte store; the table is open-addressed with linear probing and doubles when half full.
struct WordFormTable {
    private var keys: [UInt8] = []
    /// Per slot: the key's start in `keys`, its length, its hash and its value; `length == -1`
    /// marks an empty slot.
    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    private struct Slot {
        var start: Int32 = 0
        var length: Int32 = -1
        var value: Int32 = 0
        var hash: UInt32 = 0
    }

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The value stored for `word`, or nil.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry.length < 0 { return nil }
            if entry.hash == hash && Int(entry.length) == word.count && matches(entry, word) { return entry.value }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` for `word`, which must not be in the table yet.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(word)
        var slot = Int(hash) & mask
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(start: Int32(keys.count), length: Int32(word.count), value: value, hash: hash)
        keys.append(contentsOf: word)
        count += 1
    }

    private func matches(_ entry: Slot, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { stored in
            var i = 0
            var j = Int(entry.start)
            while i < word.count {
                if stored[j] != word[i] { return false }
                i += 1
                j += 1
            }
            return true
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.length >= 0 {
            var slot = Int(entry.hash) & mask
            while slots[slot].length >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// FNV-1a over the bytes, folded to 32 bits.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
