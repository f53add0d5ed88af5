import AlihCore

/// Writes a segmented document as XLIFF 2.1 (core plus the Metadata module).
///
/// One `<file>` per article, one `<unit>` per block, one `<segment>` per sentence, and an
/// `<ignorable>` for every stretch of whitespace between and after them, block separators
/// included: reading every unit's segments and ignorables in order gives back the article.
/// Boilerplate units carry `translate="no"` and the rule that recognised them. Characters
/// XML 1.0 cannot carry are written as `<cp hex="…"/>`, as XLIFF 2 prescribes.
public struct XLIFF2Writer: Sendable {
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    public static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"

    public var options: XLIFFWriterOptions

    public init(options: XLIFFWriterOptions) { self.options = options }

    public func write(_ document: Document) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        out += #"<xliff xmlns="\#(Self.namespace)" xmlns:mda="\#(Self.metadataNamespace)" version="2.1""#
        out += #" srcLang="\#(XMLEscaping.attribute(options.sourceLanguage))" trgLang="\#(XMLEscaping.attribute(options.targetLanguage))">"# + "\n"
        out += #"  <file id="f1" original="\#(XMLEscaping.attribute(document.sourceName))" xml:space="preserve">"# + "\n"
        out += "    <mda:metadata>\n      <mda:metaGroup category=\"alih\">\n"
        for field in options.record.fields {
            appendMeta(field.key, field.value, indent: "        ", to: &out)
        }
        out += "      </mda:metaGroup>\n    </mda:metadata>\n"
        for unit in UnitLayout.units(of: document, dropBoilerplate: options.dropBoilerplate) {
            appendUnit(unit, document: document, to: &out)
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    private func appendUnit(_ unit: UnitLayout, document: Document, to out: inout String) {
        let block = unit.block
        out += #"    <unit id="\#(block.id)""#
        if !block.isTranslatable { out += #" translate="no" type="alih:boilerplate""# }
        out += ">\n      <mda:metadata>\n        <mda:metaGroup category=\"alih\">\n"
        appendMeta("checksum", SHA256.checksum(document.text(of: block)), indent: "          ", to: &out)
        if let rule = block.kind.boilerplateRule { appendMeta("boilerplate-rule", rule, indent: "          ", to: &out) }
        out += "        </mda:metaGroup>\n      </mda:metadata>\n"
        var ignorables = 0
        for piece in unit.pieces {
            switch piece {
            case .segment(let segment):
                let text = document.text(segment.range)
                out += #"      <segment id="\#(segment.id)">"# + "\n        <source>"
                appendContent(text, to: &out)
                out += "</source>\n"
                if options.prefillTargets {
                    out += "        <target>"
                    appendContent(text, to: &out)
                    out += "</target>\n"
                }
                out += "      </segment>\n"
            case .ignorable(let range):
                ignorables += 1
                appendIgnorable(document.text(range), id: "\(block.id)-i\(ignorables)", to: &out)
            }
        }
        if !unit.separator.isEmpty {
            ignorables += 1
            appendIgnorable(document.text(unit.separator), id: "\(block.id)-i\(ignorables)", to: &out)
        }
        out += "    </unit>\n"
    }

    private func appendIgnorable(_ text: Substring, id: String, to out: inout String) {
        out += #"      <ignorable id="\#(id)"><source>"#
        appendContent(text, to: &out)
        out += "</source></ignorable>\n"
    }

    private func appendContent(_ text: Substring, to out: inout String) {
        XMLEscaping.appendText(text, to: &out) { scalar in #"<cp hex="\#(XMLEscaping.hex(scalar))"/>"# }
    }

    private func appendMeta(_ type: String, _ value: String, indent: String, to out: inout String) {
        out += #"\#(indent)<mda:meta type="\#(XMLEscaping.attribute(type))">"#
        appendContent(value[...], to: &out)
        out += "</mda:meta>\n"
    }
}
