import AlihCore
import Foundation

/// The storage formats of a glossary, told apart by the file's extension.
public enum GlossaryFileFormat: String, Sendable, Equatable, CaseIterable {
    /// OmegaT's tab-separated glossary plus Alih's optional columns (`.tsv`, `.txt`, `.tab`, `.utf8`).
    case tsv
    /// Comma-separated with a header row (`.csv`).
    case csv
    /// TBX v3 TBX-Basic, DCA style (`.tbx`, `.xml`); legacy TBX v2 `<martif>` files are read too.
    case tbx

    /// The format of `path` from its extension (letter case ignored); unknown extensions are
    /// refused (`glossary.format`) rather than guessed.
    public init(path: String) throws(DiagnosticError) {
        let name = path.fileName
        let dot = name.lastIndex(of: ".")
        let ext = dot.map { name[name.index(after: $0)...].lowercased() } ?? ""
        switch ext {
        case "tsv", "txt", "tab", "utf8": self = .tsv
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        default:
            throw DiagnosticError(
                code: "glossary.format",
                ext.isEmpty
                    ? "cannot tell the glossary format of \(path): it has no extension"
                    : "cannot tell the glossary format of \(path) from its extension '.\(ext)'",
                at: SourceLocation(file: path),
                hint: "name the file .csv, .tsv (OmegaT also reads .txt, .tab, .utf8) or .tbx (or .xml)")
        }
    }
}

/// A glossary as a reader found it: the glossary, warnings about the file, and where each
/// translation was written.
///
/// `Glossary` keeps only where each entry starts (`definedAt`); checks that point at the
/// row of one translation (a duplicate, a forbidden one that is also allowed) need the
/// locations kept here.
public struct GlossaryReading: Sendable, Equatable {
    public var glossary: Glossary
    /// Warnings found while reading (unknown columns, ignored languages), and the rows that
    /// could not be read when the reader was asked for them all (`GlossaryFile.read(…allRows:)`);
    /// otherwise errors are thrown.
    public var diagnostics: [Diagnostic]
    /// `translationLocations[i][j]`: where `glossary.entries[i].translations[j]` was written.
    package var translationLocations: [[SourceLocation]]

    package init(glossary: Glossary, diagnostics: [Diagnostic] = [], translationLocations: [[SourceLocation]] = []) {
        self.glossary = glossary
        self.diagnostics = diagnostics
        self.translationLocations = translationLocations
    }

    /// Where translation `translation` of entry `entry` was written; the entry's own location
    /// when the reader kept none (a glossary built in code).
    package func location(entry: Int, translation: Int) -> SourceLocation? {
        if entry < translationLocations.count, translation < translationLocations[entry].count {
            return translationLocations[entry][translation]
        }
        return glossary.entries.indices.contains(entry) ? glossary.entries[entry].definedAt : nil
    }
}

