import AlihCore

/// The records of a CSV file (RFC 4180), each with the line it starts on.
///
/// Fields are separated by commas and records by CRLF or LF; a field in double quotes may
/// hold commas, line breaks and doubled quotes (`""` for one `"`). A UTF-8 byte-order mark
/// at the start is skipped. Line breaks inside quoted fields come out as LF whatever the file
/// used, so a CRLF file and an LF file read the same. A quote inside an unquoted field is kept
/// as a character (`5" screen`), as spreadsheets do.
///
/// Broken quoting is refused with the line and column (`glossary.csv-quoting`): a quoted
/// field that never ends, or text after the closing quote (`"abc"x`). A blank line is a
/// record with one empty field; callers that do not want them skip them.
package struct CSVTable: Sendable, Equatable {
    /// One record: its fields and the 1-based line it starts on.
    package struct Row: Sendable, Equatable {
        package var line: Int
        package var fields: [String]

        package init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    package var rows: [Row]

    /// Parses `text`; `file` is the name shown in messages.
    package init(parsing text: String, file: String? = nil) throws(DiagnosticError) {
        rows = try Self.parse(Array(text.utf8), file: file)
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"),
        cr = UInt8(ascii: "\r")

    private static func parse(_ bytes: [UInt8], file: String?) throws(DiagnosticError) -> [Row] {
        var rows: [Row] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = bytes.count
        var line = 1
        var lineStart = i
        var fields: [String] = []
        var field: [UInt8] = []
        var rowLine = 1
        var atRowStart = true
        var inField = false  // something of the current field was read: a quote is no longer special

        func column(_ position: Int) -> Int {
            String(decoding: bytes[lineStart..<position], as: UTF8.self).count + 1
        }

        while i < end {
            if atRowStart {
                rowLine = line
                atRowStart = false
            }
            if bytes[i] == quote, !inField {
                // A quoted field: up to the closing quote, `""` is one quote.
                let openLine = line
                let openColumn = column(i)
                i += 1
                var closed = false
                while i < end {
                    let byte = bytes[i]
                    if byte == quote {
                        if i + 1 < end, bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if byte == cr, i + 1 < end, bytes[i + 1] == lf {
                        i += 1
                        continue
                    }
                    if byte == lf {
                        line += 1
                        lineStart = i + 1
                    }
                    field.append(byte)
                    i += 1
                }
                guard closed else {
                    throw DiagnosticError(
                        code: "glossary.csv-quoting",
                        "the quoted field that starts at line \(openLine), column \(openColumn) never ends",
                        at: SourceLocation(file: file, line: openLine, column: openColumn),
                        hint:
                            "close the field with a double quote; a quote inside a quoted field is written twice (\"\")"
                    )
                }
                if i < end, bytes[i] != comma, bytes[i] != lf, !(bytes[i] == cr && i + 1 < end && bytes[i + 1] == lf) {
                    throw DiagnosticError(
                        code: "glossary.csv-quoting",
                        "text after the closing quote of a field (a field is either all in quotes or not quoted)",
                        at: SourceLocation(file: file, line: line, column: column(i)),
                        hint: "put the whole field in quotes and double the quotes inside it: \"say \"\"hi\"\" here\"")
                }
                inField = true
                continue
            }
            let byte = bytes[i]
            if byte == comma {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                inField = false
                i += 1
                continue
            }
            if byte == lf || (byte == cr && i + 1 < end && bytes[i + 1] == lf) {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                rows.append(Row(line: rowLine, fields: fields))
                fields.removeAll(keepingCapacity: true)
                inField = false
                i += byte == cr ? 2 : 1
                line += 1
                lineStart = i
                atRowStart = true
                continue
            }
            // An unquoted run: copy up to the next separator in one go.
            var j = i
            while j < end, bytes[j] != comma, bytes[j] != lf, bytes[j] != cr { j += 1 }
            if j == i { j += 1 }  // a lone CR is data
            field.append(contentsOf: bytes[i..<j])
            inField = true
            i = j
        }
        if !atRowStart {
            fields.append(String(decoding: field, as: UTF8.self))
            rows.append(Row(line: rowLine, fields: fields))
        }
        return rows
    }

    /// `rows` as CSV text: fields quoted only when they hold a comma, a quote or a line
    /// break; every record ends with LF.
    package static func format(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            for (index, field) in row.enumerated() {
                if index > 0 { out += "," }
                out += escape(field)
            }
            out += "\n"
        }
        return out
    }

    /// One field, in quotes (with `"` doubled) when it needs them.
    package static func escape(_ field: String) -> String {
        let needsQuotes = field.utf8.contains { $0 == comma || $0 == quote || $0 == lf || $0 == cr }
        guard needsQuotes else { return field }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(field.utf8.count + 8)
        for byte in field.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }
}
