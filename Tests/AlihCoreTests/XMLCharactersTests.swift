import Testing

@testable import AlihCore

@Suite struct XMLCharactersTests {
    /// Every scalar: allowed exactly when it is not one of the characters XML 1.0 forbids (the
    /// C0 controls but tab, line feed and carriage return, U+FFFE and U+FFFF; surrogates are
    /// not scalars).
    @Test func theCharactersOfXML10() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let forbidden =
                value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D || value == 0xFFFE || value == 0xFFFF
            #expect(XMLCharacters.isAllowed(scalar) == !forbidden, "U+\(String(value, radix: 16))")
        }
    }
}
