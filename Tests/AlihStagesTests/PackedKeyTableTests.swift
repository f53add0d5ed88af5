import PropertyBased
import Testing

@testable import AlihStages

@Suite struct PackedKeyTableTests {
    /// Every key gives its value and any other key -1, keys and values up to their limits.
    @Test func itIsADictionaryOfItsEntries() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...1_000).array(of: 0...300)) { seeds in
            var entries: [Int64: Int32] = [:]
            for seed in seeds {
                let key = Int64(seed) * 68_719_476 % (PackedKeyTable.keyLimit - 1)
                entries[key] = Int32(seed) * 268_435 % PackedKeyTable.valueLimit
            }
            entries[PackedKeyTable.keyLimit - 1] = PackedKeyTable.valueLimit - 1
            let table = PackedKeyTable(entries)
            #expect(table.count == entries.count)
            for (key, value) in entries { #expect(table.value(key) == value) }
            for seed in seeds where entries[Int64(seed) + 1] == nil { #expect(table.value(Int64(seed) + 1) == -1) }
        }
    }
}
