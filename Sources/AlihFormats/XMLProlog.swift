import AlihCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What must be refused before an XML file reaches the parser (XLIFF, TMX).
///
/// Entity declarations (billion laughs, quadratic blow-up, XXE) are refused from the bytes before
/// parsing (and again by the parser, `StreamingXMLParser`): the
/// prolog (XML declaration, comments, DOCTYPE) must end within the first `headBytes`, where the
/// check can see all of it, in UTF-8 or UTF-16. A plain `<!DOCTYPE x SYSTEM "…">` is tolerated
/// (external entities are never resolved).
enum XMLProlog {
    /// Bytes read before parsing to check the prolog.
    static let headBytes = 1 << 16

    /// Refuses what must not reach the parser: a DOCTYPE declaring entities (checked with
    /// `XLIFFReader.refuseDangerousDoctype`, in UTF-8 or UTF-16), and a prolog that does not end
    /// within `head`, where the check could not see it.
    static func check(_ head: [UInt8], whole: Bool, path: String, format: String, root: String) throws(DiagnosticError)
    {
        let utf8: [UInt8]
        switch (head.first, head.dropFirst().first, head.dropFirst(2).first, head.dropFirst(3).first) {
        case (0x00, 0x00, _, _), (0xFF, 0xFE, 0x00, 0x00), (0x3C, 0x00, 0x00, 0x00):
            throw DiagnosticError(
                code: "\(format).encoding", "\(path) is in UTF-32, which Alih does not read",
                at: SourceLocation(file: path), hint: "save the file as UTF-8")
        case (0xFF, 0xFE, _, _), (0x3C, 0x00, _, _):
            utf8 = Array(String(decoding: littleEndianUnits(head), as: UTF16.self).utf8)
        case (0xFE, 0xFF, _, _), (0x00, 0x3C, _, _):
            utf8 = Array(String(decoding: littleEndianUnits(head).map(\.byteSwapped), as: UTF16.self).utf8)
        default:
            utf8 = head
        }
        let content = utf8.drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF || $0 == 0xFE || $0 == 0xFF }
        if whole, content.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D, 0x00].contains($0) }) {
            throw DiagnosticError(
                code: "\(format).empty", "\(path) is empty: it holds no XML, not even <\(root)>",
                at: SourceLocation(file: path),
                hint: "the copy or export did not complete, or this is the wrong file; export it again")
        }
        try refuseEntities(utf8, path: path, format: format)
        if !whole, rootStart(in: utf8) == nil {
            throw DiagnosticError(
                code: "\(format).prolog-too-long",
                "more than \(headBytes >> 10) KB come before the root element <\(root)>",
                at: SourceLocation(file: path, line: 1),
                hint:
                    "Alih checks the prolog for entity declarations before parsing and will not read past that; remove the long comments or processing instructions before <\(root)>"
            )
        }
    }

    /// Whether libxml2 reads these bytes as UTF-8: no UTF-16 or UTF-32 byte order or pattern at
    /// the start, and no well-formed XML declaration naming an 8-bit encoding libxml2 converts
    /// (one iconv knows). An unknown or malformed encoding name, or a UTF-16 name on 8-bit bytes,
    /// is reported by libxml2 and then ignored: the file is read as UTF-8 and must be checked.
    static func isUTF8(_ head: [UInt8]) -> Bool {
        switch (head.first, head.dropFirst().first) {
        case (0x00, _), (0xFF, 0xFE), (0xFE, 0xFF), (0x3C, 0x00): return false
        default: break
        }
        let start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let declaration = String(decoding: head[start...].prefix(512).prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
        guard let end = encodingDeclarationEnd(Array(declaration.utf8)) else { return true }
        let match = declaration.startIndex..<declaration.utf8.index(declaration.startIndex, offsetBy: end)
        let name = String(declaration[match].dropLast().reversed().prefix { $0 != "\"" && $0 != "'" }.reversed())
        let lowered = name.lowercased()
        if lowered.hasPrefix("utf") || lowered.hasPrefix("ucs") { return true }
        let converter = iconv_open("UTF-8", name)
        guard converter != iconv_t(bitPattern: -1) else { return true }
        iconv_close(converter)
        return false
    }

    /// Whether `bytes` have a `<` followed by `!` (a DOCTYPE, a comment, a CDATA section starts so).
    static func hasMarkupDeclarationOpening(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count >= 2 else { return false }
            for index in 0..<(buffer.count - 1) where buffer[index] == UInt8(ascii: "<") {
                if buffer[index + 1] == UInt8(ascii: "!") { return true }
            }
            return false
        }
    }

    /// An XML declaration that names an encoding, as a regular expression: what
    /// `encodingDeclarationEnd` matches.
    static let encodingDeclarationPattern =
        #"^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*("[^"]*"|'[^']*')[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*("[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*')"#

    /// Where the match of `encodingDeclarationPattern` at the start of `bytes` (valid UTF-8)
    /// ends, after the encoding name's closing quote, as a byte offset; nil when it does not
    /// match. Read byte by byte, as the pattern reads (no part of it can match in two ways):
    /// Foundation's regular expressions cost more the first time than the whole check.
    static func encodingDeclarationEnd(_ bytes: [UInt8]) -> Int? {
        var i = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        func literal(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where bytes[i + k] != text.utf8Start[k] { return false }
            i += count
            return true
        }
        func spaces(atLeast minimum: Int) -> Bool {
            let start = i
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            return i - start >= minimum
        }
        /// A quoted value: anything but its quote, or a name (`[A-Za-z][A-Za-z0-9._-]*`).
        func quoted(name: Bool) -> Bool {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return false }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < bytes.count, bytes[i] != quote {
                if name {
                    let byte = bytes[i]
                    let letter = (byte | 0x20) &- UInt8(ascii: "a") < 26
                    let other =
                        byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
                        || byte == UInt8(ascii: "-")
                    guard letter || (i > start && other) else { return false }
                }
                i += 1
            }
            guard i < bytes.count, !name || i > start else { return false }
            i += 1
            return true
        }
        guard literal("<?xml"), spaces(atLeast: 1), literal("version"), spaces(atLeast: 0), literal("="),
            spaces(atLeast: 0), quoted(name: false), spaces(atLeast: 1), literal("encoding"), spaces(atLeast: 0),
            literal("="), spaces(atLeast: 0), quoted(name: true)
        else { return nil }
        return i
    }

    /// Refuses invalid UTF-8 in a file libxml2 reads as UTF-8, with the offset of the bad byte.
    /// libxml2 reports the bad byte and then carries on as if the file were Latin-1 (with
    /// FoundationXML this crashed the process: found by fuzzing, `<prop\xFF…>`), so every chunk
    /// is checked before the parser sees it.
    static func requireUTF8(
        _ bytes: ArraySlice<UInt8>, offsetBase: Int = 0, lineBase: Int = 1, path: String, format: String
    ) throws(DiagnosticError) {
        guard let bad = TextDecoder.firstInvalidUTF8(bytes) else { return }
        let line = bytes[bytes.startIndex..<bad].reduce(lineBase) { $1 == 0x0A ? $0 + 1 : $0 }
        let value = String(bytes[bad], radix: 16, uppercase: true)
        throw DiagnosticError(
            code: "\(format).invalid-utf8",
            "invalid UTF-8 at byte offset \(bad - bytes.startIndex + offsetBase) (byte 0x\(value.count == 1 ? "0" : "")\(value))",
            at: SourceLocation(file: path, line: line),
            hint:
                "the file is damaged or not UTF-8; export it again, or declare its real encoding in <?xml … encoding=\"…\"?>"
        )
    }

    private static func littleEndianUnits(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
    }

    /// The offset of the root element's `<` in `bytes` (UTF-8), skipping the XML declaration,
    /// processing instructions, comments, a DOCTYPE and white space; nil when the prolog does
    /// not end within `bytes`.
    static func rootStart(in bytes: [UInt8]) -> Int? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.utf8)
            guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
            for index in start...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
                if bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            }
            return nil
        }
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
            case UInt8(ascii: "<"):
                let rest = bytes[i...]
                if rest.starts(with: Array("<?".utf8)) {
                    guard let end = find("?>", from: i + 2) else { return nil }
                    i = end + 2
                } else if rest.starts(with: Array("<!--".utf8)) {
                    guard let end = find("-->", from: i + 4) else { return nil }
                    i = end + 3
                } else if rest.starts(with: Array("<!".utf8)) {
                    // The DOCTYPE: to its closing `>`, past quoted literals and an internal subset.
                    var quote: UInt8?
                    var brackets = 0
                    var j = i + 2
                    scan: while j < bytes.count {
                        let byte = bytes[j]
                        if let open = quote {
                            if byte == open { quote = nil }
                        } else {
                            switch byte {
                            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                            case UInt8(ascii: "["): brackets += 1
                            case UInt8(ascii: "]"): brackets -= 1
                            case UInt8(ascii: ">") where brackets <= 0: break scan
                            default: break
                            }
                        }
                        j += 1
                    }
                    guard j < bytes.count else { return nil }
                    i = j + 1
                } else {
                    return i
                }
            default:
                return i  // not a prolog: the parser will say what is wrong
            }
        }
        return nil
    }

    /// Refuses a DOCTYPE with an internal subset (where entities are declared). XLIFF needs no
    /// DTD; a plain `<!DOCTYPE xliff PUBLIC …>` of old tools is tolerated, never resolved.
    static func refuseEntities(_ head: [UInt8], path: String, format: String) throws(DiagnosticError) {
        // Without the bytes `<!` there is no DOCTYPE, in any case and any normalization (`<` and
        // `!` have no other case and no other form): Foundation's search is not needed.
        guard hasMarkupDeclarationOpening(head) else { return }
        let text = String(decoding: head, as: UTF8.self)
        guard let doctype = text.range(of: "<!DOCTYPE", options: .caseInsensitive) else { return }
        let rest = text[doctype.upperBound...]
        let end = rest.firstIndex(of: ">") ?? rest.endIndex
        let declaration = rest[..<end]
        if declaration.contains("[") || text.range(of: "<!ENTITY", options: .caseInsensitive) != nil {
            let line = text[..<doctype.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            throw DiagnosticError(
                code: "\(format).doctype-entities", "the file declares XML entities in a DOCTYPE; Alih refuses them",
                at: SourceLocation(file: path, line: line),
                hint:
                    "\(format.uppercased()) needs no DTD: entity declarations are how XML bombs and file-reading attacks work; export the file again"
            )
        }
    }
}
