import PropertyBased
import Testing

@testable import AlihStages

@Suite struct InternedStringsTests {
    @Test func idsAreGivenInOrderAndKept() {
        var strings = InternedStrings()
        #expect(strings.id("tentara") == 0)
        #expect(strings.id("Tentara") == 1)
        #expect(strings.id("") == 2)
        #expect(strings.id("tentara") == 0)
        #expect(strings.existingID("Tentara") == 1)
        #expect(strings.existingID("tentaranya") == nil)
        #expect(strings.count == 3)
        #expect((0..<3).map { strings.string(Int32($0)) } == ["tentara", "Tentara", ""])
    }

    /// Canonically equivalent spellings are one string, as they are one `String`: kept in NFC.
    @Test func canonicallyEquivalentSpellingsShareAnID() {
        var strings = InternedStrings()
        let composed = "kaf\u{E9}"
        let decomposed = "kafe\u{301}"
        #expect(composed == decomposed)
        let id = strings.id(decomposed)
        #expect(strings.id(composed) == id)
        #expect(strings.existingID(composed) == id)
        #expect(Array(strings.string(id).unicodeScalars) == Array(composed.unicodeScalars))
    }

    @Test func manyAndLongStringsAreKept() {
        var strings = InternedStrings()
        let words = (0..<5_000).map { "kata-\($0)-" + String(repeating: "x", count: $0 % 40) }
        let ids = words.map { strings.id($0) }
        #expect(ids == (0..<5_000).map { Int32($0) })
        #expect(words.map { strings.id($0) } == ids)
        #expect(ids.map { strings.string($0) } == words)
    }

    /// Two strings get one id exactly when they are equal as `String`s, whatever the order
    /// they come in (letters, combining marks, precomposed letters and non-Latin scripts mixed).
    @Test func idsFollowStringEquality() async {
        let pieces = ["a", "e", "\u{301}", "\u{E9}", "\u{308}", "\u{EB}", "n", "\u{303}", "\u{F1}", "-", " ", "ك", "日"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...5).array(of: 1...30)) {
            picks in
            let words = picks.map { $0.map { pieces[$0] }.joined() }
            var strings = InternedStrings()
            let ids = words.map { strings.id($0) }
            for i in words.indices {
                for j in words.indices { #expect((ids[i] == ids[j]) == (words[i] == words[j])) }
                #expect(strings.string(ids[i]) == words[i])
            }
        }
    }
}
