import AlihCore
import Foundation

/// Writes a segmented document as XLIFF 1.2 (strict schema).
///
/// One `<group>` per block and one `<trans-unit>` per sentence, which CAT tools show as one
/// segment each. XLIFF 1.2 has no `<ignorable>`, so the whitespace that joins the pieces is
/// kept in `context-group name="alih-ID"` entries (names are unique per file): `x-alih-before`/`x-alih-after` on a
/// trans-unit (omitted when it is the usual single space between sentences or nothing at
/// the block's end) and `x-alih-separator` on the group. The extraction record sits in the
/// header's `phase` note. Characters XML 1.0 cannot carry have no representation in 1.2 and
/// are refused.
///
/// With `prefillTargets` every source is copied into `<target state="needs-translation">`:
/// OmegaT 3.6 translates the content of `<target>` and skips trans-units without one.
package struct XLIFF12Writer: XLIFFFileWriter {
    package static let namespace = "urn:oasis:names:tc:xliff:document:1.2"

    package var options: XLIFFWriterOptions

    package init(options: XLIFFWriterOptions) { self.options = options }

    /// The whole file as one string.
    package func write(_ document: Document) throws(DiagnosticError) -> String {
        do {
            return try wholeFile(document)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            fatalError("unreachable: collecting bytes does not throw")
        }
    }

    /// Writes the file in pieces (a round of units at a time, rendered on `workers` threads when
    /// the document is large), handing each to `emit` as soon as it is made. Throws
    /// `DiagnosticError` for a character XLIFF 1.2 cannot carry (the first in the document), or
    /// what `emit` throws.
    package func write(
        _ document: Document, workers: Int = ParallelChunks.defaultWorkers, toUTF8 emit: ([UInt8]) throws -> Void
    ) throws {
        var out = XMLText()
        out += #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<xliff xmlns="\#(Self.namespace)" version="1.2">"# + "\n"
        out +=
            #"  <file original="\#(XMLEscaping.attribute(document.sourceName))" source-language="\#(XMLEscaping.attribute(options.sourceLanguage))""#
        out +=
            #" target-language="\#(XMLEscaping.attribute(options.targetLanguage))" datatype="plaintext" tool-id="alih">"#
            + "\n"
        out += "    <header>\n      <phase-group>\n"
        out += #"        <phase phase-name="extraction" process-name="extraction" tool-id="alih">"# + "\n"
        out += #"          <note from="alih">"#
        out += options.record.fields.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        out += "</note>\n        </phase>\n      </phase-group>\n"
        out +=
            #"      <tool tool-id="alih" tool-name="Alih" tool-version="\#(XMLEscaping.attribute(options.record.toolVersion))"/>"#
            + "\n"
        out += "    </header>\n    <body>\n"
        try emit(out.bytes)
        try UnitLayout.renderUnits(
            of: document, dropBoilerplate: options.dropBoilerplate, workers: workers,
            render: { [self] unit, source, out in
                try appendGroup(unit, document: document, source: source, to: &out)
            }, emit: emit)
        try emit(Array("    </body>\n  </file>\n</xliff>\n".utf8))
    }

    private func appendGroup(_ unit: UnitLayout, document: Document, source: SourceBytes, to out: inout XMLText)
        throws(DiagnosticError)
    {
        let block = unit.block
        let translate = block.isTranslatable ? "" : #" translate="no""#
        let restype =
            block.isTranslatable
            ? "x-alih-block" : block.kind.repeatedBlock != nil ? "x-alih-repeat" : "x-alih-boilerplate"
        out += #"      <group id="\#(block.id)" restype="\#(restype)"\#(translate) xml:space="preserve">"# + "\n"
        var contexts = [("x-alih-checksum", unit.sourceChecksum(in: source))]
        let sentences = unit.segmentCount
        if sentences > 1 { contexts.append(("x-alih-segments", String(sentences))) }
        if let rule = block.kind.boilerplateRule { contexts.append(("x-alih-boilerplate-rule", rule)) }
        if let original = block.kind.repeatedBlock { contexts.append(("x-alih-repeats", original)) }
        contexts.append(("x-alih-separator", String(document.text(unit.separator))))
        try appendContextGroup(contexts, indent: "        ", unitID: block.id, to: &out)

        // Whitespace before each segment (leading) and after it (up to the next segment).
        var pending: Substring = ""
        var segments: [(Segment, before: Substring, after: Substring)] = []
        for piece in unit.pieces {
            switch piece {
            case .ignorable(let range):
                if segments.isEmpty {
                    pending += document.text(range)
                } else {
                    segments[segments.count - 1].after += document.text(range)
                }
            case .segment(let segment):
                segments.append((segment, pending, ""))
                pending = ""
            }
        }
        for (index, entry) in segments.enumerated() {
            let isLast = index == segments.count - 1
            let text = source.slice(entry.0.range)
            out += #"        <trans-unit id="\#(entry.0.id)"\#(translate) xml:space="preserve">"# + "\n"
            out += "          <source>"
            try appendSegment(entry.0, text: text, document: document, to: &out)
            out += "</source>\n"
            if entry.0.codes.isEmpty, let exact = entry.0.leverage?.exact {
                out += #"          <target state="translated" state-qualifier="exact-match">"#
                try appendContent(exact[...], unitID: entry.0.id, to: &out)
                out += "</target>\n"
            } else if options.prefillTargets {
                out += #"          <target state="needs-translation">"#
                try appendSegment(entry.0, text: text, document: document, to: &out)
                out += "</target>\n"
            }
            if let glossary = options.glossary, !entry.0.terms.isEmpty {
                out += #"          <note from="glossary" annotates="source">"#
                try appendContent(
                    Self.glossaryNote(entry.0.terms, glossary: glossary, document: document)[...], unitID: entry.0.id,
                    to: &out)
                out += "</note>\n"
            }
            for candidate in entry.0.leverage?.fuzzy ?? [] {
                out +=
                    #"          <alt-trans match-quality="\#(String(format: "%.0f", candidate.quality))" origin="\#(XMLEscaping.attribute(candidate.origin))">"#
                    + "\n"
                out += "            <source>"
                try appendContent(candidate.source[...], unitID: entry.0.id, to: &out)
                out += "</source>\n            <target>"
                try appendContent(candidate.target[...], unitID: entry.0.id, to: &out)
                out += "</target>\n          </alt-trans>\n"
            }
            var contexts: [(String, String)] = []
            if !entry.before.isEmpty { contexts.append(("x-alih-before", String(entry.before))) }
            if entry.after != (isLast ? "" : " ") { contexts.append(("x-alih-after", String(entry.after))) }
            if !contexts.isEmpty {
                try appendContextGroup(contexts, indent: "          ", unitID: entry.0.id, to: &out)
            }
            out += "        </trans-unit>\n"
        }
        out += "      </group>\n"
    }

    /// A segment's text, its inline codes as `<g>` (a pair) and `<x/>` (a code alone), as OmegaT
    /// and other CAT tools show them.
    private func appendSegment(
        _ segment: Segment, text: UnsafeBufferPointer<UInt8>, document: Document, to out: inout XMLText
    )
        throws(DiagnosticError)
    {
        guard !segment.codes.isEmpty else { return try appendContent(text, unitID: segment.id, to: &out) }
        for piece in SegmentContent.pieces(of: segment, codes: document.codes, marksTerms: false) {
            switch piece {
            case .text(let range):
                try appendContent(document.text[range], unitID: segment.id, to: &out)
            case .code(let index):
                let code = document.codes[index]
                if code.kind == .closing {
                    out += "</g>"
                    continue
                }
                out += code.kind == .opening ? "<g id=\"" : "<x id=\""
                out.append(code.id)
                out += "\""
                if let type = SegmentContent.xliff12Type(code.name, standalone: code.kind == .standalone) {
                    out += " ctype=\""
                    out += type
                    out += "\""
                }
                out += code.kind == .opening ? ">" : "/>"
            case .termStart, .termEnd:
                continue
            }
        }
    }

    /// `tentara → troops (inflected: tentaranya); juru bicara → spokesperson; not: speaker`.
    static func glossaryNote(_ terms: [TermMatch], glossary: Glossary, document: Document) -> String {
        var seen = Set<Int>()
        var parts: [String] = []
        for term in terms where seen.insert(term.entryIndex).inserted {
            let entry = glossary.entries[term.entryIndex]
            var part = entry.source + " → "
            if entry.doNotTranslate {
                part += "do not translate"
            } else {
                part += entry.allowedTranslations.map(\.text).joined(separator: " / ")
            }
            let text = document.text(term.range)
            part += term.tier == .exact ? "" : " (\(term.tier.rawValue): \(text))"
            let forbidden = entry.forbiddenTranslations.map(\.text)
            if !forbidden.isEmpty { part += "; not: " + forbidden.joined(separator: " / ") }
            parts.append(part)
        }
        return parts.joined(separator: " | ")
    }

    private func appendContextGroup(
        _ contexts: [(String, String)], indent: String, unitID: String, to out: inout XMLText
    ) throws(DiagnosticError) {
        out += #"\#(indent)<context-group name="alih-\#(unitID)" purpose="x-alih-merge">"# + "\n"
        for (type, value) in contexts {
            out += #"\#(indent)  <context context-type="\#(type)">"#
            try appendContent(value[...], unitID: unitID, to: &out)
            out += "</context>\n"
        }
        out += "\(indent)</context-group>\n"
    }

    private func appendContent(_ text: Substring, unitID: String, to out: inout XMLText) throws(DiagnosticError) {
        try XMLEscaping.appendText(text, to: &out) { (scalar) throws(DiagnosticError) -> String in
            throw Self.forbidden(scalar, unitID: unitID)
        }
    }

    /// The same for a slice of the document's UTF-8.
    private func appendContent(_ text: UnsafeBufferPointer<UInt8>, unitID: String, to out: inout XMLText)
        throws(DiagnosticError)
    {
        try XMLEscaping.appendText(utf8: text, to: &out) { (scalar) throws(DiagnosticError) -> String in
            throw Self.forbidden(scalar, unitID: unitID)
        }
    }

    private static func forbidden(_ scalar: Unicode.Scalar, unitID: String) -> DiagnosticError {
        DiagnosticError(
            code: "xliff.forbidden-character",
            "character U+\(XMLEscaping.hex(scalar)) cannot be written in XLIFF 1.2 (XML 1.0 forbids it)",
            at: SourceLocation(unitID: unitID),
            hint:
                "keep the normalize stage's control-characters switch on, or write XLIFF 2.1, which encodes it as <cp>")
    }
}
