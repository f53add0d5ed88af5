import AlihICU

/// Strings given small integer ids in the order they are first met, kept as one run of UTF-8
/// bytes: a hundred thousand words are four arrays of integers and bytes, not a hundred
/// thousand Strings and a Dictionary over them (about a third of the memory).
///
/// Ids follow `String` equality: a string that is not ASCII is kept in NFC, so canonically
/// equivalent spellings share one id, and its string is given back in NFC.
struct InternedStrings: Sendable {
    private var bytes: [UInt8] = []
    /// Where string `i` ends in `bytes` (it starts where string `i - 1` ends).
    private var ends: [Int32] = []
    private var hashes: [UInt32] = []
    /// Id + 1 per slot, 0 for an empty one: open addressing with linear probing, at most half full.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The number of strings.
    var count: Int { ends.count }

    /// The id of `string`, given one when it has none.
    mutating func id(_ string: String) -> Int32 {
        var key = Self.canonical(string)
        return key.withUTF8 { key in
            let hash = Self.hash(key)
            let (slot, found) = probe(key, hash)
            if let found { return found }
            let id = Int32(ends.count)
            bytes.append(contentsOf: key)
            ends.append(Int32(bytes.count))
            hashes.append(hash)
            slots[slot] = id + 1
            if ends.count * 2 > slots.count { grow() }
            return id
        }
    }

    /// The id of `string`, if it has one.
    func existingID(_ string: String) -> Int32? {
        var key = Self.canonical(string)
        return key.withUTF8 { key in probe(key, Self.hash(key)).id }
    }

    /// The slot of `key` (whose hash is `hash`) and its id, or the empty slot where it would go.
    private func probe(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt32) -> (slot: Int, id: Int32?) {
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let id = slots[slot] - 1
            if hashes[Int(id)] == hash && matches(id, key) { return (slot, id) }
            slot = (slot + 1) & (slots.count - 1)
        }
        return (slot, nil)
    }

    /// The string of `id`.
    func string(_ id: Int32) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[span(id)]), as: UTF8.self)
        }
    }

    private func span(_ id: Int32) -> Range<Int> {
        (id == 0 ? 0 : Int(ends[Int(id) - 1]))..<Int(ends[Int(id)])
    }

    private func matches(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let span = span(id)
        guard span.count == key.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            UnsafeBufferPointer(rebasing: bytes[span]).elementsEqual(key)
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// `string` as it is kept: as it is when ASCII, else in NFC.
    private static func canonical(_ string: String) -> String {
        guard !string.utf8.allSatisfy({ $0 < 0x80 }) else { return string }
        return (try? UnicodeTransforms.nfc(string)) ?? string
    }

    /// FNV-1a over the bytes, folded to 32 bits.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
