import Foundation
import Testing

@testable import AlihFormats

/// `XMLProlog`'s byte-level readings against what they replace: the regular expression of an
/// encoding declaration, and Foundation's case-insensitive search for a DOCTYPE.
@Suite struct XMLPrologTests {
    /// Declarations that match, fail at each part of the pattern, or match only a prefix.
    static let declarations = [
        #"<?xml version="1.0" encoding="UTF-8"?>"#, #"<?xml version='1.0' encoding='ISO-8859-1'?>"#,
        "<?xml\tversion =\r\n'1.0'\n\tencoding= \"windows-1252\" standalone=\"yes\"?>",
        #"<?xml version="1.0"?>"#, #"<?xml version="1.0" standalone="yes"?>"#, #"<?xmlversion="1.0" encoding="a"?>"#,
        #"<?xml version="1.0"encoding="UTF-8"?>"#, #"<?xml version="1.0 encoding="UTF-8"?>"#,
        #"<?xml version="1.0' encoding="UTF-8"?>"#, #"<?xml version=1.0 encoding="UTF-8"?>"#,
        #"<?xml version="1.0" encoding="8bit"?>"#, #"<?xml version="1.0" encoding="UTF-8'?>"#,
        #"<?xml version="1.0" encoding='UTF-8"?>"#, #"<?xml version="1.0" encoding=""?>"#,
        #"<?xml version="1.0" encoding="UTF 8"?>"#, #"<?xml version="1.0" encoding="a.b_c-9"?>"#,
        #"<?xml version="1.0" encoding="UTF-8"#, #"<?xml version="1.0" encoding=UTF-8?>"#,
        #"<?xml version="" encoding="x"?>"#, #"<?xml version="é ' 1" encoding="Latin1"?>"#,
        #"<?xml version="1" encoding="é"?>"#, #" <?xml version="1.0" encoding="UTF-8"?>"#,
        #"<?XML version="1.0" encoding="UTF-8"?>"#, #"<?xml Version="1.0" encoding="UTF-8"?>"#,
        #"<?xml version="1.0" Encoding="UTF-8"?>"#, "<?xml version=\"1.0\"\u{A0}encoding=\"UTF-8\"?>",
        #"<?xml version="1.0" encoding="UTF-8"̀?>"#, #"<?xml version="1.0"  encoding  =  "x""#, "<?xml", "",
        #"<?xml version="1.0" encoding="-UTF"?>"#, #"<?xml version="1.0" encoding="U""#,
    ]

    @Test(arguments: declarations)
    func theEncodingDeclarationIsReadAsThePatternReadsIt(_ declaration: String) {
        let regex = declaration.range(of: XMLProlog.encodingDeclarationPattern, options: .regularExpression)
        let expected = regex.map { declaration.utf8.distance(from: declaration.startIndex, to: $0.upperBound) }
        #expect(XMLProlog.encodingDeclarationEnd(Array(declaration.utf8)) == expected)
    }

    /// Every prefix of the declarations (a head cut anywhere), and each with a byte changed.
    @Test func everyPrefixAndChangedByteIsReadAsThePatternReadsIt() {
        for declaration in Self.declarations where declaration.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(declaration.utf8)
            for cut in 0...bytes.count {
                for changed in [nil, 0x20, 0x22, 0x27, 0x3D, 0x41] as [UInt8?] {
                    var variant = Array(bytes[..<cut])
                    if let changed, cut > 0 { variant[cut - 1] = changed }
                    let text = String(decoding: variant, as: UTF8.self)
                    let regex = text.range(of: XMLProlog.encodingDeclarationPattern, options: .regularExpression)
                    let expected = regex.map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
                    #expect(XMLProlog.encodingDeclarationEnd(variant) == expected, "\(text)")
                }
            }
        }
    }

    /// What `isUTF8` decides from a declaration, as before.
    @Test(arguments: [
        (#"<?xml version="1.0" encoding="UTF-8"?><a/>"#, true),
        (#"<?xml version="1.0" encoding="ISO-8859-1"?><a/>"#, false),
        (#"<?xml version="1.0" encoding='windows-1252'?><a/>"#, false), (#"<?xml version="1.0"?><a/>"#, true),
        (#"<?xml version="1.0" encoding="no-such-encoding"?><a/>"#, true), ("<a/>", true),
        (#"<?xml version="1.0" encoding="utf-16"?><a/>"#, true),
    ])
    func anEightBitDeclarationIsNotUTF8(_ head: String, utf8: Bool) {
        #expect(XMLProlog.isUTF8(Array(head.utf8)) == utf8)
    }

    /// `<!` decides whether Foundation's search for a DOCTYPE runs: a head without it has none.
    @Test(arguments: [
        ("<?xml version=\"1.0\"?><xliff/>", false), ("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>", true),
        ("<!doctype x [ ]><x/>", true), ("<x>a < !b</x>", false), ("<", false), ("", false), ("<!", true),
        ("≮!DOCTYPE x [ ]>", false),
    ])
    func aHeadWithoutMarkupDeclarationsHasNoDoctype(_ head: String, opening: Bool) {
        #expect(XMLProlog.hasMarkupDeclarationOpening(Array(head.utf8)) == opening)
        if !opening { #expect(head.range(of: "<!DOCTYPE", options: .caseInsensitive) == nil) }
        let refused = (try? XMLProlog.refuseEntities(Array(head.utf8), path: "a.xlf", format: "xliff")) == nil
        #expect(refused == (opening && head.contains("[")))
    }
}
