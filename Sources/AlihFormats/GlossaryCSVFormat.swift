import AlihCore

/// Glossaries as CSV: a header row, then one row per translation.
///
/// Columns (names in any letter case, `-` and `_` alike, in any order):
///
/// | column | value |
/// | --- | --- |
/// | `source` | the source term (required) |
/// | `target` | one translation (required) |
/// | `status` | `preferred` (default), `admitted` or `forbidden`; TBX's `preferredTerm`, `admittedTerm`, `deprecatedTerm`, `supersededTerm` too |
/// | `note` or `comment` | a note on this translation |
/// | `pos` | part of speech |
/// | `case_sensitive` | `yes`/`no` (also `true`/`false`, `1`/`0`) |
/// | `dnt` | do not translate: `yes`/`no` |
/// | `domain` | subject field |
///
/// Unknown columns are ignored with a warning (`glossary.unknown-column`). Rows with the same
/// source become one entry (see `GlossaryRowMerger`); blank rows are skipped. Cells are read
/// as written, spaces included, except the enumerated ones and `pos`/`domain`, which are
/// trimmed. Empty sources and targets are kept so that `GlossaryChecker` can point at them.
package enum GlossaryCSVFormat {
    /// The header the writer uses.
    package static let columns = ["source", "target", "status", "pos", "case_sensitive", "dnt", "domain", "note"]

    private enum Column: String {
        case source, target, status, note, pos
        case caseSensitive = "case_sensitive"
        case dnt, domain
    }

    /// Reads a CSV glossary; `path` is the name used in messages. The languages are the ones
    /// given (CSV files do not name them), `id` → `en` by default.
    package static func read(
        _ text: String, path: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(DiagnosticError) -> GlossaryReading {
        let table = try CSVTable(parsing: text, file: path)
        var rows = table.rows.filter { !$0.fields.allSatisfy(\.isEmpty) }[...]
        var glossary = Glossary(
            name: path, sourceLanguage: sourceLanguage ?? "id", targetLanguage: targetLanguage ?? "en")
        guard let header = rows.popFirst() else {
            throw DiagnosticError(
                code: "glossary.header", "the CSV glossary is empty", at: SourceLocation(file: path),
                hint: "start it with the header row: \(columns.joined(separator: ","))")
        }
        var warnings: [Diagnostic] = []
        var positions: [Column: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let key = String(GlossaryCell.trimmed(name).lowercased().map { $0 == "-" ? "_" : $0 })
            let column: Column? = key == "comment" ? .note : Column(rawValue: key)
            guard let column else {
                warnings.append(
                    Diagnostic(
                        .warning, code: "glossary.unknown-column", "unknown column '\(name)' is ignored",
                        at: SourceLocation(file: path, line: header.line),
                        hint: "known columns: \(columns.joined(separator: ", ")) (comment is the same as note)"))
                continue
            }
            if positions[column] != nil {
                throw DiagnosticError(
                    code: "glossary.header", "two columns mean \(column.rawValue) (the second is '\(name)')",
                    at: SourceLocation(file: path, line: header.line), hint: "keep one of them")
            }
            positions[column] = index
        }
        for required in [Column.source, .target] where positions[required] == nil {
            throw DiagnosticError(
                code: "glossary.header", "the header has no '\(required.rawValue)' column",
                at: SourceLocation(file: path, line: header.line),
                hint: "the first row names the columns, e.g. \(columns.joined(separator: ","))")
        }

        var merger = GlossaryRowMerger(path: path)
        for row in rows {
            let location = SourceLocation(file: path, line: row.line)
            if row.fields.count > header.fields.count,
                row.fields[header.fields.count...].contains(where: { !$0.isEmpty })
            {
                throw DiagnosticError(
                    code: "glossary.row",
                    "line \(row.line) has \(row.fields.count) fields but the header names \(header.fields.count) columns",
                    at: location, hint: "put a field that contains a comma in double quotes")
            }
            func cell(_ column: Column) -> String {
                guard let index = positions[column], index < row.fields.count else { return "" }
                return row.fields[index]
            }
            try merger.add(
                GlossaryRow(
                    line: row.line, source: cell(.source), target: cell(.target),
                    status: try GlossaryCell.status(cell(.status), at: location),
                    note: cell(.note), partOfSpeech: GlossaryCell.optional(cell(.pos)),
                    caseSensitive: try GlossaryCell.bool(cell(.caseSensitive), column: "case_sensitive", at: location),
                    doNotTranslate: try GlossaryCell.bool(cell(.dnt), column: "dnt", at: location),
                    domain: GlossaryCell.optional(cell(.domain))))
        }
        glossary.entries = merger.entries
        return GlossaryReading(glossary: glossary, diagnostics: warnings, translationLocations: merger.locations)
    }

    /// `glossary` as CSV: the header `source,target,status,pos,case_sensitive,dnt,domain,note`
    /// and one row per translation, quoted only where needed, LF line ends.
    package static func write(_ glossary: Glossary) -> String {
        var table = [columns]
        for row in GlossaryRow.rows(of: glossary) {
            table.append([
                row.source, row.target, row.status.rawValue, row.partOfSpeech ?? "",
                GlossaryCell.yesNo(row.caseSensitive ?? false), GlossaryCell.yesNo(row.doNotTranslate ?? false),
                row.domain ?? "", row.note,
            ])
        }
        return CSVTable.format(table)
    }
}
