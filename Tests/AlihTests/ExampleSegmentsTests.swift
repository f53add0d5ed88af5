import Testing

@testable import Alih

struct ExampleSegmentsTests {
    static func store(_ texts: [String]) -> ExampleSegments {
        var examples = ExampleSegments()
        for (n, text) in texts.enumerated() {
            var bytes = Array(text.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { buffer in
                examples.append(article: 0, id: "b1-s\(n + 1)", utf8: UnsafeBufferPointer(buffer))
            }
        }
        return examples
    }

    @Test func keptSegmentsKeepTheirTextAndTheOthersReleaseIt() {
        let texts = ["Satu dua.", "Sistem imun tubuh.", "Pelacakan kontak dilakukan."]
        var examples = Self.store(texts)
        examples.keepText(of: [false, true, true])
        #expect(examples.count == 3)
        #expect(examples.text(1) == texts[1])
        #expect(examples.text(2) == texts[2])
        #expect(examples.segments.map(\.id) == ["b1-s1", "b1-s2", "b1-s3"])
        #expect(examples.heldBytes == texts[1].utf8.count + texts[2].utf8.count)
    }

    @Test func keepingEverySegmentChangesNothing() {
        let texts = ["Satu dua.", "Sistem imun tubuh."]
        var examples = Self.store(texts)
        examples.keepText(of: [true, true])
        #expect((0..<2).map { examples.text(Int32($0)) } == texts)
        #expect(examples.heldBytes == texts.reduce(0) { $0 + $1.utf8.count })
    }

    @Test func keptSegmentsAreReadAfterTheStoreIsAppendedToAnother() {
        var first = Self.store(["Satu."])
        var second = Self.store(["Dua tiga.", "Empat lima."])
        second.keepText(of: [false, true])
        let base = first.append(second, article: 1)
        #expect(base == 1)
        #expect(first.text(2) == "Empat lima.")
        #expect(first.segments[2].article == 1)
    }

    /// Each article's store is appended to the total's: its segments must grow geometrically,
    /// not to the exact count each time (which copied them all for every article).
    @Test func appendingManyStoresReallocatesRarely() {
        var total = ExampleSegments()
        var capacities = Set<Int>()
        for n in 0..<2_000 {
            _ = total.append(Self.store(["Artikel \(n)."]), article: Int32(n))
            capacities.insert(total.segments.capacity)
        }
        #expect(total.count == 2_000)
        #expect(total.text(1_999) == "Artikel 1999.")
        #expect(capacities.count < 40)
    }
    /// The text written to disk is let go and read back from there, also once the store is
    /// appended to another (whose own text stays in memory) and after more is added to it.
    @Test func textWrittenToDiskIsReadBackFromThere() throws {
        let spill = try #require(TemporaryByteFile())
        _ = spill.append { piece in piece(Array("something written before".utf8)) }
        var total = Self.store(["Satu."])
        var second = Self.store(["Dua tiga.", "Empat lima.", "Enam."])
        second.keepText(of: [false, true, true])
        second.writeText(to: spill)
        #expect(second.heldBytes == 0)
        #expect(second.text(1) == "Empat lima.")
        #expect(second.text(2) == "Enam.")
        #expect(total.append(second, article: 1) == 1)
        #expect(total.heldBytes == "Satu.".utf8.count)
        #expect(total.text(0) == "Satu.")
        #expect(total.text(3) == "Enam.")
        var bytes = Array("Tujuh.".utf8)
        let added = bytes.withUnsafeMutableBufferPointer {
            total.append(article: 2, id: "b1-s1", utf8: UnsafeBufferPointer($0))
        }
        #expect(total.text(added) == "Tujuh.")
        #expect(total.text(2) == "Empat lima.")
    }
}
