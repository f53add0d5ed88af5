import AlihCore
import AlihFormats
import Testing

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test func plainUTF8() throws {
        let (text, origin) = try decoder.decode(Array("Rusia setuju.".utf8), name: "a.txt")
        #expect(text == "Rusia setuju.")
        #expect(origin == TextOrigin(encoding: .utf8, hadByteOrderMark: false, byteCount: 13))
    }

    @Test func byteOrderMarkIsRecordedAndNotPartOfTheText() throws {
        let (text, origin) = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Jum'at".utf8), name: "a.txt")
        #expect(text == "Jum'at")
        #expect(origin.hadByteOrderMark)
    }

    @Test(arguments: [true, false])
    func utf16WithByteOrderMark(littleEndian: Bool) throws {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "Café 😀".utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let (text, origin) = try decoder.decode(bytes, name: "a.txt")
        #expect(text == "Café 😀")
        #expect(origin.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
    }

    @Test func invalidUTF8ReportsByteOffsetAndLine() {
        let bytes = Array("baris satu\nbaris ".utf8) + [0xE9] + Array(" dua".utf8)
        do {
            _ = try decoder.decode(bytes, name: "latin1.txt")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.diagnostic.code == "input.invalid-utf8")
            #expect(error.diagnostic.message.contains("byte offset 17"))
            #expect(error.diagnostic.message.contains("0xE9"))
            #expect(error.diagnostic.location?.line == 2)
            #expect(error.diagnostic.hint?.contains("iconv") == true)
        }
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // beyond U+10FFFF
        [0xE2, 0x82],  // truncated
        [0x80],  // stray continuation
    ])
    func malformedSequencesAreRefused(bytes: [UInt8]) {
        #expect(throws: DiagnosticError.self) { try decoder.decode(Array("ok ".utf8) + bytes, name: "x") }
    }

    @Test func utf16WithoutByteOrderMarkIsRefusedWithAHint() {
        let bytes = "Rusia setuju".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        do {
            _ = try decoder.decode(bytes, name: "u16.txt")
            Issue.record("BOM-less UTF-16 was accepted")
        } catch {
            #expect(error.diagnostic.code == "input.utf16-without-bom")
        }
    }

    @Test func oddLengthUTF16IsRefused() {
        #expect(throws: DiagnosticError.self) { try decoder.decode([0xFF, 0xFE, 0x41], name: "x") }
    }
}

/// `firstInvalidUTF8` (which skips ASCII eight bytes at a time) against the standard library's
/// own UTF-8 validation, on mostly-ASCII random bytes with invalid bytes at any alignment.
@Suite struct FirstInvalidUTF8Tests {
    private static func valid(_ bytes: ArraySlice<UInt8>) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    @Test func agreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("é".utf8), Array("☺".utf8), Array("😀".utf8), [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x98],
            [0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F],
        ]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if Int.random(in: 0..<6, using: &generator) == 0 {
                    bytes += pieces.randomElement(using: &generator)!
                } else {
                    bytes += (0..<Int.random(in: 1...20, using: &generator)).map { _ in
                        UInt8.random(in: 0x20...0x7E, using: &generator)
                    }
                }
            }
            let slice = bytes[...]
            guard let bad = TextDecoder.firstInvalidUTF8(slice) else {
                #expect(Self.valid(slice), "\(bytes)")
                continue
            }
            #expect(Self.valid(slice[..<bad]), "\(bytes) at \(bad)")
            #expect(
                (1...4).allSatisfy { bad + $0 > bytes.count || !Self.valid(slice[bad..<(bad + $0)]) },
                "\(bytes) at \(bad)")
        }
    }

    @Test func offsetsCountFromTheSliceStart() {
        let bytes: [UInt8] = Array("abcdefghijklmnop".utf8) + [0xFF] + Array("xyz".utf8)
        #expect(TextDecoder.firstInvalidUTF8(bytes[3...]) == 16)
        #expect(TextDecoder.firstInvalidUTF8(bytes[..<16]) == nil)
    }
}

