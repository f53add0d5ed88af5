import AlihCore
import Synchronization

/// The parts of an entry's XLIFF 2 glossary markup that do not depend on the unit, rendered
/// once per entry and kept: a unit's glossary block then only joins them with its ids, marks
/// and tiers. Entries are rendered when first met, so a large glossary costs only what is used.
final class GlossaryEntryMarkup: Sendable {
    /// One entry's markup, as bytes.
    struct Parts: Sendable {
        /// The entry's id, escaped for an attribute.
        var id: [UInt8]
        /// From the closing quote of `alih:tier` to the end of `<gls:term>`: flags, `>`, the term.
        var afterTier: [UInt8]
        /// Each translation's markup after its `id` value.
        var translations: [[UInt8]]
        /// The definition (if any) and the closing `</gls:glossEntry>`.
        var tail: [UInt8]
    }

    private let glossary: Glossary
    private let source: String
    private let rendered = Mutex<[Int: Parts]>([:])

    init(glossary: Glossary) {
        self.glossary = glossary
        source = XMLEscaping.attribute(glossary.name)
    }

    /// The parts of entry `index`, rendered now if they were not yet.
    func parts(of index: Int, content: (Substring, inout XMLText) -> Void) -> Parts {
        if let known = rendered.withLock({ $0[index] }) { return known }
        let entry = glossary.entries[index]
        var afterTier = XMLText()
        afterTier += "\""
        if entry.doNotTranslate { afterTier += #" alih:doNotTranslate="yes""# }
        if entry.caseSensitive { afterTier += #" alih:caseSensitive="yes""# }
        afterTier += ">\n          <gls:term source=\""
        afterTier += source
        afterTier += "\">"
        content(entry.source[...], &afterTier)
        afterTier += "</gls:term>\n"
        var translations: [[UInt8]] = []
        for translation in entry.translations {
            var markup = XMLText()
            markup += "\" source=\""
            markup += source
            markup += "\" alih:status=\""
            markup += translation.status.rawValue
            markup += "\">"
            content(translation.text[...], &markup)
            markup += "</gls:translation>\n"
            translations.append(markup.bytes)
        }
        var tail = XMLText()
        if !entry.note.isEmpty {
            tail += "          <gls:definition>"
            content(entry.note[...], &tail)
            tail += "</gls:definition>\n"
        }
        tail += "        </gls:glossEntry>\n"
        let parts = Parts(
            id: Array(XMLEscaping.attribute(entry.id).utf8), afterTier: afterTier.bytes, translations: translations,
            tail: tail.bytes)
        rendered.withLock { $0[index] = parts }
        return parts
    }
}
