import Foundation

extension String {
    /// Whether every character is whitespace (true for ""), as `allSatisfy(\.isWhitespace)`:
    /// false at once when the first byte is ASCII and not whitespace (a character's
    /// whitespace-ness is its first scalar's).
    var isBlank: Bool {
        if let first = utf8.first, first < 0x80, !String.isASCIIWhitespace(first) { return false }
        return allSatisfy(\.isWhitespace)
    }

    /// True when the first and the last byte are ASCII and not whitespace: then the first and
    /// the last character are not whitespace either (a character whose last scalar is ASCII
    /// starts with it or with a prepended mark, never with whitespace).
    var hasNoWhitespaceAtTheEdges: Bool {
        withUTF8Bytes { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first < 0x80 && last < 0x80 && !String.isASCIIWhitespace(first) && !String.isASCIIWhitespace(last)
        }
    }

    /// Whether the text has a byte `0`–`9`: without one it has no ASCII digit character.
    /// Read eight bytes at a time.
    var containsASCIIDigit: Bool {
        withUTF8Bytes { bytes in
            var k = 0
            if bytes.count >= 8 {
                let raw = UnsafeRawBufferPointer(bytes)
                while k + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    // Per byte, without carries between bytes: its low seven bits at or above
                    // `0` and below `:`, and its high bit clear.
                    let low = word & 0x7F7F_7F7F_7F7F_7F7F
                    let atLeastZero = low &+ 0x5050_5050_5050_5050
                    let atLeastColon = low &+ 0x4646_4646_4646_4646
                    if atLeastZero & ~atLeastColon & ~word & 0x8080_8080_8080_8080 != 0 { return true }
                    k += 8
                }
            }
            while k < bytes.count {
                if bytes[k] &- 0x30 < 10 { return true }
                k += 1
            }
            return false
        }
    }

    /// Whether a scalar of the text is alphabetic, as `unicodeScalars.contains { $0.properties
    /// .isAlphabetic }`: decided from the bytes while they are ASCII (whose alphabetic scalars
    /// are the letters A–Z and a–z).
    var hasAlphabeticScalar: Bool {
        let ascii: Bool? = withUTF8Bytes { bytes in
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if (byte | 0x20) &- 0x61 < 26 { return true }
            }
            return false
        }
        return ascii ?? unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The number of characters, as `count`: for ASCII text the bytes less the CR LF pairs
    /// (two ASCII scalars make one grapheme cluster only as CR LF). ASCII and the absence of CR
    /// are checked eight bytes at a time.
    var characterCount: Int {
        let ascii: Int? = withUTF8Bytes { bytes in
            let count = bytes.count
            var hasCR = false
            var k = 0
            if count >= 8 {
                let raw = UnsafeRawBufferPointer(bytes)
                while k + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    guard word & 0x8080_8080_8080_8080 == 0 else { return nil }
                    // A zero byte in word ^ CRs (bytes under 0x80: the test is exact) is a CR.
                    let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                    if (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0 { hasCR = true }
                    k += 8
                }
            }
            while k < count {
                guard bytes[k] < 0x80 else { return nil }
                if bytes[k] == 0x0D { hasCR = true }
                k += 1
            }
            guard hasCR else { return count }
            var pairs = 0
            for k in bytes.indices where bytes[k] == 0x0A && k > 0 && bytes[k - 1] == 0x0D { pairs += 1 }
            return count - pairs
        }
        return ascii ?? self.count
    }

    /// Whether the two texts have the same UTF-8 (then they are equal; equal texts may differ
    /// in their bytes).
    ///
    /// Texts of different lengths are told apart by their counts alone.
    func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return withUTF8Bytes { mine in
            other.withUTF8Bytes { theirs in
                // A target read as its source's string shares its storage.
                mine.isEmpty || mine.baseAddress == theirs.baseAddress
                    || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
            }
        }
    }

    /// The text's UTF-8, contiguous (copied when the string is not).
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII scalars with
    /// Unicode's White_Space property.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
