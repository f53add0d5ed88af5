import AlihCore
import Foundation

/// Writes a segmented document as XLIFF 2.1 (core plus the Metadata module).
///
/// One `<file>` per article, one `<unit>` per block, one `<segment>` per sentence, and an
/// `<ignorable>` for every stretch of whitespace between and after them, block separators
/// included (the separator's ignorable has the id `BLOCK-sep`): reading every unit's segments and ignorables in order gives back the article.
/// Boilerplate units carry `translate="no"` and the rule that recognised them; a repeated
/// paragraph's unit `translate="no"` and the id of the unit it repeats (`repeats`). Characters
/// XML 1.0 cannot carry are written as `<cp hex="…"/>`, as XLIFF 2 prescribes.
package struct XLIFF2Writer: XLIFFFileWriter {
    package static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    package static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"
    package static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    package static let matchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0"

    package var options: XLIFFWriterOptions {
        didSet { glossaryMarkup = options.glossary.map(GlossaryEntryMarkup.init) }
    }
    /// The glossary entries' markup, rendered once per entry used.
    private var glossaryMarkup: GlossaryEntryMarkup?

    package init(options: XLIFFWriterOptions) {
        self.options = options
        glossaryMarkup = options.glossary.map(GlossaryEntryMarkup.init)
    }

    /// The whole file as one string.
    package func write(_ document: Document) -> String {
        do {
            return try wholeFile(document)
        } catch {
            fatalError("unreachable: XLIFF 2 can carry every character, and collecting bytes does not throw")
        }
    }

    /// Writes the file in pieces (a round of units at a time, rendered on `workers` threads when
    /// the document is large), handing each to `emit` as soon as it is made: with a file as
    /// `emit`, a large article's XLIFF is never whole in memory. Throws only what `emit` throws.
    package func write(
        _ document: Document, workers: Int = ParallelChunks.defaultWorkers, toUTF8 emit: ([UInt8]) throws -> Void
    ) throws {
        var out = XMLText()
        out += #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<xliff xmlns="\#(Self.namespace)" xmlns:mda="\#(Self.metadataNamespace)""#
        if options.glossary != nil {
            out += #" xmlns:gls="\#(Self.glossaryNamespace)" xmlns:alih="\#(AlihNamespace.uri)""#
        }
        let leveraged = document.blocks.contains { $0.segments.contains { !($0.leverage?.fuzzy.isEmpty ?? true) } }
        if leveraged { out += #" xmlns:mtc="\#(Self.matchesNamespace)""# }
        out += #" version="2.1""#
        out +=
            #" srcLang="\#(XMLEscaping.attribute(options.sourceLanguage))" trgLang="\#(XMLEscaping.attribute(options.targetLanguage))">"#
            + "\n"
        out +=
            #"  <file id="f1" original="\#(XMLEscaping.attribute(document.sourceName))" xml:space="preserve">"# + "\n"
        out += "    <mda:metadata>\n      <mda:metaGroup category=\"alih\">\n"
        for field in options.record.fields {
            appendMeta(field.key, field.value, indent: "        ", to: &out)
        }
        out += "      </mda:metaGroup>\n    </mda:metadata>\n"
        try emit(out.bytes)
        try UnitLayout.renderUnits(
            of: document, dropBoilerplate: options.dropBoilerplate, workers: workers,
            render: { [self] unit, source, out in
                appendUnit(unit, document: document, source: source, to: &out)
            }, emit: emit)
        try emit(Array("  </file>\n</xliff>\n".utf8))
    }

    private func appendUnit(_ unit: UnitLayout, document: Document, source: SourceBytes, to out: inout XMLText) {
        let block = unit.block
        // Pieces appended one by one: an interpolated string is a String built and dropped.
        out += "    <unit id=\""
        out += block.id
        out += "\""
        if block.kind.repeatedBlock != nil {
            out += #" translate="no" type="alih:repeat""#
        } else if !block.isTranslatable {
            out += #" translate="no" type="alih:boilerplate""#
        }
        out += ">\n      <mda:metadata>\n        <mda:metaGroup category=\"alih\">\n"
        appendMeta("checksum", unit.sourceChecksum(in: source), indent: "          ", to: &out)
        let sentences = unit.segmentCount
        if sentences > 1 { appendMeta("segments", String(sentences), indent: "          ", to: &out) }
        if let rule = block.kind.boilerplateRule {
            appendMeta("boilerplate-rule", rule, indent: "          ", to: &out)
        }
        if let original = block.kind.repeatedBlock {
            appendMeta("repeats", original, indent: "          ", to: &out)
        }
        out += "        </mda:metaGroup>\n      </mda:metadata>\n"
        let terms = unit.pieces.flatMap { piece -> [TermMatch] in
            if case .segment(let segment) = piece { return segment.terms }
            return []
        }
        let fuzzy = unit.pieces.compactMap { piece -> Segment? in
            if case .segment(let segment) = piece, !(segment.leverage?.fuzzy.isEmpty ?? true) { return segment }
            return nil
        }
        if !fuzzy.isEmpty { appendMatches(fuzzy, to: &out) }
        var unitGlossary: UnitGlossary? = nil
        if let glossaryMarkup, !terms.isEmpty {
            let glossary = UnitGlossary(terms, unitID: block.id, markup: glossaryMarkup)
            appendGlossary(glossary, to: &out)
            unitGlossary = glossary
        }
        var ignorables = 0
        var marks = 0
        let codes = InlineCodeData(unit, codes: document.codes)
        if !codes.isEmpty { codes.appendOriginalData(document.codes, to: &out) }
        for piece in unit.pieces {
            switch piece {
            case .segment(let segment):
                let text = source.slice(segment.range)
                let exact = segment.codes.isEmpty ? segment.leverage?.exact : nil
                out += "      <segment id=\""
                out += segment.id
                out += exact != nil ? "\" state=\"translated\">\n        <source>" : "\">\n        <source>"
                if !segment.codes.isEmpty {
                    let marked = unitGlossary != nil && options.markTerms
                    appendCoded(
                        segment, codes: codes, marks: marked ? unitGlossary : nil, counter: &marks, document: document,
                        source: source, to: &out)
                } else if let unitGlossary, options.markTerms && !segment.terms.isEmpty {
                    Self.appendMarked(segment, glossary: unitGlossary, marks: &marks, source: source, to: &out)
                } else {
                    Self.appendContent(text, to: &out)
                }
                out += "</source>\n"
                if let exact {
                    out += "        <target>"
                    Self.appendContent(exact[...], to: &out)
                    out += "</target>\n"
                } else if options.prefillTargets {
                    out += "        <target>"
                    if segment.codes.isEmpty {
                        Self.appendContent(text, to: &out)
                    } else {
                        var unused = 0
                        appendCoded(
                            segment, codes: codes, marks: nil, counter: &unused, document: document, source: source,
                            to: &out)
                    }
                    out += "</target>\n"
                }
                out += "      </segment>\n"
            case .ignorable(let range):
                ignorables += 1
                appendIgnorable(source.slice(range), id: block.id, suffix: "-i", number: ignorables, to: &out)
            }
        }
        if !unit.separator.isEmpty {
            appendIgnorable(source.slice(unit.separator), id: block.id, suffix: "-sep", to: &out)
        }
        out += "    </unit>\n"
    }

    /// The Translation Candidates module block: the memory's fuzzy matches for the unit's segments.
    private func appendMatches(_ segments: [Segment], to out: inout XMLText) {
        out += "      <mtc:matches>\n"
        for segment in segments {
            for candidate in segment.leverage?.fuzzy ?? [] {
                out +=
                    "        <mtc:match ref=\"#\(segment.id)\" type=\"tm\" origin=\"\(XMLEscaping.attribute(candidate.origin))\""
                out += " matchQuality=\"\(String(format: "%.1f", candidate.quality))\">\n          <source>"
                Self.appendContent(candidate.source[...], to: &out)
                out += "</source>\n          <target>"
                Self.appendContent(candidate.target[...], to: &out)
                out += "</target>\n        </mtc:match>\n"
            }
        }
        out += "      </mtc:matches>\n"
    }

    /// A unit's glossary entries, each once in the order of their first occurrence, with the
    /// markup they share with every unit, and the starts of the unit's ids.
    private struct UnitGlossary {
        /// The entries: the first occurrence's index among the unit's terms, its tier, the markup.
        var entries: [(firstTerm: Int, tier: Int, parts: GlossaryEntryMarkup.Parts)] = []
        /// For each of the unit's terms in order, its entry's place in `entries`.
        var places: [Int] = []
        /// The unit's id, which the ids of its entries, translations and marks start with.
        let unitID: String

        init(_ terms: [TermMatch], unitID: String, markup: GlossaryEntryMarkup) {
            var listed: [Int] = []
            listed.reserveCapacity(terms.count)
            entries.reserveCapacity(terms.count)
            places.reserveCapacity(terms.count)
            for (index, term) in terms.enumerated() {
                if let place = listed.firstIndex(of: term.entryIndex) {
                    places.append(place)
                    continue
                }
                places.append(listed.count)
                listed.append(term.entryIndex)
                entries.append(
                    (
                        index, Self.tierIndex(term.tier),
                        markup.parts(of: term.entryIndex) { XLIFF2Writer.appendContent($0, to: &$1) }
                    ))
            }
            self.unitID = unitID
        }

        /// `opening`, the unit's id, `end` and `number`: the start of an id such as
        /// `<mrk id="UNIT-m3`, written piece by piece (a unit's own copy of the start would be
        /// an allocation per unit).
        func appendID(_ opening: StaticString, _ end: StaticString, _ number: Int, to out: inout XMLText) {
            out.append(utf8: UnsafeBufferPointer(start: opening.utf8Start, count: opening.utf8CodeUnitCount))
            out += unitID
            out.append(utf8: UnsafeBufferPointer(start: end.utf8Start, count: end.utf8CodeUnitCount))
            out.append(number)
        }

        /// The place of `tier` among the markup's per-tier parts (`MatchTier.allCases`).
        static func tierIndex(_ tier: MatchTier) -> Int {
            switch tier {
            case .exact: 0
            case .case: 1
            case .inflected: 2
            }
        }
    }

    /// The Glossary module block: one `glossEntry` per entry matched in the unit, however often
    /// it occurs, with the tier of its first occurrence and linked to that occurrence's `<mrk>`.
    private func appendGlossary(_ glossary: UnitGlossary, to out: inout XMLText) {
        out += "      <gls:glossary>\n"
        for (number, entry) in zip(1..., glossary.entries) {
            glossary.appendID("        <gls:glossEntry id=\"", "-g", number, to: &out)
            if options.markTerms { glossary.appendID("\" ref=\"#", "-m", entry.firstTerm + 1, to: &out) }
            out.append(utf8: entry.parts.entryAttributes(entry.tier))
            for t in 0..<entry.parts.translationCount {
                glossary.appendID("          <gls:translation id=\"", "-g", number, to: &out)
                out.append(utf8: entry.parts.translation(t))
            }
            out.append(utf8: entry.parts.tail)
        }
        out += "      </gls:glossary>\n"
    }

    /// A segment's source with each matched term wrapped in `<mrk type="term">`; `marks` counts
    /// the unit's terms marked so far.
    private static func appendMarked(
        _ segment: Segment, glossary: UnitGlossary, marks: inout Int, source: SourceBytes, to out: inout XMLText
    ) {
        var cursor = segment.range.lowerBound
        for term in segment.terms {
            let parts = glossary.entries[glossary.places[marks]].parts
            marks += 1
            Self.appendContent(source.slice(cursor..<term.range.lowerBound), to: &out)
            glossary.appendID("<mrk id=\"", "-m", marks, to: &out)
            out.append(utf8: parts.markAttributes(UnitGlossary.tierIndex(term.tier)))
            Self.appendContent(source.slice(term.range), to: &out)
            out += "</mrk>"
            cursor = term.range.upperBound
        }
        Self.appendContent(source.slice(cursor..<segment.range.upperBound), to: &out)
    }

    /// A segment's content with its inline codes as `<pc>`/`<ph>` pointing into the unit's
    /// `<originalData>`, and with `marks`, its terms in `<mrk type="term">` (`counter` counts
    /// the unit's marks so far).
    private func appendCoded(
        _ segment: Segment, codes: InlineCodeData, marks glossary: UnitGlossary?, counter: inout Int,
        document: Document, source: SourceBytes, to out: inout XMLText
    ) {
        let all = document.codes
        for piece in SegmentContent.pieces(of: segment, codes: all, marksTerms: glossary != nil) {
            switch piece {
            case .text(let range):
                Self.appendContent(source.slice(range), to: &out)
            case .termStart(let term):
                guard let glossary else { continue }
                let parts = glossary.entries[glossary.places[counter]].parts
                counter += 1
                glossary.appendID("<mrk id=\"", "-m", counter, to: &out)
                out.append(utf8: parts.markAttributes(UnitGlossary.tierIndex(segment.terms[term].tier)))
            case .termEnd:
                out += "</mrk>"
            case .code(let index):
                let code = all[index]
                switch code.kind {
                case .closing:
                    out += "</pc>"
                case .opening, .standalone:
                    out += code.kind == .opening ? "<pc id=\"" : "<ph id=\""
                    out.append(code.id)
                    out += "\""
                    if code.kind == .opening {
                        if let start = codes.dataID[index] {
                            out += " dataRefStart=\"d"
                            out.append(start)
                            out += "\""
                        }
                        if let closing = codes.closing[index], let end = codes.dataID[closing] {
                            out += " dataRefEnd=\"d"
                            out.append(end)
                            out += "\""
                        }
                    } else if let data = codes.dataID[index] {
                        out += " dataRef=\"d"
                        out.append(data)
                        out += "\""
                    }
                    let type = SegmentContent.xliff2Type(code.name)
                    out += " type=\""
                    out += type.type
                    out += "\""
                    if let subType = type.subType {
                        out += " subType=\""
                        out += subType
                        out += "\""
                    }
                    if code.name == "a" { out += " canDelete=\"no\"" }
                    out += code.kind == .opening ? ">" : "/>"
                }
            }
        }
    }

    /// An ignorable with the id `id` + `suffix` (+ `number`).
    private func appendIgnorable(
        _ text: UnsafeBufferPointer<UInt8>, id: String, suffix: String, number: Int? = nil, to out: inout XMLText
    ) {
        out += "      <ignorable id=\""
        out += id
        out += suffix
        if let number { out.append(number) }
        out += "\"><source>"
        Self.appendContent(text, to: &out)
        out += "</source></ignorable>\n"
    }

    private static func appendContent(_ text: Substring, to out: inout XMLText) {
        XMLEscaping.appendText(text, to: &out) { scalar in #"<cp hex="\#(XMLEscaping.hex(scalar))"/>"# }
    }

    private static func appendContent(_ text: UnsafeBufferPointer<UInt8>, to out: inout XMLText) {
        XMLEscaping.appendText(utf8: text, to: &out) { scalar in #"<cp hex="\#(XMLEscaping.hex(scalar))"/>"# }
    }

    private func appendMeta(_ type: String, _ value: String, indent: String, to out: inout XMLText) {
        out += indent
        out += "<mda:meta type=\""
        out += XMLEscaping.attribute(type)
        out += "\">"
        Self.appendContent(value[...], to: &out)
        out += "</mda:meta>\n"
    }
}
