/// A read-only map from non-negative keys below 2^36 − 1 — two integers packed into one, such as a
/// node and the symbol of an edge from it — to values below 2^28, in an open-addressed table
/// with a multiplicative hash: a look-up is a multiplication and, nearly always, one probe,
/// where a Dictionary's hashing costs several times that.
///
/// Each slot holds its key and value in one 64-bit word, so a probe reads one place in memory
/// (the table is read at random, and is larger than the fastest caches).
struct PackedKeyTable: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    /// 64 minus the table size's bit count: the product's top bits choose the slot.
    private let shift: UInt64
    /// How many keys the table holds.
    let count: Int

    /// Keys are below this (an empty slot reads as the key 2^36 − 1).
    static let keyLimit: Int64 = (1 << 36) - 1
    /// Values are below this.
    static let valueLimit: Int32 = 1 << 28
    private static let empty = UInt64.max

    /// A table of `entries` (keys in `0..<keyLimit`, values in `0..<valueLimit`).
    init(_ entries: [Int64: Int32]) {
        self.init(keys: Array(entries.keys), values: Array(entries.values))
    }

    /// A table of `keys[i]` → `values[i]` (distinct keys in `0..<keyLimit`, values in
    /// `0..<valueLimit`), from arrays rather than a Dictionary built only to be read once.
    init(keys: [Int64], values: [Int32]) {
        precondition(keys.count == values.count, "a value for each key")
        var size = 16
        var bits: UInt64 = 4
        while size < keys.count * 2 {
            size <<= 1
            bits += 1
        }
        var slots = [UInt64](repeating: Self.empty, count: size)
        for (key, value) in zip(keys, values) {
            precondition((0..<Self.keyLimit).contains(key), "keys are in 0..<2^36 - 1")
            precondition((0..<Self.valueLimit).contains(value), "values are in 0..<2^28")
            var slot = Self.slot(key, 64 - bits)
            while slots[slot] != Self.empty { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(key) << 28 | UInt64(value)
        }
        self.slots = slots
        mask = size - 1
        shift = 64 - bits
        count = keys.count
    }

    /// Fibonacci hashing: the top bits of the key times 2^64 divided by the golden ratio,
    /// which every bit of the key reaches.
    @inline(__always)
    private static func slot(_ key: Int64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value of `key`, or -1.
    @inline(__always)
    func value(_ key: Int64) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(key, shift)
            let wanted = UInt64(bitPattern: key)
            while true {
                let found = slots[slot]
                if found >> 28 == wanted { return Int32(truncatingIfNeeded: found & 0xFFF_FFFF) }
                if found == Self.empty { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
