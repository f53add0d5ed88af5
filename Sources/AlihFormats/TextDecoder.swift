import AlihCore

/// Turns the bytes of an article into text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
///
/// Anything else is refused with the byte offset and line of the first bad byte, never
/// guessed: a wrong guess would change the article silently. A line longer than
/// `maximumLineBytes` is refused too: a paragraph that long would become XLIFF that no CAT tool
/// (and not Alih's own reader, which bounds one element's text at the same 16 MB) reads back.
package struct TextDecoder: Sendable {
    /// The longest line accepted, in UTF-8 bytes.
    package var maximumLineBytes = 16 << 20

    package init() {}

    /// Decodes `bytes` read from `name` (used in messages).
    package func decode(_ bytes: [UInt8], name: String) throws(DiagnosticError) -> (String, TextOrigin) {
        let (text, origin) = try decodeText(bytes, name: name)
        try requireLineLength(text, name: name)
        return (text, origin)
    }

    private func decodeText(_ bytes: [UInt8], name: String) throws(DiagnosticError) -> (String, TextOrigin) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let text = try decodeUTF8(bytes[3...], name: name, offsetBase: 3)
            return (text, TextOrigin(encoding: .utf8, hadByteOrderMark: true, byteCount: bytes.count))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let text = try decodeUTF16(bytes[2...], littleEndian: little, name: name)
            return (
                text,
                TextOrigin(
                    encoding: little ? .utf16LittleEndian : .utf16BigEndian, hadByteOrderMark: true,
                    byteCount: bytes.count)
            )
        }
        try refuseUTF16WithoutBOM(bytes, name: name)
        let text = try decodeUTF8(bytes[...], name: name, offsetBase: 0)
        return (text, TextOrigin(encoding: .utf8, hadByteOrderMark: false, byteCount: bytes.count))
    }

    private func refuseUTF16WithoutBOM(_ bytes: [UInt8], name: String) throws(DiagnosticError) {
        guard let endianness = Self.looksLikeUTF16(bytes) else { return }
        throw DiagnosticError(
            code: "input.utf16-without-bom",
            "the file looks like UTF-16 (\(endianness)) without a byte-order mark",
            at: SourceLocation(file: name),
            hint:
                "convert it to UTF-8, e.g. iconv -f UTF-16\(endianness == "little-endian" ? "LE" : "BE") -t UTF-8 \(name)"
        )
    }

    /// Checks that `bytes` read from `name` are UTF-8 (with or without BOM) Alih reads, as
    /// `decode` does, without making a String of them (for a stage that reads bytes next); a
    /// large file is checked on several threads. Nil for UTF-16 with a BOM: `decode` that.
    package func checkUTF8(_ bytes: [UInt8], name: String) throws(DiagnosticError) -> TextOrigin? {
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if !bom {
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
            try refuseUTF16WithoutBOM(bytes, name: name)
        }
        let start = bom ? 3 : 0
        if !Self.isUTF8(bytes, from: start) {
            try Self.requireUTF8(
                bytes[start...], name: name, code: "input.invalid-utf8", offsetBase: start,
                hint: Self.invalidUTF8Hint(name))
        }
        try bytes.withUnsafeBufferPointer { all in
            Result { () throws(DiagnosticError) in
                try requireLineLength(UnsafeBufferPointer(rebasing: all[start...]), name: name)
            }
        }.get()
        return TextOrigin(encoding: .utf8, hadByteOrderMark: bom, byteCount: bytes.count)
    }

    /// Bytes from this many on are checked as UTF-8 on several threads.
    static let parallelCheckBytes = 4 << 20

    /// Whether `bytes[start...]` is well-formed UTF-8: checked in parts that start after line
    /// feeds (never inside a character) on several threads when there are many bytes.
    static func isUTF8(_ bytes: [UInt8], from start: Int) -> Bool {
        let parts =
            bytes.count - start >= parallelCheckBytes
            ? ParallelChunks.defaultWorkers * ParallelChunks.chunksPerWorker : 1
        let starts = bytes.withUnsafeBufferPointer {
            TextLines.partStarts(of: UnsafeBufferPointer(rebasing: $0[start...]), parts: parts)
        }
        let valid = ParallelChunks.map(count: starts.count, minimumChunk: 1) { chunk in
            chunk.allSatisfy { part in
                let end = part + 1 < starts.count ? start + starts[part + 1] : bytes.count
                return (try? UTF8Span(validating: bytes.span.extracting((start + starts[part])..<end))) != nil
            }
        }
        return !valid.contains(false)
    }

    static func invalidUTF8Hint(_ name: String) -> String {
        "save the article as UTF-8; if it is Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8 \(name)"
    }

    /// Refuses a line (between line breaks) longer than `maximumLineBytes`.
    private func requireLineLength(_ text: String, name: String) throws(DiagnosticError) {
        guard text.utf8.count > maximumLineBytes else { return }
        try text.withContiguousUTF8 { bytes in
            Result { () throws(DiagnosticError) in try requireLineLength(bytes, name: name) }
        }.get()
    }

    /// The same for text given as its UTF-8.
    private func requireLineLength(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(DiagnosticError) {
        guard bytes.count > maximumLineBytes else { return }
        let long: (line: Int, bytes: Int)? = {
            // Lines end at LF, CR or CR LF: when no stretch between line feeds is too long
            // (memchr finds them), no line is.
            var longest = 0
            TextLines.forEachLine(in: bytes, within: 0..<bytes.count) { longest = max(longest, $0.count) }
            guard longest > maximumLineBytes else { return nil }
            var line = 1
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if index - start > maximumLineBytes { return (line, index - start) }
                // CR LF is one break.
                if index < bytes.count, !(bytes[index] == 0x0A && index > 0 && bytes[index - 1] == 0x0D) { line += 1 }
                start = index + 1
            }
            return nil
        }()
        guard let long else { return }
        throw DiagnosticError(
            code: "input.line-too-long",
            "line \(long.line) is \(long.bytes >> 20) MB long without a line break; Alih reads lines of at most \(maximumLineBytes >> 20) MB",
            at: SourceLocation(file: name, line: long.line),
            hint:
                "an article's paragraph is never this long: check that the file is the article, or break it into paragraphs with blank lines"
        )
    }

    private func decodeUTF8(_ bytes: ArraySlice<UInt8>, name: String, offsetBase: Int) throws(DiagnosticError) -> String
    {
        // One pass: the String checks the bytes as it is made; the bad byte is looked for
        // only when there is one.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        try Self.requireUTF8(
            bytes, name: name, code: "input.invalid-utf8", offsetBase: offsetBase, hint: Self.invalidUTF8Hint(name))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Throws `code` with the byte offset (counted from `offsetBase`) and line of the first byte
    /// of `bytes` that is not well-formed UTF-8.
    package static func requireUTF8(
        _ bytes: ArraySlice<UInt8>, name: String, code: String, offsetBase: Int, hint: String
    ) throws(DiagnosticError) {
        guard let bad = firstInvalidUTF8(bytes) else { return }
        let line = bytes[bytes.startIndex..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let value = String(bytes[bad], radix: 16, uppercase: true)
        throw DiagnosticError(
            code: code,
            "invalid UTF-8 at byte offset \(bad - bytes.startIndex + offsetBase) (byte 0x\(value.count == 1 ? "0" : "")\(value))",
            at: SourceLocation(file: name, line: line), hint: hint)
    }

    private func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, name: String) throws(DiagnosticError)
        -> String
    {
        guard bytes.count % 2 == 0 else {
            throw DiagnosticError(
                code: "input.invalid-utf16", "UTF-16 text with an odd number of bytes (truncated file?)",
                at: SourceLocation(file: name), hint: "check that the file was copied completely")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.unicodeScalars.append(scalar)
                position += scalar.value > 0xFFFF ? 2 : 1
            case .emptyInput:
                break loop
            case .error:
                throw DiagnosticError(
                    code: "input.invalid-utf16",
                    "invalid UTF-16 (unpaired surrogate) at byte offset \(2 + position * 2)",
                    at: SourceLocation(file: name), hint: "save the article as UTF-8")
            }
        }
        return text
    }

    /// The index of the first byte that is not part of a well-formed UTF-8 sequence.
    package static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            let end = buffer.count
            var i = 0
            while i < end {
                // Runs of ASCII, eight bytes at a time.
                while i + 8 <= end,
                    UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                { i += 8 }
                guard i < end else { break }
                let lead = base[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0:
                    length = 3
                    low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED:
                    length = 3
                    high = 0x9F
                case 0xF0:
                    length = 4
                    low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4:
                    length = 4
                    high = 0x8F
                default: return bytes.startIndex + i
                }
                guard i + length <= end else { return bytes.startIndex + i }
                if base[i + 1] < low || base[i + 1] > high { return bytes.startIndex + i }
                for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return bytes.startIndex + i }
                i += length
            }
            return nil
        }
    }

    /// "little-endian" or "big-endian" when at least a third of the byte pairs hold a zero
    /// byte on one side only: text that is UTF-16 without a byte-order mark.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> String? {
        let pairs = min(bytes.count / 2, 4096)
        guard pairs >= 2 else { return nil }
        var zeroHigh = 0
        var zeroLow = 0
        for p in 0..<pairs {
            let a = bytes[2 * p]
            let b = bytes[2 * p + 1]
            if b == 0 && a != 0 { zeroHigh += 1 }
            if a == 0 && b != 0 { zeroLow += 1 }
        }
        if zeroHigh * 3 >= pairs * 1 && zeroHigh > zeroLow * 4 { return "little-endian" }
        if zeroLow * 3 >= pairs * 1 && zeroLow > zeroHigh * 4 { return "big-endian" }
        return nil
    }
}
