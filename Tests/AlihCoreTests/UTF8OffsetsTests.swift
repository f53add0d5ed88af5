import AlihCore
import Testing

@Suite struct UTF8OffsetsTests {
    /// Offsets and indices convert both ways, and slices of the bytes are the text of the range.
    @Test(arguments: ["", "Rusia setuju.", "é 😀 — “kutip”", "a\u{301}b"])
    func offsetsAndIndicesAgree(text: String) {
        let scalars = Array(text.unicodeScalars.indices) + [text.endIndex]
        for (i, lower) in scalars.enumerated() {
            for upper in scalars[i...] {
                let offsets = text.utf8Offsets(of: lower..<upper)
                #expect(
                    text.utf8Index(at: offsets.lowerBound) == lower && text.utf8Index(at: offsets.upperBound) == upper)
                let slice = text.withContiguousUTF8 { Array($0[offsets]) }
                #expect(slice == Array(text[lower..<upper].utf8))
            }
        }
    }
}
