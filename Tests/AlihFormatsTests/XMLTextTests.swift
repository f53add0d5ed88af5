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
}
