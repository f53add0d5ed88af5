import CAlihICU

/// Unicode normalization and case folding by ICU.
public enum UnicodeTransforms {
    /// The NFC form of `text`. Text already in NFC (the usual case) is returned without copying.
    public static func nfc(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
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
    public static func isNFC(_ text: some StringProtocol) throws(ICUError) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        let source = Array(text.utf16)
        var status: Int32 = 0
        let span = source.withUnsafeBufferPointer { alih_nfc_span($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "NFC quick check")
        if Int(span) == source.count { return true }
        return try nfc(String(text)).utf8.elementsEqual(text.utf8)
    }

    /// Full Unicode case folding, for case-insensitive comparison (`Ä` → `ä`, `ß` → `ss`).
    public static func foldCase(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return text }
        return try transform(source, "case folding") { src, count, dst, capacity, status in
            alih_fold_case(src, count, dst, capacity, &status)
        }
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
