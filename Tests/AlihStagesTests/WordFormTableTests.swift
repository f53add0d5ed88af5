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
}
