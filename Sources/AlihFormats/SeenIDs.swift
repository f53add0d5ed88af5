/// The ids seen so far in a file, for refusing the first one used twice.
///
/// A large XLIFF holds a million ids; a `Set<String>` of them cost as much as the rest of the
/// reader's own work. Here each id is a 64-bit fingerprint of its UTF-8 bytes in an open
/// addressing table, and the ids themselves are kept in order: a fingerprint seen twice is
/// confirmed against them, so two different ids are never mistaken for one. Ids are compared
/// by their bytes, as XML compares names (`é` and `e` + U+0301 are two ids).
struct SeenIDs {
    private var table: [UInt64]
    private var count = 0
    private var ids: [String] = []

    init(expected: Int = 0) {
        var capacity = 64
        while capacity < expected * 2 { capacity *= 2 }
        table = [UInt64](repeating: 0, count: capacity)
        ids.reserveCapacity(expected)
    }

    /// Adds `id`; false when it was already there.
    mutating func insert(_ id: String) -> Bool {
        let print = Self.fingerprint(id)
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: print) & mask
        while table[slot] != 0 {
            // The same fingerprint: the same id, or (very rarely) a different one.
            if table[slot] == print, ids.contains(where: { $0.utf8.elementsEqual(id.utf8) }) { return false }
            slot = (slot + 1) & mask
        }
        table[slot] = print
        ids.append(id)
        count += 1
        if count * 2 > table.count { grow() }
        return true
    }

    private mutating func grow() {
        let old = table
        table = [UInt64](repeating: 0, count: old.count * 2)
        let mask = table.count - 1
        for print in old where print != 0 {
            var slot = Int(truncatingIfNeeded: print) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = print
        }
    }

    /// The id's UTF-8 bytes through Swift's `Hasher` (SipHash, seeded at random per process,
    /// so ids cannot be crafted to collide); never 0, the empty slot.
    static func fingerprint(_ id: String) -> UInt64 {
        var hasher = Hasher()
        var id = id
        id.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        let hash = UInt64(bitPattern: Int64(hasher.finalize()))
        return hash == 0 ? 1 : hash
    }
}
