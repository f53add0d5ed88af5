/// Unicode scalars read straight off UTF-8 bytes, for the stages' byte-level loops.
enum UTF8Scalars {
    /// The scalar starting at `i` and its length in bytes. The bytes come from a String, so they
    /// are valid UTF-8; a sequence cut off by the end of the buffer, or bytes that are not a
    /// scalar, give U+FFFD instead of a read past the end or a crash.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard i + length <= bytes.count else { return ("\u{FFFD}", bytes.count - i) }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
