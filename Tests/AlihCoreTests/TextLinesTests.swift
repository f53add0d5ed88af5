import AlihCore
import Testing

@Suite struct TextLinesTests {
    @Test(arguments: [
        ("", [""]), ("a", ["a"]), ("a\n", ["a", ""]), ("a\nb\r\nc", ["a", "b\r", "c"]), ("\n\n", ["", "", ""]),
    ])
    func linesAreTheTextBetweenLineFeeds(text: String, lines: [String]) {
        #expect(TextLines.ranges(in: text, within: text.startIndex..<text.endIndex).map { String(text[$0]) } == lines)
        // Within a range: the lines of the slice only.
        let inner = text.isEmpty ? text.startIndex..<text.endIndex : text.index(after: text.startIndex)..<text.endIndex
        #expect(
            TextLines.ranges(in: text, within: inner).map { String(text[$0]) }.joined(separator: "\n")
                == String(text[inner]))
    }

    @Test(arguments: ["", "x", "\n", "a\nb\nc\n", "é\n😀\r\n\n" + String(repeating: "kalimat\n", count: 1_000)])
    func lineFeedsAreCounted(text: String) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(TextLines.lineFeeds) == bytes.count { $0 == 0x0A })
    }

    @Test func partsStartAfterLineFeeds() {
        let bytes = Array("satu\r\ndua\n\ntiga empat lima\nenam".utf8)
        let starts = bytes.withUnsafeBufferPointer { TextLines.partStarts(of: $0, parts: 4) }
        #expect(starts.first == 0)
        #expect(starts.dropFirst().allSatisfy { bytes[$0 - 1] == 0x0A })
        #expect(starts == starts.sorted() && Set(starts).count == starts.count)
    }
}
