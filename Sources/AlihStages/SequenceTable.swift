/// A hash table of short sequences of integer ids (word forms of a run, lemmas of a phrase), each
/// given an entry number in the order added: the keys are kept one after another in one array,
/// so a table of a million runs is a few arrays, not a million small ones.
///
/// Open addressing with linear probing over entry numbers; each entry's hash is kept, so the
/// table grows without hashing again and a probe compares keys only when the hashes agree.
package struct SequenceTable: Sendable {
    /// Every key, one after another: entry `i`'s is `elements[starts[i]..<starts[i + 1]]`.
    package private(set) var elements: [Int32] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Entry number + 1 per slot; 0 is empty.
    private var slots: [Int32]
    private var mask: Int

    package init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The number of keys.
    package var count: Int { hashes.count }

    /// Entry `index`'s key.
    package func key(_ index: Int) -> ArraySlice<Int32> {
        elements[Int(starts[index])..<Int(starts[index + 1])]
    }

    /// Where entry `index`'s key starts in `elements`, and its length.
    package func span(_ index: Int) -> (start: Int, count: Int) {
        (Int(starts[index]), Int(starts[index + 1] - starts[index]))
    }

    /// The entry of `key`, or nil.
    package func find(_ key: UnsafeBufferPointer<Int32>) -> Int? {
        let hash = Self.hash(key)
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return nil }
                if hashes[entry] == hash && matches(entry, key) { return entry }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The entry of `key`, added when it is new (`inserted`).
    package mutating func insert(_ key: UnsafeBufferPointer<Int32>) -> (index: Int, inserted: Bool) {
        let hash = Self.hash(key)
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { break }
            if hashes[entry] == hash && matches(entry, key) { return (entry, false) }
            slot = (slot + 1) & mask
        }
        let index = hashes.count
        elements.append(contentsOf: key)
        starts.append(Int32(elements.count))
        hashes.append(hash)
        slots[slot] = Int32(index + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// `find` for a key given as an array slice.
    package func find(_ key: ArraySlice<Int32>) -> Int? {
        key.withUnsafeBufferPointer { find($0) }
    }

    /// `insert` for a key given as an array slice.
    package mutating func insert(_ key: ArraySlice<Int32>) -> (index: Int, inserted: Bool) {
        key.withUnsafeBufferPointer { insert($0) }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<Int32>) -> Bool {
        let start = Int(starts[entry])
        guard Int(starts[entry + 1]) - start == key.count else { return false }
        return elements.withUnsafeBufferPointer { elements in
            for i in 0..<key.count where elements[start + i] != key[i] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(entry + 1)
        }
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<Int32>) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(key.count)
        for value in key {
            h = (h ^ UInt64(UInt32(bitPattern: value))) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
        }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
