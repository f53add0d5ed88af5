import CAlihICU

/// Unicode normalization and case folding by ICU.
package enum UnicodeTransforms {
    /// The NFC form of `text`. Text already in NFC (the usual case) is returned without copying.
    package static func nfc(_ text: String) throws(ICUError) -> String {
        let source = utf16Units(of: text)
        if source.isEmpty { return text }
        var status: Int32 = 0
        let span = source.withUnsafeBufferPointer { alih_nfc_span($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "NFC quick check")
        if Int(span) == source.count { return text }
        return try transform(source, "NFC normalization") { src, count, dst, capacity, status in
            alih_normalize_nfc(src, count, dst, capacity, &status)
        }
    }

    /// Whether `text` is already in NFC (ASCII always is; otherwise ICU's quick check).
    package static func isNFC(_ text: some StringProtocol) throws(ICUError) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        let source = utf16Units(of: text)
        var status: Int32 = 0
        let span = source.withUnsafeBufferPointer { alih_nfc_span($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "NFC quick check")
        if Int(span) == source.count { return true }
        return try nfc(String(text)).utf8.elementsEqual(text.utf8)
    }

    /// Full Unicode case folding, for case-insensitive comparison (`Ä` → `ä`, `ß` → `ss`).
    package static func foldCase(_ text: String) throws(ICUError) -> String {
        let source = utf16Units(of: text)
        if source.isEmpty { return text }
        return try transform(source, "case folding") { src, count, dst, capacity, status in
            alih_fold_case(src, count, dst, capacity, &status)
        }
    }

    /// The UTF-16 code units of `text`, transcoded from its scalars: a Substring's `utf16`
    /// view measures its bounds in UTF-16 from the start of the whole string, which for a line
    /// of a large non-ASCII text first builds an index of the whole text.
    static func utf16Units(of text: some StringProtocol) -> [UInt16] {
        let utf8 = text.utf8
        if let units = utf8.withContiguousStorageIfAvailable({ bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0
                var n = 0
                while i < bytes.count {
                    let lead = bytes[i]
                    if lead < 0x80 {
                        buffer[n] = UInt16(lead)
                        n += 1
                        i += 1
                    } else if lead < 0xE0 {
                        buffer[n] = UInt16(lead & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F)
                        n += 1
                        i += 2
                    } else if lead < 0xF0 {
                        buffer[n] =
                            UInt16(lead & 0x0F) << 12 | UInt16(bytes[i + 1] & 0x3F) << 6 | UInt16(bytes[i + 2] & 0x3F)
                        n += 1
                        i += 3
                    } else {
                        let scalar =
                            UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F)
                            << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        buffer[n] = UInt16(0xD800 + ((scalar - 0x10000) >> 10))
                        buffer[n + 1] = UInt16(0xDC00 + ((scalar - 0x10000) & 0x3FF))
                        n += 2
                        i += 4
                    }
                }
                count = n
            }
        }) {
            return units
        }
        var units: [UInt16] = []
        for scalar in text.unicodeScalars { UTF16.encode(scalar) { units.append($0) } }
        return units
    }

    private static func transform(
        _ source: [UInt16], _ operation: String,
        _ call: (UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
    ) throws(ICUError) -> String {
        var capacity = source.count + source.count / 2 + 16
        while true {
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let length = source.withUnsafeBufferPointer { src in
                output.withUnsafeMutableBufferPointer { dst in
                    call(src.baseAddress, Int32(src.count), dst.baseAddress, Int32(capacity), &status)
                }
            }
            if Int(length) > capacity {
                capacity = Int(length)
                continue
            }
            try ICUError.check(status, operation)
            return String(decoding: output[..<Int(length)], as: UTF16.self)
        }
    }
}
