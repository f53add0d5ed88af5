import AlihCore
import Foundation
import PropertyBased
import Testing

@testable import AlihFormats

/// Reading a file in parts on several threads gives the one-thread reader's document, or
/// leaves the file to it.
@Suite struct XLIFFPartReadingTests {
    /// An XLIFF 2.1 file of `units` units as CAT tools lay them out (attributes over several
    /// lines, metadata, ignorables, escapes, non-ASCII), with optional traps for the cuts:
    /// `<unit` in comments, CDATA and processing instructions, `>` in attribute values.
    static func xliff2(units: Int, traps: Bool = false, headerAfter: Int? = nil) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"
                   version="2.1" srcLang="id" trgLang="en">
              <file id="f1" original="berita.txt">
                <mda:metadata><mda:metaGroup category="alih"><mda:meta type="pipeline">news-article</mda:meta></mda:metaGroup></mda:metadata>

            """
        for index in 1...units {
            if traps {
                xml += "    <!-- <unit id=\"c\(index)\"> -->\n    <?alih <unit id=\"p\(index)\">?>\n"
            }
            if index == headerAfter {
                xml +=
                    "    <mda:metadata><mda:metaGroup><mda:meta type=\"pipeline\">changed</mda:meta></mda:metaGroup></mda:metadata>\n"
            }
            xml += "    <unit id=\"u\(index)\""
            xml +=
                index % 3 == 0
                ? "\n          translate=\"yes\" canResegment=\"no\">\n" : (traps ? " name=\"a>b\">\n" : ">\n")
            xml += """
                      <mda:metadata><mda:metaGroup><mda:meta type="checksum">sha256:\(index)</mda:meta></mda:metaGroup></mda:metadata>
                      <segment id="u\(index)-s1" state="translated">
                        <source>Kalimat ke-\(index) &lt;tentang&gt; perbatasan é\(traps ? "<![CDATA[ <unit id=\"d\(index)\"> ]]>" : "")</source>
                        <target>Sentence \(index) &amp; the border</target>
                      </segment>
                      <ignorable><source> </source></ignorable>
                      <segment id="u\(index)-s2"><source>Dua.</source></segment>
                      <ignorable id="u\(index)-sep"><source>\n\n</source></ignorable>
                    </unit>

