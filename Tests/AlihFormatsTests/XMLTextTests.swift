import Testing

@testable import AlihFormats

@Suite struct XMLTextTests {
    @Test func piecesAreAppendedAsUTF8() {
        var text = XMLText()
        #expect(text.isEmpty)
        text += "<a id=\""
        text += "Perbatasan “Armenia” — 😀"[...].dropFirst(11)
        text.append("é" as Unicode.Scalar)
        text.append("😀" as Unicode.Scalar)
        text.append("x" as Unicode.Scalar)
        text += String(repeating: "panjang ", count: 4)
        #expect(text.bytes == Array("<a id=\"“Armenia” — 😀é😀xpanjang panjang panjang panjang ".utf8))
    }

    @Test(arguments: [0, 7, 10, 99, 100, 12_345, Int(Int32.max)])
    func numbersAreWrittenInDecimal(number: Int) {
        var text = XMLText()
        text.append(number)
        #expect(text.bytes == Array(String(number).utf8))
    }

    /// A flushed text hands over exactly what was written since the last flush, and what it
    /// handed over stays as it was while the text is written to again.
    @Test func flushHandsOverTheBytesAndStartsAfresh() {
        var text = XMLText()
        var kept: [[UInt8]] = []
        text += String(repeating: "<unit id=\"1\"/>", count: 100)
        text.flush { kept.append($0) }
        #expect(text.isEmpty)
        text += "<b/>"
        text.flush { kept.append($0) }
        text += String(repeating: "x", count: 5_000)
        text.flush { kept.append($0) }
        #expect(kept.count == 3)
        #expect(kept[0] == Array(String(repeating: "<unit id=\"1\"/>", count: 100).utf8))
        #expect(kept[1] == Array("<b/>".utf8))
        #expect(kept[2] == Array(String(repeating: "x", count: 5_000).utf8))
        text.flush { #expect($0.isEmpty) }
    }
}
