import AlihCore
import AlihXML
import Foundation

/// Glossaries as TBX v3 (ISO 30042:2019), dialect TBX-Basic, DCA style.
///
/// The writer produces the shape of the TBX-Basic samples, valid against the TBX v3 core
/// structure schema (`TBXcoreStructV03.rng`):
///
///     <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
///       <tbxHeader><fileDesc><sourceDesc><p>…</p></sourceDesc></fileDesc></tbxHeader>
///       <text><body>
///         <conceptEntry id="e1">
///           <descrip type="subjectField">politics</descrip>          domain
///           <langSec xml:lang="id">
///             <termSec>
///               <term>KPK</term>
///               <termNote type="partOfSpeech">abbr</termNote>
///               <note>alih:case-sensitive</note>                      caseSensitive
///               <note>alih:do-not-translate</note>                    doNotTranslate
///             </termSec>
///           </langSec>
///           <langSec xml:lang="en">
///             <termSec>                                               one per translation, in order
///               <term>Corruption Eradication Commission</term>
///               <termNote type="partOfSpeech">abbr</termNote>
///               <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
///               <note>…</note>                                        the translation's note
///             </termSec>
///           </langSec>
///         </conceptEntry>
///       </body></text>
///     </tbx>
///
/// Statuses: preferred ↔ `preferredTerm-admn-sts`, admitted ↔ `admittedTerm-admn-sts`,
/// forbidden ↔ `deprecatedTerm-admn-sts` (`supersededTerm-admn-sts` is read as forbidden too).
///
/// **Case-sensitive and do-not-translate.** TBX-Basic has no data category for either, and
/// the dialect allows no new `termNote` types, so Alih writes them as a `<note>` in the
/// source term's `termSec` whose whole text is a fixed marker: `alih:case-sensitive` or
/// `alih:do-not-translate`. Notes are free text in every TBX dialect, so the file stays valid
/// and other tools show the marker to people as a note. The reader takes a marker note in
/// the source `termSec` as a flag of that term, and one at concept level, or in a target
/// `termSec`, as a flag of the whole concept; marker notes never become translation notes.
///
/// **Reading.** The file is parsed as a stream (`StreamingXMLParser`). A DOCTYPE that declares
/// entities is refused before parsing (`glossary.tbx-entities`), and again by the parser, as
/// is any entity other than XML's five (billion laughs, XXE). Any XML error is fatal, with line and column (`glossary.tbx-xml`).
/// Legacy TBX v2 files (`<martif>`, `termEntry`/`langSet`/`tig`/`ntig`) and DCT-style
/// elements (`<basic:partOfSpeech>`) are read the same way. The source language is the first
/// `langSec` language of the file and the target the first other one, unless the caller names
/// them (a name such as `en` also picks `en-GB`); other languages are ignored with a warning.
/// Each term of the source language in a concept becomes an entry (`id`, then `id-2`, … for
/// synonyms) with all target terms as translations. A target term without a status is
/// preferred when it is the concept's first such term and no term is marked preferred, else
/// admitted.
package enum GlossaryTBXFormat {
    /// The `<note>` text that marks a case-sensitive source term.
    package static let caseSensitiveMarker = "alih:case-sensitive"
    /// The `<note>` text that marks a source term that is not translated.
    package static let doNotTranslateMarker = "alih:do-not-translate"

    /// Reads a TBX glossary from UTF-8 bytes; `path` is the name used in messages.
    package static func read(
        _ bytes: [UInt8], path: String, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(DiagnosticError) -> GlossaryReading {
        if let doctype = find(Array("<!DOCTYPE".utf8), in: bytes),
            let entity = find(Array("<!ENTITY".utf8), in: bytes, from: doctype)
        {
            let line = bytes[..<entity].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw DiagnosticError(
                code: "glossary.tbx-entities",
                "the TBX file declares XML entities in its DOCTYPE, which Alih does not read",
                at: SourceLocation(file: path, line: line),
                hint:
                    "entity declarations can blow up to gigabytes when expanded; remove the DOCTYPE's internal subset and write the text out"
            )
        }
        let reader = TBXReader(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        let parser = StreamingXMLParser(handler: reader)
        var xmlFailure: StreamingXMLParser.Failure?
        do throws(StreamingXMLParser.Failure) {
            try parser.feed(bytes)
            try parser.finish()
        } catch {
            xmlFailure = error
        }
        if let failure = reader.failure { throw failure }
        if let xmlFailure {
            let location = SourceLocation(file: path, line: xmlFailure.line, column: xmlFailure.column)
            switch xmlFailure.kind {
            case .entityDeclaration(let name), .entityReference(let name):
                throw DiagnosticError(
                    code: "glossary.tbx-entities",
                    "the TBX file uses the XML entity '\(name)', which Alih does not read", at: location,
                    hint: "only &amp; &lt; &gt; &quot; &apos; exist without a DTD; write the text out")
            case .malformed(let message):
                throw DiagnosticError(
                    code: "glossary.tbx-xml", "not well-formed XML: \(xmlProblem(xmlFailure.code) ?? message)",
                    at: location,
                    hint: "check the file with xmllint --noout \(path)")
            }
        }
        if !reader.sawRoot {
            throw DiagnosticError(
                code: "glossary.tbx-xml", "not well-formed XML: the document is empty",
                at: SourceLocation(file: path, line: 1, column: 1),
                hint: "check the file with xmllint --noout \(path)")
        }
        return try reader.result()
    }

    /// `glossary` as TBX-Basic (see the type's documentation for the layout).
    package static func write(_ glossary: Glossary) throws(DiagnosticError) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader>
                <fileDesc>
                  <sourceDesc>
                    <p>
            """
        let name = glossary.name.fileName
        try text(
            "Glossary \(name.isEmpty ? "" : "\(name) ")(\(glossary.sourceLanguage) → \(glossary.targetLanguage)), written by Alih.",
            to: &out, entry: nil)
        out += "</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
        guard !glossary.entries.isEmpty else {
            out += "  <text/>\n</tbx>\n"
            return out
        }
        out += "  <text>\n    <body>\n"
        let sourceLang = XMLEscaping.attribute(glossary.sourceLanguage)
        let targetLang = XMLEscaping.attribute(glossary.targetLanguage)
        var used = Set<String>()
        for (index, entry) in glossary.entries.enumerated() {
            var id = entry.id
            if !isNCName(id) || used.contains(id) {
                var n = index + 1
                while used.contains("e\(n)") || glossary.entries.contains(where: { $0.id == "e\(n)" }) { n += 1 }
                id = "e\(n)"
            }
            used.insert(id)
            out += "      <conceptEntry id=\"\(XMLEscaping.attribute(id))\">\n"
            if let domain = entry.domain {
                out += "        <descrip type=\"subjectField\">"
                try text(domain, to: &out, entry: entry)
                out += "</descrip>\n"
            }
            out += "        <langSec xml:lang=\"\(sourceLang)\">\n          <termSec>\n            <term>"
            try text(entry.source, to: &out, entry: entry)
            out += "</term>\n"
            try partOfSpeech(entry, to: &out)
            if entry.caseSensitive { out += "            <note>\(caseSensitiveMarker)</note>\n" }
            if entry.doNotTranslate { out += "            <note>\(doNotTranslateMarker)</note>\n" }
            out += "          </termSec>\n        </langSec>\n"
            if !entry.translations.isEmpty {
                out += "        <langSec xml:lang=\"\(targetLang)\">\n"
                for translation in entry.translations {
                    out += "          <termSec>\n            <term>"
                    try text(translation.text, to: &out, entry: entry)
                    out += "</term>\n"
                    try partOfSpeech(entry, to: &out)
                    out +=
                        "            <termNote type=\"administrativeStatus\">\(status(translation.status))</termNote>\n"
                    if !translation.note.isEmpty {
                        out += "            <note>"
                        try text(translation.note, to: &out, entry: entry)
                        out += "</note>\n"
                    }
                    out += "          </termSec>\n"
                }
                out += "        </langSec>\n"
            }
            out += "      </conceptEntry>\n"
        }
        out += "    </body>\n  </text>\n</tbx>\n"
        return out
    }

    // MARK: - Writing helpers

    private static func status(_ status: TermStatus) -> String {
        switch status {
        case .preferred: "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .forbidden: "deprecatedTerm-admn-sts"
        }
    }

    private static func partOfSpeech(_ entry: GlossaryEntry, to out: inout String) throws(DiagnosticError) {
        guard let pos = entry.partOfSpeech else { return }
        out += "            <termNote type=\"partOfSpeech\">"
        try text(pos, to: &out, entry: entry)
        out += "</termNote>\n"
    }

    private static func text(_ value: String, to out: inout String, entry: GlossaryEntry?) throws(DiagnosticError) {
        try XMLEscaping.appendText(Substring(value), to: &out) {
            (scalar: Unicode.Scalar) throws(DiagnosticError) -> String in
            throw DiagnosticError(
                code: "glossary.tbx-unwritable",
                "\(entry.map { "entry '\($0.source)'" } ?? "the glossary name") contains U+\(XMLEscaping.hex(scalar)), which XML cannot hold",
                at: entry?.definedAt, hint: "remove the control character from the glossary")
        }
    }

    /// Whether `id` can be an XML `ID` (an NCName: a letter or `_`, then letters, digits, `-`, `.`, `_`).
    static func isNCName(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return id.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType == .decimal || "-._".unicodeScalars.contains($0)
        }
    }

    // MARK: - Reading helpers

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard needle.count <= haystack.count, let head = needle.first else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == head, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// What libxml2's error number `code` means.
    static func xmlProblem(_ code: Int) -> String? {
        switch code {
        case 4: "the document is empty"
        case 5: "extra content after the root element"
        case 6, 7, 8: "a bad character reference (&#…;)"
        case 9: "a character that XML does not allow"
        case 22, 23, 68: "a name is missing or malformed (an & that should be &amp;?)"
        case 26, 27: "an undeclared entity (only &amp; &lt; &gt; &quot; &apos; exist)"
        case 38: "a < inside an attribute value"
        case 39, 40, 41: "a malformed attribute (missing quotes or value)"
        case 42: "an attribute given twice"
        case 45: "an unfinished comment"
        case 63: "an unfinished CDATA section"
        case 65: "a space is required here"
        case 73: "'>' expected"
        case 76: "a closing tag does not match the open element"
        case 77: "an unfinished tag (the file may be truncated)"
        case 85, 86: "the elements are not properly nested or the file is truncated"
        default: nil
        }
    }
}

/// The streaming reader behind `GlossaryTBXFormat.read`.
private final class TBXReader: XMLEventHandler {
    let path: String
    let requestedSource: String?, requestedTarget: String?
    var sourceLanguage: String?, targetLanguage: String?
    var matchedSource = false, matchedTarget = false
    var languagesSeen: [String] = []

    var entries: [GlossaryEntry] = []
    var locations: [[SourceLocation]] = []
    var warnings: [Diagnostic] = []
    var failure: DiagnosticError?
    var usedIDs = Set<String>()
    var ignoredLanguages = Set<String>()
    var sawRoot = false

    struct Term {
        var line: Int
        var text = ""
        var partOfSpeech: String?
        var status: TermStatus?
        var notes: [String] = []
        var caseSensitive = false
        var doNotTranslate = false
    }

    struct Concept {
        var id: String?
        var line: Int
        var domain: String?
        var caseSensitive = false
        var doNotTranslate = false
        var sources: [Term] = []
        var targets: [Term] = []
    }

    enum Role { case source, target, other }
    enum Capture { case term, partOfSpeech, status, subjectField, note }

    var concept: Concept?
    var role: Role?
    var term: Term?
    var depth = 0
    var capture: (kind: Capture, depth: Int)?
    var bytes: [UInt8] = []
    var buffer: String { String(decoding: bytes, as: UTF8.self) }

    init(path: String, sourceLanguage: String?, targetLanguage: String?) {
        self.path = path
        requestedSource = sourceLanguage
        requestedTarget = targetLanguage
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
    }

    func result() throws(DiagnosticError) -> GlossaryReading {
        for (requested, matched, what) in [
            (requestedSource, matchedSource, "source"), (requestedTarget, matchedTarget, "target"),
        ] {
            if let requested, !matched, !languagesSeen.isEmpty {
                throw DiagnosticError(
                    code: "glossary.tbx-language",
                    "the TBX file has no terms in '\(requested)' (the \(what) language asked for)",
                    at: SourceLocation(file: path),
                    hint: "its languages are \(languagesSeen.joined(separator: ", ")); pass one of them")
            }
        }
        let glossary = Glossary(
            name: path, sourceLanguage: sourceLanguage ?? "id", targetLanguage: targetLanguage ?? "en", entries: entries
        )
        return GlossaryReading(glossary: glossary, diagnostics: warnings, translationLocations: locations)
    }

    private func location(_ parser: StreamingXMLParser) -> SourceLocation {
        SourceLocation(file: path, line: parser.line)
    }

    private func fail(_ parser: StreamingXMLParser, _ error: DiagnosticError) {
        if failure == nil { failure = error }
        parser.stop()
    }

    private static func matches(_ lang: String, _ wanted: String) -> Bool {
        let lang = lang.lowercased()
        let wanted = wanted.lowercased()
        return lang == wanted || lang.hasPrefix(wanted + "-")
    }

    private func role(for lang: String, _ parser: StreamingXMLParser) -> Role {
        if !languagesSeen.contains(lang) { languagesSeen.append(lang) }
        if let source = sourceLanguage, Self.matches(lang, source) {
            matchedSource = true
            return .source
        }
        if let target = targetLanguage, Self.matches(lang, target) {
            matchedTarget = true
            return .target
        }
        if sourceLanguage == nil {
            sourceLanguage = lang
            matchedSource = true
            return .source
        }
        if targetLanguage == nil {
            targetLanguage = lang
            matchedTarget = true
            return .target
        }
        if ignoredLanguages.insert(lang.lowercased()).inserted {
            warnings.append(
                Diagnostic(
                    .warning, code: "glossary.tbx-language",
                    "terms in '\(lang)' are ignored: the glossary is \(sourceLanguage ?? "?") → \(targetLanguage ?? "?")",
                    at: location(parser), hint: "name the languages you want with --source-lang and --target-lang"))
        }
        return .other
    }

    func startElement(_ elementName: String, namespace: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        depth += 1
        let name = elementName
        guard sawRoot else {
            sawRoot = true
            if name != "tbx" && name != "martif" {
                fail(
                    parser,
                    DiagnosticError(
                        code: "glossary.tbx-root", "not a TBX file: the root element is <\(elementName)>",
                        at: location(parser),
                        hint: "TBX v3 files start with <tbx type=\"TBX-Basic\" …>, TBX v2 files with <martif …>"))
            }
            return
        }
        guard capture == nil, concept != nil || name == "conceptEntry" || name == "termEntry" else { return }
        func startCapture(_ kind: Capture) {
            capture = (kind, depth)
            bytes.removeAll(keepingCapacity: true)
        }
        switch name {
        case "conceptEntry", "termEntry":
            concept = Concept(id: attributes["id"], line: parser.line)
        case "langSec", "langSet":
            if let lang = attributes["xml:lang"], !lang.isEmpty {
                role = role(for: lang, parser)
            } else {
                role = .other
                warnings.append(
                    Diagnostic(
                        .warning, code: "glossary.tbx-language", "a <\(elementName)> without xml:lang is ignored",
                        at: location(parser), hint: "add xml:lang=\"…\" to it"))
            }
        case "termSec", "tig", "ntig":
            term = Term(line: parser.line)
        case "term":
            term?.line = parser.line
            startCapture(.term)
        case "termNote":
            switch attributes["type"] {
            case "partOfSpeech": startCapture(.partOfSpeech)
            case "administrativeStatus": startCapture(.status)
            default: break
            }
        case "partOfSpeech": startCapture(.partOfSpeech)
        case "administrativeStatus": startCapture(.status)
        case "descrip":
            if attributes["type"] == "subjectField" { startCapture(.subjectField) }
        case "subjectField": startCapture(.subjectField)
        case "note": startCapture(.note)
        default: break
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {
        if capture != nil { bytes.append(contentsOf: text) }
    }

    func endElement(_ elementName: String, namespace: String, parser: StreamingXMLParser) {
        defer { depth -= 1 }
        if let current = capture {
            guard current.depth == depth else { return }
            capture = nil
            finish(current.kind, parser)
            return
        }
        switch elementName {
        case "termSec", "tig", "ntig":
            if let finished = term {
                if role == .source { concept?.sources.append(finished) }
                if role == .target { concept?.targets.append(finished) }
            }
            term = nil
        case "langSec", "langSet":
            role = nil
        case "conceptEntry", "termEntry":
            finishConcept(parser)
        default:
            break
        }
    }

    private func finish(_ kind: Capture, _ parser: StreamingXMLParser) {
        let value = GlossaryCell.trimmed(buffer)
        switch kind {
        case .term:
            term?.text = buffer
        case .partOfSpeech:
            if term?.partOfSpeech == nil, !value.isEmpty { term?.partOfSpeech = value }
        case .status:
            var word = value
            if word.hasSuffix("-admn-sts") { word.removeLast("-admn-sts".count) }
            switch word {
            case "preferredTerm": term?.status = .preferred
            case "admittedTerm": term?.status = .admitted
            case "deprecatedTerm", "supersededTerm": term?.status = .forbidden
            default:
                warnings.append(
                    Diagnostic(
                        .warning, code: "glossary.tbx-status",
                        "administrative status '\(value)' is not one Alih knows; the term's status is guessed",
                        at: location(parser),
                        hint:
                            "use preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts or supersededTerm-admn-sts"
                    ))
            }
        case .subjectField:
            if concept?.domain == nil, !value.isEmpty { concept?.domain = value }
        case .note:
            let marker =
                value == GlossaryTBXFormat.caseSensitiveMarker
                ? 1 : value == GlossaryTBXFormat.doNotTranslateMarker ? 2 : 0
            if marker != 0 {
                if term != nil && role == .source {
                    if marker == 1 { term?.caseSensitive = true } else { term?.doNotTranslate = true }
                } else {
                    if marker == 1 { concept?.caseSensitive = true } else { concept?.doNotTranslate = true }
                }
            } else if term != nil {
                term?.notes.append(buffer)
            }
        }
    }

    private func finishConcept(_ parser: StreamingXMLParser) {
        guard let finished = concept else { return }
        concept = nil
        guard !finished.sources.isEmpty else {
            warnings.append(
                Diagnostic(
                    .warning, code: "glossary.tbx-concept",
                    "concept \(finished.id.map { "'\($0)' " } ?? "")has no term in '\(sourceLanguage ?? "?")' and is skipped",
                    at: SourceLocation(file: path, line: finished.line), hint: "add a <langSec> for the source language"
                ))
            return
        }
        var translations: [GlossaryTranslation] = []
        var hasPreferred = finished.targets.contains { $0.status == .preferred }
        for target in finished.targets {
            var status = target.status
            if status == nil {
                status = hasPreferred ? .admitted : .preferred
                hasPreferred = true
            }
            translations.append(
                GlossaryTranslation(target.text, status: status!, note: target.notes.joined(separator: "\n")))
        }
        let targetLocations = finished.targets.map { SourceLocation(file: path, line: $0.line) }
        let targetPartOfSpeech = finished.targets.lazy.compactMap(\.partOfSpeech).first
        for (k, source) in finished.sources.enumerated() {
            let wanted = finished.id.map { k == 0 ? $0 : "\($0)-\(k + 1)" }
            entries.append(
                GlossaryEntry(
                    id: uniqueID(wanted), source: source.text, translations: translations,
                    partOfSpeech: source.partOfSpeech ?? targetPartOfSpeech,
                    caseSensitive: finished.caseSensitive || source.caseSensitive,
                    doNotTranslate: finished.doNotTranslate || source.doNotTranslate,
                    domain: finished.domain, definedAt: SourceLocation(file: path, line: source.line)))
            locations.append(targetLocations)
        }
    }

    private func uniqueID(_ wanted: String?) -> String {
        if let wanted, !wanted.isEmpty, usedIDs.insert(wanted).inserted { return wanted }
        var n = entries.count + 1
        while usedIDs.contains("e\(n)") { n += 1 }
        usedIDs.insert("e\(n)")
        return "e\(n)"
    }
}