/// Reading and writing glossary files in any of Alih's formats.
///
/// Files are UTF-8 (a byte-order mark is allowed); anything else is refused with the byte
/// offset of the first bad byte. Writing is atomic (see `AtomicFile`).
public enum GlossaryFile {
    /// The glossary in `path` and warnings about it. The format is the file's extension's
    /// unless `format` is given. `sourceLanguage` and `targetLanguage` set the languages of CSV
    /// and TSV files (default: what a TSV's `# languages:` line says, else `id` → `en`) and pick
    /// the languages out of a multilingual TBX file.
    public static func read(
        path: String, format: GlossaryFileFormat? = nil, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(DiagnosticError) -> GlossaryReading {
        try read(
            path: path, format: format, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, allRows: false)
    }

    /// `read`; with `allRows`, rows that cannot be read are errors in the reading's
    /// diagnostics, each row left out (for `alih glossary check`: every one is found at once),
    /// instead of the first being thrown.
    package static func read(
        path: String, format: GlossaryFileFormat? = nil, sourceLanguage: String? = nil, targetLanguage: String? = nil,
        allRows: Bool
    ) throws(DiagnosticError) -> GlossaryReading {
        let format = if let format { format } else { try GlossaryFileFormat(path: path) }
        let bytes = try contents(of: path)
        let reading = try decode(
            bytes, path: path, format: format, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        if !allRows { try requireEveryRow(of: reading, path: path) }
        return reading
    }

    /// Throws the first row of `reading` that could not be read, saying how many more there
    /// are, when there is one.
    package static func requireEveryRow(of reading: GlossaryReading, path: String) throws(DiagnosticError) {
        let rowErrors = reading.diagnostics.filter { $0.severity == .error }
        guard var first = rowErrors.first else { return }
        if rowErrors.count > 1 {
            first.message +=
                " (and \(rowErrors.count - 1) more rows that cannot be read: alih glossary check \(path) lists them)"
        }
        throw DiagnosticError(first)
    }

    /// Reads a glossary from bytes; `path` is the name used in messages. Rows that cannot be
    /// read are errors among the reading's diagnostics (`read` throws the first).
    package static func decode(
        _ bytes: [UInt8], path: String, format: GlossaryFileFormat,
        sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(DiagnosticError) -> GlossaryReading {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DiagnosticError(
                code: "glossary.encoding", "\(path) is UTF-16; glossaries are read as UTF-8",
                at: SourceLocation(file: path),
                hint: "convert it: iconv -f UTF-16 -t UTF-8 \(path) > converted.\(format.rawValue)")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let body = bytes[start...]
        try TextDecoder.requireUTF8(
            body, name: path, code: "glossary.invalid-utf8", offsetBase: start,
            hint: "save the glossary as UTF-8; from Windows-1252: iconv -f WINDOWS-1252 -t UTF-8 \(path)")
        switch format {
        case .csv:
            return try GlossaryCSVFormat.read(
                String(decoding: body, as: UTF8.self), path: path,
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        case .tsv:
            return try GlossaryTSVFormat.read(
                String(decoding: body, as: UTF8.self), path: path,
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        case .tbx:
            return try GlossaryTBXFormat.read(
                Array(body), path: path,
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }
    }

    /// Writes `glossary` to `path` atomically, in `format` or the one its extension names.
    public static func write(_ glossary: Glossary, to path: String, format: GlossaryFileFormat? = nil)
        throws(DiagnosticError)
    {
        let format = if let format { format } else { try GlossaryFileFormat(path: path) }
        let text = try encode(glossary, format: format)
        try AtomicFile.write(text.utf8, to: path)
    }

    /// `glossary` as the text of a file in `format`.
    package static func encode(_ glossary: Glossary, format: GlossaryFileFormat) throws(DiagnosticError) -> String {
        switch format {
        case .csv: GlossaryCSVFormat.write(glossary)
        case .tsv: try GlossaryTSVFormat.write(glossary)
        case .tbx: try GlossaryTBXFormat.write(glossary)
        }
    }

    /// The bytes of `path`, with errors that say what is wrong with the path.
    package static func contents(of path: String) throws(DiagnosticError) -> [UInt8] {
        try InputFile.contents(
            of: path, noun: "glossary file", codePrefix: "glossary",
            missingHint: "check the path (shipped glossaries are in Glossaries/)",
            directoryHint: "name one .csv, .tsv or .tbx file")
    }
}

// MARK: - Shared by the tabular formats (CSV and TSV)

/// One row of a CSV or TSV glossary: one translation of one source term. Cells left empty
/// are nil, so that a later row of the same term can leave them out.
struct GlossaryRow: Sendable, Equatable {
    var line: Int
    var source: String
    var target: String
    var status: TermStatus = .preferred
    var note: String = ""
    var partOfSpeech: String?
    var caseSensitive: Bool?
    var doNotTranslate: Bool?
    var domain: String?

    /// The rows that write `glossary`: one per translation, entries in order. An entry without
    /// translations gets one row with an empty target, so that it is not lost.
    static func rows(of glossary: Glossary) -> [GlossaryRow] {
        var rows: [GlossaryRow] = []
        for entry in glossary.entries {
            let translations = entry.translations.isEmpty ? [GlossaryTranslation("")] : entry.translations
            for translation in translations {
                rows.append(
                    GlossaryRow(
                        line: 0, source: entry.source, target: translation.text, status: translation.status,
                        note: translation.note, partOfSpeech: entry.partOfSpeech, caseSensitive: entry.caseSensitive,
                        doNotTranslate: entry.doNotTranslate, domain: entry.domain))
            }
        }
        return rows
    }
}

/// Turns rows into entries: rows with the same source (exactly the same text) become one
/// entry whose translations are in row order.
///
/// Part of speech and domain come from the first row that gives them. `case_sensitive` and
/// `dnt` come from the first row that gives them (default no); a later row that says
/// otherwise is an error (`glossary.conflict`) naming both lines. Entry ids are `e1`, `e2`, …
/// in order of first appearance.
struct GlossaryRowMerger {
    let path: String
    private(set) var entries: [GlossaryEntry] = []
    private(set) var locations: [[SourceLocation]] = []
    private var index: [String: Int] = [:]
    /// Per entry, the line that set `case_sensitive` / `dnt` explicitly.
    private var caseSensitiveLine: [Int?] = []
    private var doNotTranslateLine: [Int?] = []

    init(path: String) { self.path = path }

    mutating func add(_ row: GlossaryRow) throws(DiagnosticError) {
        let location = SourceLocation(file: path, line: row.line)
        let translation = GlossaryTranslation(row.target, status: row.status, note: row.note)
        guard let i = index[row.source] else {
            index[row.source] = entries.count
            entries.append(
                GlossaryEntry(
                    id: "e\(entries.count + 1)", source: row.source, translations: [translation],
                    partOfSpeech: row.partOfSpeech, caseSensitive: row.caseSensitive ?? false,
                    doNotTranslate: row.doNotTranslate ?? false, domain: row.domain, definedAt: location))
            locations.append([location])
            caseSensitiveLine.append(row.caseSensitive == nil ? nil : row.line)
            doNotTranslateLine.append(row.doNotTranslate == nil ? nil : row.line)
            return
        }
        if let value = row.caseSensitive {
            if let first = caseSensitiveLine[i] {
                guard value == entries[i].caseSensitive else {
                    throw conflict(row, column: "case_sensitive", value: value, firstLine: first)
                }
            } else {
                entries[i].caseSensitive = value
                caseSensitiveLine[i] = row.line
            }
        }
        if let value = row.doNotTranslate {
            if let first = doNotTranslateLine[i] {
                guard value == entries[i].doNotTranslate else {
                    throw conflict(row, column: "dnt", value: value, firstLine: first)
                }
            } else {
                entries[i].doNotTranslate = value
                doNotTranslateLine[i] = row.line
            }
        }
        if entries[i].partOfSpeech == nil { entries[i].partOfSpeech = row.partOfSpeech }
        if entries[i].domain == nil { entries[i].domain = row.domain }
        entries[i].translations.append(translation)
        locations[i].append(location)
    }

    private func conflict(_ row: GlossaryRow, column: String, value: Bool, firstLine: Int) -> DiagnosticError {
        DiagnosticError(
            code: "glossary.conflict",
            "line \(row.line) says \(column) \(value ? "yes" : "no") for '\(row.source)', but line \(firstLine) says \(value ? "no" : "yes")",
            at: SourceLocation(file: path, line: row.line),
            hint: "rows of one source term share \(column); make lines \(firstLine) and \(row.line) agree")
    }
}

/// Reading the enumerated cells of CSV and TSV glossaries.
enum GlossaryCell {
    /// `preferred`, `admitted`, `forbidden` or the TBX words (`preferredTerm`, `admittedTerm`,
    /// `deprecatedTerm`, `supersededTerm`, with or without `-admn-sts`); empty is preferred.
    static func status(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> TermStatus {
        // The values as the writers write them, without trimming and lowercasing.
        switch text {
        case "", "preferred": return .preferred
        case "admitted": return .admitted
        case "forbidden": return .forbidden
        default: break
        }
        var word = trimmed(text).lowercased()
        if word.hasSuffix("-admn-sts") { word.removeLast("-admn-sts".count) }
        switch word {
        case "", "preferred", "preferredterm": return .preferred
        case "admitted", "admittedterm": return .admitted
        case "forbidden", "deprecatedterm", "supersededterm": return .forbidden
        default:
            throw DiagnosticError(
                code: "glossary.value", "status '\(text)' is not preferred, admitted or forbidden", at: location,
                hint: "TBX's preferredTerm, admittedTerm, deprecatedTerm and supersededTerm are accepted too")
        }
    }

    /// `yes`/`no`, `true`/`false`, `1`/`0` (letter case ignored); nil when empty.
    static func bool(_ text: String, column: String, at location: SourceLocation) throws(DiagnosticError) -> Bool? {
        // The values as the writers write them, without trimming and lowercasing.
        switch text {
        case "": return nil
        case "yes": return true
        case "no": return false
        default: break
        }
        switch trimmed(text).lowercased() {
        case "": return nil
        case "yes", "true", "1": return true
        case "no", "false", "0": return false
        default:
            throw DiagnosticError(
                code: "glossary.value", "\(column) '\(text)' is not yes or no", at: location,
                hint: "write yes or no (true/false and 1/0 are accepted too)")
        }
    }

    /// A free-text attribute (part of speech, domain): trimmed, nil when empty.
    static func optional(_ text: String) -> String? {
        let value = trimmed(text)
        return value.isEmpty ? nil : value
    }

    static func trimmed(_ text: String) -> String {
        // ASCII ends that are not white space (tab to carriage return, space): nothing to trim.
        func isKept(_ byte: UInt8?) -> Bool {
            byte.map { $0 < 0x80 && !(0x09...0x0D).contains($0) && $0 != 0x20 } ?? false
        }
        if isKept(text.utf8.first) && isKept(text.utf8.last) { return text }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        return String(scalars[start..<end])
    }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
