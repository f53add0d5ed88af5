/// A hash table from a word's UTF-8 bytes to a small integer, without making a String of it.
///
/// The glossary matcher looks up every word of the text here to find what it already knows
/// about that form; only a form seen for the first time becomes a String. A key of up to 16
/// bytes (nearly every word) is kept in its slot as two integers, so a look-up compares two
/// words of memory; longer keys go to a byte store. A slot takes 24 bytes: a text's rarer
/// words are looked up in memory no cache holds, and a smaller table keeps more of it cached.
/// Open addressing with linear probing; the table doubles when three quarters full.
struct WordFormTable {
    private var slots: [Slot]
    private var longKeys: [UInt8] = []
    private var mask: Int
    private(set) var count = 0

    fileprivate struct Slot {
        /// The key's first 8 bytes, little-endian, zero-padded.
        var low: UInt64 = 0
        /// The key's next 8 bytes, or for a key longer than 16 bytes where it starts in `longKeys`.
        var high: UInt64 = 0
        /// The key's length; -1 for an empty slot.
        var length: Int32 = -1
        var value: Int32 = 0
    }

    init(capacity: Int = 1024) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    /// A word's key as the table hashes it: its first 16 bytes packed, its length and its hash.
    struct Key {
        var low: UInt64
        var high: UInt64
        var length: Int32
        var hash: Int
    }

    /// The key of `word`.
    @inline(__always)
    static func key(of word: UnsafeBufferPointer<UInt8>) -> Key {
        let (low, high) = pack(word)
        let length = Int32(truncatingIfNeeded: word.count)
        return Key(low: low, high: high, length: length, hash: hash(low, high, length))
    }

    /// Reads the slots where look-ups of `keys` start, and returns a value made of them (see
    /// `LookUps.touch`).
    func touch(_ keys: [Key]) -> UInt64 {
        keys.withUnsafeBufferPointer { keys in withLookUps { $0.touch(keys) } }
    }

    /// The value stored for `word`, or nil.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Int32? {
        value(for: word, key: Self.key(of: word))
    }

    /// The value stored for `word`, whose key is `key`, or nil.
    @inline(__always)
    func value(for word: UnsafeBufferPointer<UInt8>, key: Key) -> Int32? {
        withLookUps { $0.value(for: word, key: key) }
    }

    /// Runs `body` with the table's memory for a run of touches and look-ups (nothing may be
    /// inserted meanwhile), so that each look-up reads it through pointers held for the run.
    @inline(__always)
    func withLookUps<R>(_ body: (LookUps) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            longKeys.withUnsafeBufferPointer { longKeys in
                body(LookUps(slots: slots, longKeys: longKeys, mask: mask))
            }
        }
    }

    /// The table's memory for a run of touches and look-ups (`withLookUps`).
    struct LookUps {
        fileprivate let slots: UnsafeBufferPointer<Slot>
        fileprivate let longKeys: UnsafeBufferPointer<UInt8>
        fileprivate let mask: Int

        /// Reads the slots where look-ups of `keys` start, and returns a value made of them (to
        /// be kept, so that the reads are not left out). Touching the slots of a run of words
        /// before looking them up lets their cache misses overlap: a text's rarer words are in
        /// memory no cache holds, and each look-up in turn waited for one. The home slot's first
        /// field and the next slot's last are read: the 48 bytes between them cross a cache line
        /// at times, and a look-up that goes on to the next slot (a collision, or a new word)
        /// reads it.
        @inline(__always)
        func touch(_ keys: UnsafeBufferPointer<Key>) -> UInt64 {
            var touched: UInt64 = 0
            for key in keys {
                let slot = key.hash & mask
                touched |= slots[slot].low ^ UInt64(UInt32(bitPattern: slots[(slot + 1) & mask].value))
            }
            return touched
        }

        /// The value stored for `word`, whose key is `key`, or nil.
        @inline(__always)
        func value(for word: UnsafeBufferPointer<UInt8>, key: Key) -> Int32? {
            var slot = key.hash & mask
            while true {
                let entry = slots[slot]
                if entry.length < 0 { return nil }
                if entry.low == key.low && entry.length == key.length
                    && (key.length <= 16
                        ? entry.high == key.high
                        : word.elementsEqual(longKeys[Int(entry.high)..<(Int(entry.high) + word.count)]))
                {
                    return entry.value
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `word`, which must not be in the table yet.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, value: Int32) {
        insert(word, key: Self.key(of: word), value: value)
    }

    /// Stores `value` for `word`, whose key is `key` and which must not be in the table yet.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>, key: Key, value: Int32) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        var entry = Slot(low: key.low, high: key.high, length: key.length, value: value)
        if word.count > 16 {
            entry.high = UInt64(longKeys.count)
            longKeys.append(contentsOf: word)
        }
        place(entry, hashedAs: key.high)
        count += 1
    }

    /// Replaces the value stored for `word`, which must be in the table.
    mutating func update(_ word: UnsafeBufferPointer<UInt8>, value: Int32) {
        let (low, high) = Self.pack(word)
        let length = Int32(word.count)
        var slot = Self.hash(low, high, length) & mask
        while true {
            let entry = slots[slot]
            precondition(entry.length >= 0, "update of a word not in the table")
            if entry.low == low && entry.length == length
                && (length <= 16 ? entry.high == high : longMatches(entry, word))
            {
                slots[slot].value = value
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Puts `entry` in the first free slot from its hash's (`high`: the key's second 8 bytes,
    /// which a long key's slot does not hold).
    private mutating func place(_ entry: Slot, hashedAs high: UInt64) {
        var slot = Self.hash(entry.low, high, entry.length) & mask
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private func longMatches(_ entry: Slot, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        longKeys.withUnsafeBufferPointer { stored in
            word.elementsEqual(stored[Int(entry.high)..<(Int(entry.high) + word.count)])
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.length >= 0 {
            guard entry.length > 16 else {
                place(entry, hashedAs: entry.high)
                continue
            }
            let high = longKeys.withUnsafeBufferPointer { stored in
                Self.pack(UnsafeBufferPointer(rebasing: stored[Int(entry.high)..<(Int(entry.high) + 16)])).1
            }
            place(entry, hashedAs: high)
        }
    }

    /// The first 16 bytes as two little-endian integers, zero-padded. Shorter keys are read in
    /// two overlapping loads (the bytes they share are the same, so OR-ing them is exact).
    @inline(__always)
    static func pack(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        let count = word.count
        guard let base = word.baseAddress, count > 0 else { return (0, 0) }
        let raw = UnsafeRawPointer(base)
        if count >= 16 {
            return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        if count >= 8 {
            // The last 8 bytes, shifted so that the bytes past the word fall out.
            let tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> (UInt64(16 - count) &* 8)
            return (raw.loadUnaligned(as: UInt64.self), count == 8 ? 0 : tail)
        }
        if count >= 4 {
            let head = UInt64(raw.loadUnaligned(as: UInt32.self))
            let tail = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return (head | tail << (UInt64(count - 4) &* 8), 0)
        }
        let middle = count >> 1
        return (
            UInt64(base[0]) | UInt64(base[middle]) << (UInt64(middle) &* 8) | UInt64(base[count - 1])
                << (UInt64(count - 1) &* 8), 0
        )
    }

    /// A multiply-and-fold hash of the packed key and its length.
    @inline(__always)
    static func hash(_ low: UInt64, _ high: UInt64, _ length: Int32) -> Int {
        var h = (low ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h ^= (high ^ UInt64(UInt32(bitPattern: length))) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        return Int(truncatingIfNeeded: h)
    }
}
