import AlihCore
import Testing

@testable import AlihFormats

/// A target with its source's bytes is read as the source's string; any other target as written.
@Suite struct XLIFFCopiedTargetTests {
    /// Targets against the source `Harga naik 2,5 % &amp; é` (as text: `… & é`).
    static let source = "Harga naik 2,5 % &amp; é"

    @Test(arguments: [
        (source, "Harga naik 2,5 % & é"),
        ("Harga naik 2,5 % &amp; e", "Harga naik 2,5 % & e"),
        ("Harga naik 2,6 % &amp; é", "Harga naik 2,6 % & é"),
        ("Harga naik 2,5 % &amp; é ", "Harga naik 2,5 % & é "),
        ("Harga naik 2,5 % &amp;", "Harga naik 2,5 % &"),
        ("", ""),
    ])
    func aTargetIsReadAsWritten(target: String, expected: String) throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en">
              <file id="f1" original="a.txt">
                <unit id="b1"><segment id="b1-s1"><source>\(Self.source)</source><target>\(target)</target></segment></unit>
              </file>
            </xliff>
            """
        let document = try XLIFFReader().read(Array(xliff.utf8), path: "t.xlf")
        let segment = try #require(document.units.first?.segments.first)
        #expect(segment.source == "Harga naik 2,5 % & é")
        #expect(segment.target == expected)
        #expect(Array(segment.target!.utf8) == Array(expected.utf8))
    }

    /// The same in XLIFF 1.2 trans-units.
    @Test(arguments: [
        (source, "Harga naik 2,5 % & é"),
        ("Harga naik 2,5 % &amp; e", "Harga naik 2,5 % & e"),
        ("", ""),
    ])
    func aTargetIsReadAsWrittenInXLIFF12(target: String, expected: String) throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="a.txt" source-language="id" target-language="en" datatype="plaintext">
                <body>
                  <trans-unit id="b1-s1"><source>\(Self.source)</source><target>\(target)</target></trans-unit>
                </body>
              </file>
            </xliff>
            """
        let document = try XLIFFReader().read(Array(xliff.utf8), path: "t.xlf")
        let segment = try #require(document.units.first?.segments.first)
        #expect(segment.source == "Harga naik 2,5 % & é")
        #expect(segment.target.map { Array($0.utf8) } == Array(expected.utf8))
    }

    /// The bytes of a string, as the reader compares them with a target's.
    @Test func bufferHoldsExactlyTheStringsBytes() {
        #expect(XLIFFParsingDelegate.buffer(Array("é a".utf8), holds: "é a"))
        #expect(XLIFFParsingDelegate.buffer([], holds: ""))
        #expect(!XLIFFParsingDelegate.buffer(Array("é b".utf8), holds: "é a"))
        #expect(!XLIFFParsingDelegate.buffer(Array("é a ".utf8), holds: "é a"))
        #expect(!XLIFFParsingDelegate.buffer(Array("e\u{301} a".utf8), holds: "é a"))
    }
}
