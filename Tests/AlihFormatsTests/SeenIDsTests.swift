@testable import AlihFormats
import PropertyBased
import Testing

@Suite struct SeenIDsTests {
    /// Whatever the ids, it answers as a set of strings does: the first use of an id is new,
    /// every later one is not (through the table's growth from a small start).
    @Test func agreesWithASetOfStrings() async {
        let pieces = ["b", "s", "-", "1", "2", "10", "é", "e\u{301}", "", "sep", "i"]
        await propertyCheck(count: 200, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 1...4).array(of: 0...300)) { picks in
            var seen = SeenIDs()
            var reference = Set<[UInt8]>()
            for parts in picks {
                let id = parts.map { pieces[$0] }.joined()
                let new = seen.insert(id)
                #expect(new == reference.insert(Array(id.utf8)).inserted, "\(id)")
            }
        }
    }

    /// Canonically equivalent but different ids are different ids (the file's bytes decide).
    @Test func idsAreComparedByTheirBytes() {
        var seen = SeenIDs()
        let answers = [seen.insert("b1-\u{E9}"), seen.insert("b1-e\u{301}"), seen.insert("b1-\u{E9}")]
        #expect(answers == [true, true, false])
    }

    @Test func manyIDs() {
        var seen = SeenIDs(expected: 10)
        var allNew = true
        for n in 0..<100_000 where !seen.insert("b\(n)") { allNew = false }
        #expect(allNew)
        let again = [seen.insert("b99999"), seen.insert("b0"), seen.insert("b100000")]
        #expect(again == [false, false, true])
    }
}