/// `checkUTF8` (bytes checked for the normalize stage, no String made) says what `decode` says.
@Suite struct CheckUTF8Tests {
    /// Either the same diagnostic, or the origin `decode` finds (nil for UTF-16 with a BOM).
    func expectAgreement(_ bytes: [UInt8], decoder: TextDecoder = TextDecoder(), _ comment: Comment? = nil) {
        let decoded = Result { () throws(DiagnosticError) in try decoder.decode(bytes, name: "a.txt") }
        let checked = Result { () throws(DiagnosticError) in try decoder.checkUTF8(bytes, name: "a.txt") }
        switch (decoded, checked) {
        case (_, .success(nil)):
            // UTF-16 with a BOM is left to `decode`, whatever it says about it.
            #expect(bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]), comment)
        case (.success(let (_, origin)), .success(let found)):
            #expect(found == origin, comment)
        case (.failure(let expected), .failure(let found)):
            #expect(found.diagnostic == expected.diagnostic, comment)
        default:
            Issue.record("decode: \(decoded), checkUTF8: \(checked) \(comment.map { "\($0)" } ?? "")")
        }
    }

    @Test func agreesWithDecodeOnRandomBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("é".utf8), Array("😀".utf8), [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x98], [0x80], [0x0A],
            [0x0D, 0x0A],
        ]
        let starts: [[UInt8]] = [[], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x41, 0x00, 0x42, 0x00]]
        var decoder = TextDecoder()
        decoder.maximumLineBytes = 40
        for _ in 0..<2_000 {
            var bytes = starts.randomElement(using: &generator)!
            for _ in 0..<Int.random(in: 0...30, using: &generator) {
                if Int.random(in: 0..<5, using: &generator) == 0 {
                    bytes += pieces.randomElement(using: &generator)!
                } else {
                    bytes += (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                        UInt8.random(in: 0x20...0x7E, using: &generator)
                    }
                }
            }
            expectAgreement(bytes, decoder: decoder, "\(bytes)")
        }
    }

    /// A large file is checked in parts on several threads: a bad byte in any part is the
    /// first one reported, with its offset and line.
    @Test(arguments: [0.0, 0.3, 0.7, 0.999])
    func aLargeFileReportsTheFirstBadByte(at fraction: Double) {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 6 << 20)
        for i in stride(from: 100, to: bytes.count, by: 100) { bytes[i] = 0x0A }
        let bad = Int(Double(bytes.count) * fraction)
        bytes[bad] = 0xE9
        expectAgreement(bytes)
        bytes[bad] = UInt8(ascii: "b")
        expectAgreement(bytes)
        expectAgreement([0xEF, 0xBB, 0xBF] + bytes)
    }
}

@Suite struct LineLengthTests {
    @Test(arguments: [
        ("abc\nabcdefghijk\n", 2), ("abc\r\nabc\r\nabcdefghijk", 3), ("a\rb\rabcdefghijk", 3), ("abcdefghijk", 1),
    ])
    func aLineOverTheBoundIsRefusedWithItsNumber(text: String, line: Int) {
        var decoder = TextDecoder()
        decoder.maximumLineBytes = 10
        do {
            _ = try decoder.decode(Array(text.utf8), name: "a.txt")
            Issue.record("accepted")
        } catch {
            #expect(error.diagnostic.code == "input.line-too-long")
            #expect(error.diagnostic.location?.line == line)
        }
    }

    @Test func linesUpToTheBoundAreRead() throws {
        var decoder = TextDecoder()
        decoder.maximumLineBytes = 10
        #expect(
            try decoder.decode(Array("abcdefghij\r\nabcdefghij".utf8), name: "a.txt").0 == "abcdefghij\r\nabcdefghij")
        // Breaks by carriage returns only: the stretch between line feeds is long, the lines are not.
        #expect(
            try decoder.decode(Array("abcdefghij\rabcdefghij\rabc".utf8), name: "a.txt").0
                == "abcdefghij\rabcdefghij\rabc")
    }
}
