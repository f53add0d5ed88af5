import AlihCore

/// Escaping text for XML 1.0 element content and attribute values.
///
/// Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) are handed to
/// `forbidden`, which returns markup to write instead (XLIFF 2's `<cp hex="…"/>`) or throws.
enum XMLEscaping {
    /// Whether XML 1.0 allows `scalar` in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool { XMLCharacters.isAllowed(scalar) }

    /// Whether a byte of element content may need more than copying.
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0xEF
    }

    /// Whether any byte of `bytes` may need more than copying: eight bytes at a time, the
    /// common case (text with none) without a test per byte.
    static func anyNeedsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var i = 0
        // A word is looked at byte by byte when one of its bytes is below 0x20, `&` (0x26), `<`
        // (0x3C), `>` (0x3E) or 0xEF ("has a byte below n" and "has a zero byte" on the word
        // XORed with each); line feeds and tabs are then let through by the byte test.
        let low: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ x: UInt64) -> Bool { (x &- low) & ~x & high != 0 }
        func hasByteBelow32(_ x: UInt64) -> Bool { (x &- low &* 0x20) & ~x & high != 0 }
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if hasByteBelow32(word) || hasZeroByte(word ^ (low &* 0x26)) || hasZeroByte(word ^ (low &* 0x3C))
                || hasZeroByte(word ^ (low &* 0x3E)) || hasZeroByte(word ^ (low &* 0xEF))
            {
                for k in i..<(i + 8) where needsEscaping(base[k]) { return true }
            }
            i += 8
        }
        while i < count {
            if needsEscaping(base[i]) { return true }
            i += 1
        }
        return false
    }

    /// Appends `text` to `out` (a String, or the writers' `XMLText`) escaped as element content.
    static func appendText<Output: XMLOutput, Failure: Error>(
        _ text: Substring, to out: inout Output, forbidden: (Unicode.Scalar) throws(Failure) -> String
    ) throws(Failure) {
        // Line feeds and tabs are written as they are; a carriage return, other controls and
        // U+FFFE/U+FFFF (0xEF lead byte, checked scalar by scalar below) are not.
        if text.utf8.withContiguousStorageIfAvailable({ !Self.anyNeedsEscaping($0) }) ?? !text.utf8.contains(
            where: needsEscaping)
        {
            out.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\r": out.append("&#13;")
            default:
                if isAllowed(scalar) { out.append(scalar) } else { out.append(try forbidden(scalar)) }
            }
        }
    }

    /// `appendText` for text given as its UTF-8 (a slice of a document's bytes).
    static func appendText<Output: XMLOutput, Failure: Error>(
        utf8 text: UnsafeBufferPointer<UInt8>, to out: inout Output,
        forbidden: (Unicode.Scalar) throws(Failure) -> String
    ) throws(Failure) {
        if !Self.anyNeedsEscaping(text) {
            out.append(utf8: text)
            return
        }
        try appendText(Substring(String(decoding: text, as: UTF8.self)), to: &out, forbidden: forbidden)
    }

    /// `text` escaped as an attribute value in double quotes (line breaks and tabs as
    /// character references, so attribute normalization cannot change them).
    static func attribute(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({
            $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">")
                && $0 != UInt8(ascii: "\"")
        }) {
            return String(text)  // printable ASCII with nothing to escape (ids, types, names)
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// `text` as element content in a String; characters XML cannot carry become U+FFFD.
    static func text(_ text: some StringProtocol) -> String {
        var out = ""
        appendText(Substring(text), to: &out, forbidden: { _ in "\u{FFFD}" })
        return out
    }

    /// `text` as the inside of an XML comment: `--`, which a comment may not hold, becomes
    /// `- -`, a final `-` gets a space after it, and characters XML cannot carry become U+FFFD.
    static func comment(_ text: some StringProtocol) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "-" && out.unicodeScalars.last == "-" { out += " " }
            out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return out.hasSuffix("-") ? out + " " : out
    }

    /// Four or more uppercase hex digits of a scalar, as XLIFF's `cp` element wants them.
    static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// Where escaped XML is appended: a String, or the writers' byte buffer (`XMLText`).
protocol XMLOutput {
    mutating func append(_ text: String)
    mutating func append(_ text: Substring)
    mutating func append(_ scalar: Unicode.Scalar)
    /// Appends well-formed UTF-8.
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>)
}

extension String: XMLOutput {
    mutating func append(_ text: Substring) { self += text }
    mutating func append(_ scalar: Unicode.Scalar) { unicodeScalars.append(scalar) }
    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) { self += String(decoding: text, as: UTF8.self) }
}
