import AlihCore
import Foundation

/// Translation memories as TMX 1.4b, the exchange format every CAT tool reads and writes.
///
/// **Writing.** One `<tu>` per pair, valid against `tmx14.dtd`:
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <tmx version="1.4">
///       <header creationtool="Alih" creationtoolversion="…" segtype="sentence" o-tmf="Alih"
///               adminlang="en" srclang="id" datatype="plaintext"/>
///       <body>
///         <tu creationdate="20240510T101010Z" changedate="20240510T101010Z" usagecount="1">
///           <prop type="x-alih-document">berita.txt</prop>       document, when known
///           <prop type="x-alih-segment">b3-s1</prop>             segmentID, when known
///           <prop type="x-alih-origin">OmegaT</prop>             origin, when known
///           <tuv xml:lang="id"><seg>…</seg></tuv>
///           <tuv xml:lang="en"><seg>…</seg></tuv>
///         </tu>
///       </body>
///     </tmx>
///
/// Dates are UTC, to the second (fractions are cut). A pair whose source language the header's
/// `srclang` would not pick out gets its own `srclang` on the `<tu>`. The same pairs give the
/// same bytes. Characters XML 1.0 cannot carry are refused (`tmx.forbidden-character`), never
/// replaced.
///
/// **Reading.** Hardened like `XLIFFReader`: the prolog must end within the first 64 KB and a
/// DOCTYPE declaring entities is refused before parsing (`tmx.doctype-entities`; a plain
/// `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is accepted and never resolved), UTF-16 files are checked
/// too, the file is streamed, every XML error is fatal (`tmx.xml`, with line and column), and
/// element depth (`tmx.too-deep`) and text size (`tmx.text-too-large`) are bounded with
/// XLIFFReader's limits. The root must be `<tmx>` in no namespace (`tmx.not-tmx`).
///
/// In each `<tu>` the source is the `<tuv>` whose `xml:lang` (or legacy `lang`) is the `<tu>`'s
/// `srclang`, else the header's, compared without case, an exact tag before one sharing only
/// the primary subtag (`id` ~ `id-ID`, `EN-US` ~ `en`); `*all*` makes the first `<tuv>` the
/// source. The target is the first other `<tuv>`. In `<seg>`, the native codes `<bpt>`,
/// `<ept>`, `<ph>`, `<it>`, `<ut>` are dropped with what they hold (their `<sub>` too); `<hi>`
/// keeps its text; CDATA sections are text. A `<tu>` with fewer than two `<tuv>`, no `<tuv>` in
/// the source language, or a blank source is skipped with a warning (`tmx.incomplete-tu`).
///
/// `creationdate`, `changedate`, `usagecount` and `creationtool` are taken from the target
/// `<tuv>` (where OmegaT writes them), else from the `<tu>`; a date missing is the other date,
/// else the time of reading; a malformed one is warned about (`tmx.date`, `tmx.usagecount`).
/// The props `x-alih-document`, `x-alih-segment`, `x-alih-origin` give the pair's document,
/// segment id and origin; without `x-alih-origin` the origin is the `creationtool` (of the
/// `<tuv>`, the `<tu>`, else the header). Notes and other props are ignored.
package enum TMXFormat {
    /// Bytes read before parsing to check the prolog (XML declaration, comments, DOCTYPE).
    static let headBytes = XMLProlog.headBytes

    // MARK: Writing

    /// `pairs` as TMX 1.4 (see the type's documentation for the layout).
    package static func write(
        _ pairs: [TranslationPair], sourceLanguage: String, creationTool: String = "Alih", toolVersion: String
    ) throws(DiagnosticError) -> String {
        try header(sourceLanguage: sourceLanguage, creationTool: creationTool, toolVersion: toolVersion)
            + units(pairs, firstNumber: 1, sourceLanguage: sourceLanguage) + footer
    }

    /// The start of a TMX file, up to its `<body>`: `write(…)` is the header, the units and the
    /// footer, so a large memory can be written a page of pairs at a time.
    package static func header(sourceLanguage: String, creationTool: String = "Alih", toolVersion: String)
        throws(DiagnosticError) -> String
    {
        guard !sourceLanguage.isEmpty else {
            throw DiagnosticError(
                code: "tmx.language", "the TMX source language is empty",
                hint: "name the source language as a BCP-47 tag, such as id")
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"\(try attribute(creationTool, what: "the creation tool"))\""
        out += " creationtoolversion=\"\(try attribute(toolVersion, what: "the tool version"))\""
        out += " segtype=\"sentence\" o-tmf=\"Alih\" adminlang=\"en\""
        out += " srclang=\"\(try attribute(sourceLanguage, what: "the source language"))\" datatype=\"plaintext\"/>\n"
        out += "  <body>\n"
        return out
    }

    /// The `<tu>` of each of `pairs`, numbered from `firstNumber` in messages.
    package static func units(_ pairs: [TranslationPair], firstNumber: Int, sourceLanguage: String)
        throws(DiagnosticError) -> String
    {
        var out = ""
        for (index, pair) in pairs.enumerated() {
            try write(pair, number: firstNumber + index, sourceLanguage: sourceLanguage, to: &out)
        }
        return out
    }

    /// The end of a TMX file, after its units.
    package static let footer = "  </body>\n</tmx>\n"

    private static func write(
        _ pair: TranslationPair, number: Int, sourceLanguage: String, to out: inout String
    ) throws(DiagnosticError) {
        let at = SourceLocation(unitID: pair.segmentID)
        for language in [pair.sourceLanguage, pair.targetLanguage] where language.isEmpty {
            throw DiagnosticError(
                code: "tmx.language", "translation pair \(number) has an empty language tag", at: at,
                hint: "give every pair its source and target languages as BCP-47 tags")
        }
        out += "    <tu"
        if sourceIndex(of: [pair.sourceLanguage, pair.targetLanguage], sourceLanguage: sourceLanguage) != 0 {
            out += " srclang=\"\(try attribute(pair.sourceLanguage, what: "a source language", pair: number, at: at))\""
        }
        out += " creationdate=\"\(try date(pair.created, pair: number, at: at))\""
        out += " changedate=\"\(try date(pair.changed, pair: number, at: at))\""
        out += " usagecount=\"\(pair.useCount)\">\n"
        for (type, value) in [
            ("x-alih-document", pair.document), ("x-alih-segment", pair.segmentID), ("x-alih-origin", pair.origin),
        ] {
            guard let value else { continue }
            out += "      <prop type=\"\(type)\">"
            try text(value, to: &out, pair: number, at: at)
            out += "</prop>\n"
        }
        for (language, segment) in [(pair.sourceLanguage, pair.source), (pair.targetLanguage, pair.target)] {
            out += "      <tuv xml:lang=\"\(try attribute(language, what: "a language", pair: number, at: at))\"><seg>"
            try text(segment, to: &out, pair: number, at: at)
            out += "</seg></tuv>\n"
        }
        out += "    </tu>\n"
    }

    private static func text(_ value: String, to out: inout String, pair: Int, at: SourceLocation)
        throws(DiagnosticError)
    {
        try XMLEscaping.appendText(value[...], to: &out) { (scalar: Unicode.Scalar) throws(DiagnosticError) -> String in
            throw forbidden(scalar, in: "translation pair \(pair)", at: at)
        }
    }

    private static func attribute(
        _ value: String, what: String, pair: Int? = nil, at: SourceLocation? = nil
    ) throws(DiagnosticError) -> String {
        if let scalar = value.unicodeScalars.first(where: { !XMLEscaping.isAllowed($0) }) {
            throw forbidden(scalar, in: pair.map { "\(what) of translation pair \($0)" } ?? what, at: at)
        }
        return XMLEscaping.attribute(value)
    }

    private static func forbidden(_ scalar: Unicode.Scalar, in place: String, at: SourceLocation?) -> DiagnosticError {
        DiagnosticError(
            code: "tmx.forbidden-character",
            "\(place) holds U+\(XMLEscaping.hex(scalar)), a character XML 1.0 cannot carry",
            at: at, hint: "TMX cannot store control characters; remove it from the text (Alih's normalizer does)")
    }

    private static func date(_ value: Date, pair: Int, at: SourceLocation) throws(DiagnosticError) -> String {
        guard let text = format(value) else {
            throw DiagnosticError(
                code: "tmx.date", "translation pair \(pair) has a date outside the years 0000–9999", at: at,
                hint: "give the pair a real creation and change date")
        }
        return text
    }

    // MARK: Dates (TMX: YYYYMMDDThhmmssZ, UTC)

    /// `date` in TMX form, to the second (fractions cut); nil outside the years 0000–9999.
    static func format(_ date: Date) -> String? {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite, abs(seconds) < 1e12 else { return nil }
        let total = Int64(seconds)
        var days = total / 86_400
        var rest = total % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        guard (0...9999).contains(year) else { return nil }
        func digits(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(year, 4) + digits(month, 2) + digits(day, 2) + "T"
            + digits(rest / 3600, 2) + digits(rest / 60 % 60, 2) + digits(rest % 60, 2) + "Z"
    }

    /// A TMX date (`YYYYMMDDThhmmssZ`, UTC); nil when `text` is not one.
    static func parseDate(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
            (1...12).contains(month), day >= 1, hour < 24, minute < 60, second < 60
        else { return nil }
        let days = days(fromCivil: year, month, day)
        // A day past the month's end comes back as another date.
        guard civil(fromDays: days) == (year, month, day) else { return nil }
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    // MARK: Languages

    /// Which of `languages` (the `<tuv>`s in order) is the source for `srclang`: the first equal
    /// to it ignoring case, else the first with the same primary subtag; the first for `*all*`
    /// or no `srclang`.
    static func sourceIndex(of languages: [String], sourceLanguage srclang: String?) -> Int? {
        guard let srclang, srclang.lowercased() != "*all*" else { return languages.isEmpty ? nil : 0 }
        let wanted = srclang.lowercased()
        if let exact = languages.firstIndex(where: { $0.lowercased() == wanted }) { return exact }
        let primary = primarySubtag(wanted)
        return languages.firstIndex { primarySubtag($0.lowercased()) == primary }
    }

    private static func primarySubtag(_ tag: String) -> Substring {
        tag.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "_" }.first ?? ""
    }

    // MARK: Reading

    /// Reads the TMX file at `path`, streaming it from disk.
    package static func read(path: String) throws(DiagnosticError) -> (
        pairs: [TranslationPair], diagnostics: [Diagnostic]
    ) {
        let delegate = makeDelegate(path: path)
        try HardenedXMLParsing.parse(
            path: path, handler: delegate, failure: { delegate.failure }, format: "tmx", root: "tmx", hint: hint)
        return try result(of: delegate, path: path)
    }

    /// Reads the TMX file at `path`, streaming it from disk, and hands its pairs to `body`
    /// `batchSize` at a time as they are read (none of them kept); answers the file's warnings.
    /// An error `body` throws stops the reading and is rethrown.
    package static func read(
        path: String, batchSize: Int, _ body: ([TranslationPair]) throws -> Void
    ) throws -> [Diagnostic] {
        let delegate = makeDelegate(path: path)
        return try withoutActuallyEscaping(body) { body in
            delegate.batch = body
            delegate.batchSize = batchSize
            defer { delegate.batch = nil }
            try HardenedXMLParsing.parse(
                path: path, handler: delegate, failure: { delegate.failure }, format: "tmx", root: "tmx", hint: hint)
            if let error = delegate.batchError { throw error }
            let (rest, diagnostics) = try result(of: delegate, path: path)
            if !rest.isEmpty { try body(rest) }
            return diagnostics
        }
    }

    /// Throws what reading the file at `path` would throw first when it is missing, a folder or
    /// unreadable, without reading it.
    package static func requireReadable(path: String) throws(DiagnosticError) {
        close(try HardenedXMLParsing.open(path, format: "tmx"))
    }

    /// Reads TMX from bytes in memory (`path` names it in messages).
    package static func read(_ bytes: [UInt8], path: String) throws(DiagnosticError) -> (
        pairs: [TranslationPair], diagnostics: [Diagnostic]
    ) {
        let delegate = makeDelegate(path: path)
        try HardenedXMLParsing.parse(
            bytes, path: path, handler: delegate, failure: { delegate.failure }, format: "tmx", root: "tmx", hint: hint)
        return try result(of: delegate, path: path)
    }

    private static let hint = "the file is damaged or truncated; export the translation memory again"

    private static func makeDelegate(path: String) -> TMXParsingDelegate {
        let limits = XLIFFReader()
        return TMXParsingDelegate(
            path: path, maximumDepth: limits.maximumDepth, maximumTextBytes: limits.maximumTextBytes)
    }

    private static func result(of delegate: TMXParsingDelegate, path: String) throws(DiagnosticError) -> (
        pairs: [TranslationPair], diagnostics: [Diagnostic]
    ) {
        guard delegate.sawRoot else {
            throw DiagnosticError(
                code: "tmx.xml", "\(path) holds no XML element", at: SourceLocation(file: path, line: 1), hint: hint)
        }
        return (delegate.pairs, delegate.diagnostics)
    }
}
