import AlihCore
import AlihFormats
import Foundation
import Testing

/// Inputs found by `bash .ci/fuzz` that crashed a reader, kept so the fix stays fixed.
@Suite struct FuzzRegressionTests {
    /// FuzzXLIFFReader: invalid UTF-8 in an element name of a file declared UTF-8. libxml2 reports
    /// the byte, goes on as if the file were Latin-1 and hands the raw name to FoundationXML, whose
    /// start-element callback force-unwraps it as UTF-8: the process trapped. Now refused first.
    static let xliffBadName: [UInt8] =
        Array(#"<?xml version="1.0" encoding="UTF-8"?>"#.utf8) + [0x0A]
        + Array("<xliff".utf8) + [0xE9] + Array(#" version="1.2"/>"#.utf8)

    /// FuzzTMXReader: the same through `<seg\xFF…>` in a file whose declared encoding is no
    /// encoding at all (`encoding="Ul version="`): libxml2 ignores the name and reads UTF-8.
    static let tmxUnknownEncoding: [UInt8] =
        Array(
            "<?xml version=\"1.0\" encoding=\"Ul version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"id\"/><body><tu><tuv xml:lang=\"en\"><seg"
                .utf8)
        + [0xFF, 0xFF] + Array("b>x</seg></tuv></tu></body></tmx>\n".utf8)

    /// FuzzTMXReader: the same through `<prop\xFF\xFF\xFF\xFF …>` inside a `<tu>`.
    static let tmxBadName: [UInt8] =
        Array(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"id\"/><body><tu><prop"
                .utf8)
        + [0xFF, 0xFF, 0xFF, 0xFF] + Array(" type=\"x\">a</prop></tu></body></tmx>\n".utf8)

    /// FuzzXLIFFReader (heap use after free, under ASan): a second XLIFF 1.2 `<file>` was refused
    /// and its attributes then read from libxml2's input buffer, which stopping had freed.
    static let xliffSecondFile: [UInt8] = Array(
        #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
          <file original="a.txt" source-language="id" target-language="en" datatype="plaintext"><body/></file>
          <file original="b.txt" source-language="id" target-language="en" datatype="plaintext"><body/></file>
        </xliff>
        """#.utf8)

    func code(_ read: () throws(DiagnosticError) -> Void) -> String? {
        do {
            try read()
            return nil
        } catch {
            return error.diagnostic.code
        }
    }

    func temporaryFile(_ bytes: [UInt8], ext: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "alih-fuzz-\(UUID().uuidString).\(ext)"
        ).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func xliffWithInvalidUTF8InAnElementNameIsRefused() throws {
        #expect(
            code { () throws(DiagnosticError) in _ = try XLIFFReader().read(Self.xliffBadName, path: "f.xlf") }
                == "xliff.invalid-utf8")
        let path = try temporaryFile(Self.xliffBadName, ext: "xlf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(code { () throws(DiagnosticError) in _ = try XLIFFReader().read(path: path) } == "xliff.invalid-utf8")
    }

    @Test func aSecondFileIsRefusedWithoutReadingFreedMemory() {
        #expect(
            code { () throws(DiagnosticError) in _ = try XLIFFReader().read(Self.xliffSecondFile, path: "f.xlf") }
                == "xliff.files")
    }

    @Test func tmxWithInvalidUTF8InAnElementNameIsRefused() throws {
        #expect(
            code { () throws(DiagnosticError) in _ = try TMXFormat.read(Self.tmxBadName, path: "m.tmx") }
                == "tmx.invalid-utf8")
        let path = try temporaryFile(Self.tmxBadName, ext: "tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(code { () throws(DiagnosticError) in _ = try TMXFormat.read(path: path) } == "tmx.invalid-utf8")
    }

    @Test func tmxWithAnUnknownEncodingAndInvalidUTF8IsRefused() {
        #expect(
            code { () throws(DiagnosticError) in _ = try TMXFormat.read(Self.tmxUnknownEncoding, path: "m.tmx") }
                == "tmx.invalid-utf8")
    }

    @Test func theErrorSaysWhereTheBadByteIs() {
        do {
            _ = try TMXFormat.read(Self.tmxBadName, path: "m.tmx")
            Issue.record("no error")
        } catch {
            #expect(error.diagnostic.message.contains("byte offset 95 (byte 0xFF)"))
            #expect(error.diagnostic.location?.line == 2)
        }
    }

    /// The file check reads in 1 MB chunks: a character cut by a chunk boundary is still valid.
    @Test(arguments: [0, 1]) func aCharacterAcrossTheFileCheckChunksIsFine(shift: Int) throws {
        let head =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"id\"/><body><tu>"
            + String(repeating: " ", count: shift) + "<tuv xml:lang=\"id\"><seg>"
        let text = String(repeating: "é", count: 600_000)
        let xml = head + text + "</seg></tuv><tuv xml:lang=\"en\"><seg>e</seg></tuv></tu></body></tmx>\n"
        let path = try temporaryFile(Array(xml.utf8), ext: "tmx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = try TMXFormat.read(path: path)
        #expect(read.pairs.first?.source == text)
    }

    /// Only files read as UTF-8 are checked: a declared Latin-1 file keeps being converted.
    @Test func aDeclaredLatin1FileIsNotRefused() throws {
        let bytes =
            Array(
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<tmx version=\"1.4\"><header srclang=\"id\"/><body><tu><tuv xml:lang=\"id\"><seg>caf"
                    .utf8)
            + [0xE9] + Array("</seg></tuv><tuv xml:lang=\"en\"><seg>cafe</seg></tuv></tu></body></tmx>\n".utf8)
        #expect(try TMXFormat.read(bytes, path: "m.tmx").pairs.first?.source == "café")
    }
}
