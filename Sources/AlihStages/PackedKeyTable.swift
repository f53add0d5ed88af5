/// A read-only map from non-negative `Int64` keys — two integers packed into one, such as a
/// node and the symbol of an edge from it — to `Int32` values, in an open-addressed table with
/// a multiplicative hash: a look-up is a multiplication and, nearly always, one probe, where a
/// Dictionary's hashing costs several times that.
struct PackedKeyTable: Sendable {
    private let keys: [Int64]
    private let values: [Int32]
    private let mask: Int
    /// 64 minus the table size's bit count: the product's top bits choose the slot.
    private let shift: UInt64
    /// How many keys the table holds.
    let count: Int

    /// A table of `entries` (keys non-negative).
    init(_ entries: [Int64: Int32]) {
        var size = 16
        var bits: UInt64 = 4
        while size < entries.count * 2 {
            size <<= 1
            bits += 1
        }
        var keys = [Int64](repeating: -1, count: size)
        var values = [Int32](repeating: -1, count: size)
        for (key, value) in entries {
            precondition(key >= 0, "keys are non-negative")
            var slot = Self.slot(key, 64 - bits)
            while keys[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        mask = size - 1
        shift = 64 - bits
        count = entries.count
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
        keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, shift)
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found < 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
