import AlihICU
import Testing

@Suite struct BreakIteratorTests {
    @Test func sentenceBoundariesEndAtTextLength() throws {
        var iterator = try BreakIterator(.sentence, locale: "id")
        let text = "Ini kalimat pertama. Ini kedua? Ya!"
        let offsets = try iterator.boundaries(of: text.utf16).map(\.offset)
        #expect(offsets == [21, 32, 35])
    }

    @Test func reusedIteratorForgetsThePreviousText() throws {
        var iterator = try BreakIterator(.sentence, locale: "id")
        _ = try iterator.boundaries(of: String(repeating: "Panjang sekali. ", count: 100).utf16)
        #expect(try iterator.boundaries(of: "Pendek.".utf16).map(\.offset) == [7])
    }

    @Test func emptyTextHasNoBoundaries() throws {
        var iterator = try BreakIterator(.sentence, locale: "id")
        #expect(try iterator.boundaries(of: "".utf16).isEmpty)
    }

    @Test func wordBoundariesCarryKinds() throws {
        var iterator = try BreakIterator(.word, locale: "id")
        let boundaries = try iterator.boundaries(of: "Rp5 tentara.".utf16)
        #expect(boundaries.map(\.offset) == [3, 4, 11, 12])
        #expect(boundaries.map { WordKind(status: $0.status) } == [.number, .none, .letter, .none])
    }

    @Test func breakIteratorCopesWithTextLargerThanItsFirstBuffer() throws {
        var iterator = try BreakIterator(.sentence, locale: "id")
        let text = String(repeating: "Satu dua tiga. ", count: 2_000)
        let boundaries = try iterator.boundaries(of: text.utf16)
        #expect(boundaries.count == 2_000)
        #expect(boundaries.last?.offset == text.utf16.count)
    }

    @Test func icuVersionIsReported() {
        #expect(ICU.version.split(separator: ".").count >= 2)
    }
}

@Suite struct UnicodeTransformsTests {
    @Test func nfcComposesDecomposedLetters() throws {
        #expect(try UnicodeTransforms.nfc("Jum\u{0061}\u{0301}t") == "Jum\u{00E1}t")
    }

    @Test func nfcKeepsComposedText() throws {
        let text = "Café — Jakarta"
        #expect(try UnicodeTransforms.nfc(text) == text)
    }

    @Test func caseFoldingIsFull() throws {
        #expect(try UnicodeTransforms.foldCase("PERBATASANNYA Straße") == "perbatasannya strasse")
    }
}

@Suite struct BreakIteratorIndexTests {
    /// Boundaries as string indices, across 1-, 2-, 3- and 4-byte UTF-8 characters.
    @Test func indicesMapBackThroughEveryUTF8Length() throws {
        var iterator = try BreakIterator(.sentence, locale: "id")
        let text = "Café ok. 中文句子。 😀 Emoji! Selesai."
        let boundaries = try iterator.boundaries(in: text[...])
        let pieces = zip([text.startIndex] + boundaries.map(\.index), boundaries.map(\.index)).map {
            String(text[$0..<$1])
        }
        #expect(pieces.joined() == text)
        #expect(pieces.first == "Café ok. ")
        #expect(pieces.last == "Selesai.")
    }

    @Test func substringsKeepTheirBaseIndices() throws {
        var iterator = try BreakIterator(.word, locale: "id")
        let text = "xx Rusia setuju."
        let slice = text[text.index(text.startIndex, offsetBy: 3)...]
        let boundaries = try iterator.boundaries(in: slice)
        #expect(text[slice.startIndex..<boundaries[0].index] == "Rusia")
        #expect(boundaries.last?.index == text.endIndex)
    }
}
