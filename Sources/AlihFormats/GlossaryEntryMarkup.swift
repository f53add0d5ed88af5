import AlihCore
import Synchronization

/// The parts of an entry's XLIFF 2 glossary markup that do not depend on the unit, rendered
/// once per entry and kept: a unit's glossary block and marks then only join them with its ids.
/// Entries are rendered when first met, so a large glossary costs only what is used.
final class GlossaryEntryMarkup: Sendable {
    /// One entry's markup, as bytes.
    final class Parts: Sendable {
        /// Per tier (`MatchTier.rank`): from the closing quote of a `glossEntry`'s `id` or `ref`
        /// to the end of its `<gls:term>` line (entry id, tier, flags, the term).
        let entryAttributes: [[UInt8]]
        /// Each translation's markup after its `id` value.
        let translations: [[UInt8]]
        /// The definition (if any) and the closing `</gls:glossEntry>`.
        let tail: [UInt8]
        /// Per tier: from the closing quote of a `<mrk>`'s `id` to the end of its start tag.
        let markAttributes: [[UInt8]]

        init(entryAttributes: [[UInt8]], translations: [[UInt8]], tail: [UInt8], markAttributes: [[UInt8]]) {
            self.entryAttributes = entryAttributes
            self.translations = translations
            self.tail = tail
            self.markAttributes = markAttributes
        }
    }

    private let glossary: Glossary
    private let source: String
    private let rendered = Mutex<[Int: Parts]>([:])

    init(glossary: Glossary) {
        self.glossary = glossary
        source = XMLEscaping.attribute(glossary.name)
    }

    /// The parts of entry `index`, rendered now if they were not yet (`content` escapes text).
    func parts(of index: Int, content: (Substring, inout XMLText) -> Void) -> Parts {
        if let known = rendered.withLock({ $0[index] }) { return known }
        let entry = glossary.entries[index]
        let id = XMLEscaping.attribute(entry.id)
        var afterTier = XMLText()
        afterTier += "\""
        if entry.doNotTranslate { afterTier += #" alih:doNotTranslate="yes""# }
        if entry.caseSensitive { afterTier += #" alih:caseSensitive="yes""# }
        afterTier += ">\n          <gls:term source=\""
        afterTier += source
        afterTier += "\">"
        content(entry.source[...], &afterTier)
        afterTier += "</gls:term>\n"
        var entryAttributes: [[UInt8]] = []
        var markAttributes: [[UInt8]] = []
        for tier in MatchTier.allCases {
            var entryAndTier = XMLText()
            entryAndTier += "\" alih:entry=\""
            entryAndTier += id
            entryAndTier += "\" alih:tier=\""
            entryAndTier += tier.rawValue
            var attributes = entryAndTier
            attributes.append(bytes: afterTier.bytes)
            entryAttributes.append(attributes.bytes)
            var mark = XMLText()
            mark += "\" type=\"term"
            mark.append(bytes: entryAndTier.bytes)
            mark += "\">"
            markAttributes.append(mark.bytes)
        }
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
            entryAttributes: entryAttributes, translations: translations, tail: tail.bytes,
            markAttributes: markAttributes)
        return rendered.withLock { rendered in
            if let known = rendered[index] { return known }
            rendered[index] = parts
            return parts
        }
    }
}
