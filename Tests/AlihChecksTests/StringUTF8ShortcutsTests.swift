import PropertyBased
import Testing

@testable import AlihChecks

/// The byte shortcuts answer what the `Character` APIs they stand for answer.
@Suite struct StringUTF8ShortcutsTests {
    /// Long runs of ASCII (with CR, LF and CR LF where eight-byte reads fall), and the
    /// generator's characters that are not one byte.
    static let texts = Gen.int(in: 0...6).array(of: 0...60).map { picks in
        picks.map { ["abcdefgh", "12345 67", "\r\n", "\r", "\n", "x", "é"][$0] }.joined()
    }

    @Test func characterCountIsCount() async {
        await propertyCheck(count: 3_000, input: Self.texts) { text in
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
        }
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { text in
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["", "a", "abcdefg\r", "abcdefgh\r\nabcdefgh", "\r\n\r\n\r\n\r\n", "abcdefghijklmnop\r", "é"])
    func characterCountOfEdgeCases(_ text: String) {
        #expect(text.characterCount == text.count)
    }

    @Test func substringsWithTheSameBytesAreEqual() async {
        await propertyCheck(count: 2_000, input: QuantityText.generator(), QuantityText.generator()) { a, b in
            #expect(a[...].isEqual(to: b[...]) == (a[...] == b[...]))
            #expect(a[...].isEqual(to: a[...]))
        }
        #expect("e\u{301}"[...].isEqual(to: "é"[...]))
    }

    /// Two texts have the same UTF-8 exactly when their bytes are equal: equal lengths with a
    /// byte apart, different lengths, canonically equivalent texts with other bytes.
    @Test func sameUTF8IsSameBytes() async {
        await propertyCheck(count: 2_000, input: QuantityText.generator(), QuantityText.generator()) { a, b in
            #expect(a.hasSameUTF8(as: b) == Array(a.utf8).elementsEqual(b.utf8), "\(a.debugDescription)")
            #expect(a.hasSameUTF8(as: a))
        }
        #expect("".hasSameUTF8(as: ""))
        #expect(!"abc".hasSameUTF8(as: "abd"))
        #expect(!"abc".hasSameUTF8(as: "abcd"))
        #expect(!"e\u{301}".hasSameUTF8(as: "é"))
    }

    /// Text with digits, spaces and letters where eight-byte reads fall, and bytes above 0x7F.
    static let mixed = Gen.int(in: 0...9).array(of: 0...40).map { picks in
        picks.map { ["abcdefg", "  ", " ", "0", "9", "/", ":", "é", "\u{0660}", "x1 2"][$0] }.joined()
    }

    static func hasTwoSpaceBytesInARow(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.dropFirst().contains { bytes[$0] == 0x20 && bytes[$0 - 1] == 0x20 }
    }

    static func expectShortcutsAgree(_ text: String) {
        #expect(text.containsASCIIDigit == text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }, "\(text.debugDescription)")
        #expect(WhitespaceCheck.hasTwoSpacesInARow(text) == hasTwoSpaceBytesInARow(text), "\(text.debugDescription)")
        #expect(
            text.hasAlphabeticScalar == text.unicodeScalars.contains { $0.properties.isAlphabetic },
            "\(text.debugDescription)")
    }

    @Test func byteShortcutsAnswerWhatTheCharacterAPIsAnswer() async {
        await propertyCheck(count: 3_000, input: Self.mixed) { Self.expectShortcutsAgree($0) }
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { Self.expectShortcutsAgree($0) }
    }
}