                """
        }
        return xml + "  </file>\n</xliff>\n"
    }

    /// The same in XLIFF 1.2: groups of trans-units, or bare trans-units.
    static func xliff12(units: Int, groups: Bool) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="berita.txt" source-language="id" target-language="en" datatype="plaintext">
                <header><phase-group><phase phase-name="x" process-name="y"><note from="alih">pipeline=news-article</note></phase></phase-group></header>
                <body>

            """
        for index in 1...units {
            let unit = """
                <trans-unit id="t\(index)" approved="\(index % 2 == 0 ? "yes" : "no")">
                  <source>Kalimat \(index).</source>
                  <target state="translated">Sentence \(index).</target>
                  <context-group><context context-type="x-alih-after"> </context></context-group>
                </trans-unit>
                """
            xml += groups ? "      <group id=\"g\(index)\">\n        \(unit)\n      </group>\n" : "      \(unit)\n"
        }
        return xml + "    </body>\n  </file>\n</xliff>\n"
    }

    func file(_ text: String) throws -> String { try file(Array(text.utf8)) }

    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alih-parts-\(UUID().uuidString).xlf")
            .path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func reader(workers: Int) -> XLIFFReader {
        var reader = XLIFFReader()
        reader.workers = workers
        reader.minimumPartBytes = 1
        return reader
    }

    /// What the one-thread reader gives: the document or the diagnostic.
    func serial(_ path: String) -> Result<TranslatedDocument, DiagnosticError> {
        Result { () throws(DiagnosticError) in try reader(workers: 1).read(path: path) }
    }

    /// Compares two documents, pointing at the first unit that differs (a whole document in
    /// a failure message is thousands of lines).
    func expectSame(
        _ actual: TranslatedDocument?, _ expected: TranslatedDocument,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let actual else {
            Issue.record("not read in parts", sourceLocation: sourceLocation)
            return
        }
        var header = actual
        var expectedHeader = expected
        header.units = []
        expectedHeader.units = []
        #expect(header == expectedHeader, sourceLocation: sourceLocation)
        #expect(actual.units.count == expected.units.count, sourceLocation: sourceLocation)
        if let index = expected.units.indices.first(where: {
            $0 < actual.units.count && actual.units[$0] != expected.units[$0]
        }) {
            Issue.record(
                "unit \(index) differs: \(actual.units[index]) instead of \(expected.units[index])",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [2, 3, 5])
    func partsGiveTheSameDocument(parts: Int) throws {
        for xml in [
            Self.xliff2(units: 300), Self.xliff12(units: 300, groups: true), Self.xliff12(units: 300, groups: false),
            Self.xliff2(units: 300, headerAfter: 200),
        ] {
            let path = try file(xml)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let expected = try serial(path).get()
            let size = Array(xml.utf8).count
            expectSame(reader(workers: parts).readInParts(path: path, size: size, workers: parts), expected)
            expectSame(try reader(workers: parts).read(path: path), expected)
            #expect(expected.units.count == 300)
        }
    }

    @Test func theRecordKeepsTheLastValueInDocumentOrder() throws {
        let path = try file(Self.xliff2(units: 300, headerAfter: 200))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try #require(
            reader(workers: 3).readInParts(
                path: path, size: Int(try FileManager.default.attributesOfItem(atPath: path)[.size] as! UInt64),
                workers: 3))
        #expect(document.record["pipeline"] == "changed")
    }

    /// Cuts that fall in comments, CDATA or processing instructions are refused; the document
    /// is the same whether or not some cut was accepted.
    @Test(arguments: [2, 3, 4, 7])
    func cutsInCommentsAndCDATAAreRefused(parts: Int) throws {
        let xml = Self.xliff2(units: 200, traps: true)
        let path = try file(xml)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let expected = try serial(path).get()
        #expect(expected.units.count == 200)
        expectSame(try reader(workers: parts).read(path: path), expected)
    }

    /// An id used in two parts, a well-formedness error or invalid UTF-8 in a late part: the
    /// one-thread reader's diagnostic, line and column included.
    @Test(arguments: ["duplicate", "duplicate, even last byte", "malformed", "utf8", "truncated", "second file"])
    func errorsAreTheOneThreadReadersErrors(kind: String) throws {
        var bytes = Array(Self.xliff2(units: 300).utf8)
        func replace(_ old: String, _ new: [UInt8]) {
            let needle = Array(old.utf8)
            let at = (0...(bytes.count - needle.count)).last { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }!
            bytes.replaceSubrange(at..<(at + needle.count), with: new)
        }
        switch kind {
        case "duplicate": replace("<unit id=\"u290\"", Array("<unit id=\"u3\"".utf8))
        case "duplicate, even last byte": replace("<unit id=\"u290\"", Array("<unit id=\"u4\"".utf8))
        case "malformed": replace("<source>Dua.</source></segment>", Array("<source>Dua.</target></segment>".utf8))
        case "utf8": replace("perbatasan é", Array("perbatasan ".utf8) + [0xC3, 0x28])
        case "truncated": bytes.removeLast(40)
        default: replace("<unit id=\"u250\"", Array("</file><file id=\"f2\"><unit id=\"u250\"".utf8))
        }
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .failure(let expected) = serial(path) else {
            Issue.record("the one-thread reader accepted the damaged file")
            return
        }
        #expect(reader(workers: 3).readInParts(path: path, size: bytes.count, workers: 3) == nil)
        for parts in [2, 3, 4] {
            #expect(throws: expected) { try reader(workers: parts).read(path: path) }
        }
    }

    /// Differential: a valid file damaged at a few random places (markup that opens or closes
    /// comments, CDATA, units, ids reused, bytes cut out) reads in parts exactly as on one
    /// thread: the same document, or the same diagnostic.
    @Test func damagedFilesReadAsOnOneThread() async throws {
        let base = Array(Self.xliff2(units: 120).utf8)
        // Half of them leave the file well-formed (markup where a cut may fall, text), half break it.
        let damage = [
            "<!--", "-->", "<![CDATA[", "]]>", "<unit id=\"u7\">", "</unit>", "<unit id=\"z\"", "<", ">", "\"", "&",
            "\u{FF}", "",
            "<!-- <unit id=\"k\"> -->", "<![CDATA[ <unit id=\"k\"> ]]>", "<?pi <unit id=\"k\">?>", " ", "é", "x", "😀",
            "&amp;",
            "\n", "<!---->", "<?pi?>", "<![CDATA[]]>", "ab", " x ", "&#x41;",
        ]
        let edits = PropertyBased.zip(
            Gen.int(in: 0...(base.count - 1)), Gen.int(in: 0...(damage.count - 1)), Gen.int(in: 0...6))
        await propertyCheck(count: 150, input: edits.array(of: 1...3)) { picks in
            var bytes = base
            for (position, pick, cut) in picks.sorted(by: { $0.0 > $1.0 }) {
                // The benign ones are inserted before a tag (between elements, or in a text).
                let at = pick > 12 ? (bytes[...position].lastIndex(of: UInt8(ascii: "<")) ?? position) : position
                let end = min(bytes.count, at + (pick > 12 ? 0 : cut))
                bytes.replaceSubrange(at..<end, with: damage[pick] == "\u{FF}" ? [0xFF] : Array(damage[pick].utf8))
            }
            let path = try file(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let expected = serial(path)
            for parts in [2, 3] {
                let inParts = Result { () throws(DiagnosticError) in try reader(workers: parts).read(path: path) }
                switch (inParts, expected) {
                case (.success(let document), .success(let wanted)): expectSame(document, wanted)
                case (.failure(let error), .failure(let wanted)): #expect(error == wanted)
                default: Issue.record("\(parts) parts: \(inParts) but one thread: \(expected)")
                }
            }
        }
    }

    /// Small files and files that are not UTF-8 stay on one thread.
    @Test func smallAndNonUTF8FilesAreReadWhole() throws {
        let small = try file(Self.xliff2(units: 3))
        defer { try? FileManager.default.removeItem(atPath: small) }
        #expect(XLIFFReader().readInParts(path: small, size: 3_000, workers: 2) == nil)  // parts under 8 MB
        let latin1 = Self.xliff2(units: 100).replacingOccurrences(
            of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\""
        )
        .replacingOccurrences(of: "é", with: "e")
        let path = try file(latin1)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(reader(workers: 2).readInParts(path: path, size: latin1.utf8.count, workers: 2) == nil)
        expectSame(try reader(workers: 2).read(path: path), try serial(path).get())
    }
}
