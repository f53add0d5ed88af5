import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihFormats

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct XMLEscapingTests {
    /// The word-at-a-time test finds a byte that needs escaping exactly when the byte-by-byte
    /// one does, wherever it stands (bytes next to each boundary value).
    @Test func wordAtATimeScanAgreesWithTheByteTest() async {
        let bytes: [UInt8] = [
            0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x25, 0x26, 0x27, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
            0x61, 0x7F, 0x80, 0xBF, 0xC3, 0xEE, 0xEF, 0xF0, 0xFF,
        ]
        let plain: [UInt8] = [0x61, 0x20, 0x0A, 0x09, 0xC3, 0xA9]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(bytes.count + plain.count - 1)).array(of: 0...40)) {
            picks in
            let line = picks.map { $0 < bytes.count ? bytes[$0] : plain[$0 - bytes.count] }
            let expected = line.contains(where: XMLEscaping.needsEscaping)
            #expect(line.withUnsafeBufferPointer(XMLEscaping.anyNeedsEscaping) == expected, "\(line)")
        }
    }

    /// Text given as UTF-8 bytes (a slice of the document) is escaped as the same text given
    /// as a Substring, into bytes and into a String.
    @Test func bytesAreEscapedAsTheirText() async {
        let pieces = ["a", " ", "<", "&", ">", "\r", "\n", "\t", "é", "😀", "\u{7}", "\u{FFFE}", "]]>", "\u{85}"]
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...20)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let forbidden = { (scalar: Unicode.Scalar) in "<cp hex=\"\(XMLEscaping.hex(scalar))\"/>" }
            var expected = ""
            XMLEscaping.appendText(text[...], to: &expected, forbidden: forbidden)
            var bytes = XMLText()
            var string = ""
            Array(text.utf8).withUnsafeBufferPointer { utf8 in
                XMLEscaping.appendText(utf8: utf8, to: &bytes, forbidden: forbidden)
                XMLEscaping.appendText(utf8: utf8, to: &string, forbidden: forbidden)
            }
            #expect(bytes.bytes == Array(expected.utf8), "\(text.debugDescription)")
            #expect(string == expected)
        }
    }

    @Test func markupCharactersAreEscaped() {
        var out = ""
        XMLEscaping.appendText("a < b & c > d ]]>", to: &out) { _ in "?" }
        #expect(out == "a &lt; b &amp; c &gt; d ]]&gt;")
    }

    @Test func attributesKeepLineBreaksAndTabs() {
        #expect(XMLEscaping.attribute("a\"b\n\tc") == "a&quot;b&#10;&#9;c")
    }

    @Test func forbiddenCharactersGoToTheHandler() {
        var out = ""
        XMLEscaping.appendText("a\u{0007}b\u{FFFE}", to: &out) { #"<cp hex="\#(XMLEscaping.hex($0))"/>"# }
        #expect(out == #"a<cp hex="0007"/>b<cp hex="FFFE"/>"#)
    }

    /// Any string, escaped into an element, parses back to itself.
    @Test func escapedTextParsesBackExactly() async {
        let scalars = Gen.int(in: 0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }
        let mixed = Gen.int(in: 0...9).array(of: 0...40).map { picks in
            String(String.UnicodeScalarView(picks.map { Array("a<&>\"' \n\u{1}é".unicodeScalars)[$0] }))
        }
        await propertyCheck(count: 300, input: mixed) { text in
            try #require(Self.roundTrip(text) == Self.withoutForbidden(text))
        }
        await propertyCheck(count: 300, input: scalars.array(of: 0...20)) { picked in
            let text = String(String.UnicodeScalarView(picked))
            #expect(Self.roundTrip(text) == Self.withoutForbidden(text))
        }
    }

    static func withoutForbidden(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter(XMLEscaping.isAllowed)
    }

    static func roundTrip(_ text: String) -> [Unicode.Scalar]? {
        var xml = "<t>"
        XMLEscaping.appendText(text[...], to: &xml) { _ in "" }
        xml += "</t>"
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return Array(collector.text.unicodeScalars)
    }

    final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
}
