import AlihCore

/// A page's bytes as UTF-8, their encoding found as browsers find it.
///
/// In order: a byte-order mark (UTF-8, UTF-16LE/BE); a `<meta charset>` or `<meta
/// http-equiv="Content-Type" content="…; charset=…">` in the first 1,024 bytes (the HTML
/// standard's prescan, simplified: tags inside comments are skipped); else a sniff — valid UTF-8
/// is UTF-8, anything else Windows-1252 (what browsers assume for Western pages that declare
/// nothing). `iso-8859-1`, `us-ascii` and `latin1` are Windows-1252, as the standard says.
/// Bytes that are not UTF-8 in a page that says UTF-8 become U+FFFD with a warning, as browsers
/// show them. Other declared encodings are refused with a hint to convert the page.
package struct HTMLCharset: Sendable {
    /// The encoding found and how.
    package var encoding: String
    package var source: Source
    /// What the reader should know (a repair, a guess).
    package var diagnostics: [Diagnostic] = []

    package enum Source: String, Sendable {
        case byteOrderMark = "byte-order mark"
        case meta = "<meta> charset"
        case sniffed = "sniffed"
    }

    /// Decodes `bytes` read from `name` into UTF-8 (without a byte-order mark).
    package static func utf8(_ bytes: [UInt8], name: String) throws(DiagnosticError) -> ([UInt8], HTMLCharset) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return repaired(
                Array(bytes[3...]), name: name, charset: HTMLCharset(encoding: "utf-8", source: .byteOrderMark))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(
                    little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
                )
                i += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return (
                Array(text.utf8), HTMLCharset(encoding: little ? "utf-16le" : "utf-16be", source: .byteOrderMark)
            )
        }
        if let declared = declaredCharset(bytes) {
            switch declared.lowercased() {
            case "utf-8", "utf8", "unicode-1-1-utf-8":
                return repaired(bytes, name: name, charset: HTMLCharset(encoding: "utf-8", source: .meta))
            case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii",
                "x-cp1252":
                return (Windows1252.utf8(bytes), HTMLCharset(encoding: "windows-1252", source: .meta))
            default:
                throw DiagnosticError(
                    code: "input.charset", "the page declares the encoding '\(declared)', which Alih does not read",
                    at: SourceLocation(file: name),
                    hint: "convert it to UTF-8 first, e.g. iconv -f \(declared) -t UTF-8 \(name)")
            }
        }
        if TextDecoder.firstInvalidUTF8(bytes[...]) == nil {
            return (bytes, HTMLCharset(encoding: "utf-8", source: .sniffed))
        }
        var charset = HTMLCharset(encoding: "windows-1252", source: .sniffed)
        charset.diagnostics.append(
            Diagnostic(
                .warning, code: "input.charset",
                "the page declares no encoding and is not UTF-8: read as Windows-1252, as browsers do",
                at: SourceLocation(file: name),
                hint: "if its letters come out wrong, convert it to UTF-8 (iconv) or add <meta charset> to it"))
        return (Windows1252.utf8(bytes), charset)
    }

    /// `bytes` as UTF-8, invalid sequences replaced by U+FFFD and reported with the first one's line.
    private static func repaired(_ bytes: [UInt8], name: String, charset: HTMLCharset) -> ([UInt8], HTMLCharset) {
        guard let firstBad = TextDecoder.firstInvalidUTF8(bytes[...]) else { return (bytes, charset) }
        var charset = charset
        let line = 1 + bytes[..<firstBad].count { $0 == UInt8(ascii: "\n") }
        charset.diagnostics.append(
            Diagnostic(
                .warning, code: "input.charset",
                "the page says it is UTF-8 but has bytes that are not: shown as U+FFFD, as browsers do",
                at: SourceLocation(file: name, line: line),
                hint: "find the page's real encoding and convert it to UTF-8 (iconv)"))
        return (Array(String(decoding: bytes, as: UTF8.self).utf8), charset)
    }

    /// The charset a `<meta>` in the first 1,024 bytes declares, if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        var rest = head[...]
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            guard rest.hasPrefix("meta"), let close = rest.firstIndex(of: ">") else { continue }
            let tag = rest[..<close]
            rest = rest[close...]
            if let value = attributeValue("charset", in: tag), !value.isEmpty { return value }
            if let equiv = attributeValue("http-equiv", in: tag), equiv == "content-type",
                let content = attributeValue("content", in: tag), let at = content.range(of: "charset=")
            {
                let value = content[at.upperBound...].trimmingPrefix { $0 == " " || $0 == "\"" || $0 == "'" }
                let charset = value.prefix { !" ;\"'".contains($0) }
                if !charset.isEmpty { return String(charset) }
            }
        }
        return nil
    }

    /// The value of attribute `name` in a lowercased tag's text (`meta charset="utf-8"`),
    /// quoted or not; attributes are read in order, so text inside another's value never counts.
    private static func attributeValue(_ name: String, in tag: Substring) -> String? {
        var rest = tag.drop { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "/" }
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "/" || $0 == "\r" }
            guard !rest.isEmpty else { return nil }
            let attribute = rest.prefix { !" \t\n\r/=".contains($0) }
            rest = rest[attribute.endIndex...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            var value: Substring = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    value = rest.dropFirst().prefix { $0 != quote }
                    rest = rest.dropFirst(value.count + 2)
                } else {
                    value = rest.prefix { !" \t\n\r>".contains($0) }
                    rest = rest[value.endIndex...]
                }
            }
            if attribute == name { return String(value) }
            if attribute.isEmpty { rest = rest.dropFirst() }
        }
    }
}
