@testable import AlihFormats
import AlihTestSupport
import Foundation
import PropertyBased
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct XMLEscapingTests {
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
