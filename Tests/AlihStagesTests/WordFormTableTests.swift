import PropertyBased
import Testing

@testable import AlihStages

@Suite struct WordFormTableTests {
    /// Inserting and looking up byte strings gives what a Dictionary of arrays gives, through
    /// the table's growth.
    @Test func itIsADictionaryOfByteStrings() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...40).array(of: 0...20).array(of: 0...300)) { keys in
            var table = WordFormTable(capacity: 4)
            var reference: [[Int]: Int32] = [:]
            for key in keys {
                let bytes = key.map { UInt8(97 + $0 % 26) }
                let found = bytes.withUnsafeBufferPointer { table.value(for: $0) }
                #expect(found == reference[key.map { $0 % 26 }])
                if found == nil {
                    let value = Int32(reference.count)
                    bytes.withUnsafeBufferPointer { table.insert($0, value: value) }
                    reference[key.map { $0 % 26 }] = value
                }
            }
            #expect(table.count == reference.count)
        }
    }

    /// Looking up by a key made beforehand, after touching the keys' slots, finds what a plain
    /// look-up finds.
    @Test func keyedLookUpsFindWhatLookUpsFind() {
        var table = WordFormTable(capacity: 4)
        let words = (0..<500).map { Array("kata\($0 * 7919)".utf8) } + [Array("pertanggungjawabannya".utf8), []]
        for (i, word) in words.enumerated() where i % 2 == 0 {
            word.withUnsafeBufferPointer { table.insert($0, key: WordFormTable.key(of: $0), value: Int32(i)) }
        }
        let keys = words.map { word in word.withUnsafeBufferPointer { WordFormTable.key(of: $0) } }
        _ = table.touch(keys)
        for (i, word) in words.enumerated() {
            word.withUnsafeBufferPointer { bytes in
                #expect(table.value(for: bytes, key: keys[i]) == table.value(for: bytes))
                #expect(table.value(for: bytes) == (i % 2 == 0 ? Int32(i) : nil))
            }
        }
    }
}
