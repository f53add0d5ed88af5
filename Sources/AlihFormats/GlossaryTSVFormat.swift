import AlihCore

/// Glossaries in OmegaT's tab-separated format, with Alih's extra columns.
///
/// OmegaT 3.6 reads `source<TAB>target<TAB>comment`, skips lines that start with `#`, needs
/// at least two columns and ignores columns after the third; it picks up glossary files
/// named `*.txt`, `*.tab` or `*.utf8`. Alih adds optional columns 4 to 8, which OmegaT
/// ignores:
///
///     source  target  comment  status  pos  case_sensitive  dnt  domain
///
/// Because OmegaT shows only the comment, the writer starts the comment of a forbidden row
/// with `[forbidden] ` and of a (not forbidden) row of a do-not-translate entry with
/// `[do not translate] `, followed by the note; the reader removes exactly that prefix when
/// the status and dnt columns say the same, so writing and reading back gives the same
/// glossary. The writer's first lines are `#` comments naming the columns and the languages
/// (`# languages: id → en`), which the reader takes when the caller names none.
///
/// The reader skips blank lines and `#` lines and tolerates CRLF; a row with fewer than two
/// columns or an empty source or target is an error (`glossary.row`). The format has no
/// quoting: the writer refuses text with tabs or line breaks, and a source that starts with
/// `#` (OmegaT would skip the row).
package enum GlossaryTSVFormat {
    /// The comment prefix of a forbidden translation.
    package static let forbiddenPrefix = "[forbidden]"
    /// The comment prefix of a translation of a do-not-translate entry.
    package static let doNotTranslatePrefix = "[do not translate]"

    /// Reads a TSV glossary; `path` is the name used in messages.
    package static func read(
        _ text: String, path: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(DiagnosticError) -> GlossaryReading {
        var languages: (String, String)?
        var merger = GlossaryRowMerger(path: path)
        // The lines are cut from an array of the text's bytes: slices of a String's UTF-8 view
        // would make every cell a String byte by byte.
        let bytes = Array(text.utf8)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = -1
        var columns: [String] = []
        columns.reserveCapacity(8)
        var rowErrors: [Diagnostic] = []
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            number += 1
            var lineBytes = bytes[start..<end]
            if lineBytes.last == 0x0D { lineBytes = lineBytes.dropLast() }
            let location = SourceLocation(file: path, line: number + 1)
            if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if lineBytes.first == UInt8(ascii: "#") {
                if languages == nil { languages = languageLine(String(decoding: lineBytes, as: UTF8.self)) }
                continue
            }
            // A tab is a control character, always a grapheme of its own: splitting the bytes at
            // 0x09 splits the Characters at "\t". The array is reused from row to row.
            columns.removeAll(keepingCapacity: true)
            var cellStart = lineBytes.startIndex
            while true {
                let cellEnd = lineBytes[cellStart...].firstIndex(of: 0x09) ?? lineBytes.endIndex
                columns.append(String(decoding: lineBytes[cellStart..<cellEnd], as: UTF8.self))
                guard cellEnd < lineBytes.endIndex else { break }
                cellStart = cellEnd + 1
            }
            // A row that cannot be read is reported and left out; the reading goes on, so that
            // every such row is found at once (`GlossaryFile.decode` throws the first unless the
            // reader asked for them all).
            do throws(DiagnosticError) {
                guard columns.count >= 2 else {
                    throw DiagnosticError(
                        code: "glossary.row", "line \(number + 1) has no tab: a row needs a source and a target",
                        at: location,
                        hint: "separate source, target and comment with tabs (not spaces)")
                }
                guard !columns[0].isEmpty, !columns[1].isEmpty else {
                    throw DiagnosticError(
                        code: "glossary.row",
                        "line \(number + 1) has an empty \(columns[0].isEmpty ? "source" : "target")",
                        at: location, hint: "fill it in or delete the row")
                }
                func column(_ index: Int) -> String { index < columns.count ? columns[index] : "" }
                let status = try GlossaryCell.status(column(3), at: location)
                let doNotTranslate = try GlossaryCell.bool(column(6), column: "dnt (column 7)", at: location)
                let caseSensitive = try GlossaryCell.bool(column(5), column: "case_sensitive (column 6)", at: location)
                var note = column(2)
                if status == .forbidden {
                    note = strip(forbiddenPrefix, from: note)
                } else if doNotTranslate == true {
                    note = strip(doNotTranslatePrefix, from: note)
                }
                try merger.add(
                    GlossaryRow(
                        line: number + 1, source: columns[0], target: columns[1], status: status, note: note,
                        partOfSpeech: GlossaryCell.optional(column(4)), caseSensitive: caseSensitive,
                        doNotTranslate: doNotTranslate, domain: GlossaryCell.optional(column(7))))
            } catch {
                rowErrors.append(error.diagnostic)
            }
        }
        let glossary = Glossary(
            name: path, sourceLanguage: sourceLanguage ?? languages?.0 ?? "id",
            targetLanguage: targetLanguage ?? languages?.1 ?? "en", entries: merger.entries)
        return GlossaryReading(glossary: glossary, diagnostics: rowErrors, translationLocations: merger.locations)
    }

    /// `glossary` as TSV: `#` lines naming the columns and languages, then one row per
    /// translation with all eight columns, LF line ends.
    package static func write(_ glossary: Glossary) throws(DiagnosticError) -> String {
        var out = """
            # Alih glossary, OmegaT tab-separated (OmegaT reads the first three columns)
            # columns: source\ttarget\tcomment\tstatus\tpos\tcase_sensitive\tdnt\tdomain
            # languages: \(glossary.sourceLanguage) → \(glossary.targetLanguage)

            """
        for row in GlossaryRow.rows(of: glossary) {
            var comment: [String] = []
            if row.status == .forbidden {
                comment.append(forbiddenPrefix)
            } else if row.doNotTranslate == true {
                comment.append(doNotTranslatePrefix)
            }
            if !row.note.isEmpty { comment.append(row.note) }
            let cells = [
                row.source, row.target, comment.joined(separator: " "), row.status.rawValue, row.partOfSpeech ?? "",
                GlossaryCell.yesNo(row.caseSensitive ?? false), GlossaryCell.yesNo(row.doNotTranslate ?? false),
                row.domain ?? "",
            ]
            for (index, cell) in cells.enumerated()
            where cell.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                throw DiagnosticError(
                    code: "glossary.tsv-unwritable",
                    "the \(["source", "target", "note", "status", "pos", "case_sensitive", "dnt", "domain"][index]) of '\(row.source)' → '\(row.target)' contains a tab or line break, which TSV cannot hold",
                    at: glossary.entries.first { $0.source == row.source }?.definedAt,
                    hint: "replace it with a space, or write CSV or TBX instead")
            }
            let startsWithHash = row.source.utf8.first == UInt8(ascii: "#")
            if startsWithHash || row.source.isEmpty || row.target.isEmpty {
                throw DiagnosticError(
                    code: "glossary.tsv-unwritable",
                    startsWithHash
                        ? "the source '\(row.source)' starts with #, which TSV readers take for a comment line"
                        : "'\(row.source)' → '\(row.target)' has an empty \(row.source.isEmpty ? "source" : "target"), which TSV cannot hold",
                    at: glossary.entries.first { $0.source == row.source }?.definedAt,
                    hint: "fix the entry (alih glossary check lists such problems), or write CSV or TBX instead")
            }
            out += cells.joined(separator: "\t")
            out += "\n"
        }
        return out
    }

    /// `note` without `prefix` and the space after it (the whole note when it is only the prefix).
    private static func strip(_ prefix: String, from note: String) -> String {
        if note == prefix { return "" }
        let withSpace = prefix + " "
        guard note.utf8.starts(with: withSpace.utf8) else { return note }
        return String(decoding: note.utf8.dropFirst(withSpace.utf8.count), as: UTF8.self)
    }

    /// The languages of a `# languages: id → en` line (`->` works too).
    private static func languageLine(_ line: String) -> (String, String)? {
        let body = GlossaryCell.trimmed(String(line.dropFirst()))
        guard body.lowercased().hasPrefix("languages:") else { return nil }
        let rest = body.dropFirst("languages:".count)
        let parts = rest.split(separator: "→").count == 2 ? rest.split(separator: "→") : rest.split(separator: "->")
        guard parts.count == 2 else { return nil }
        let source = GlossaryCell.trimmed(String(parts[0]))
        let target = GlossaryCell.trimmed(String(parts[1]))
        guard LanguageTag.isWellFormed(source), LanguageTag.isWellFormed(target) else { return nil }
        return (source, target)
    }
}
