import AlihCore
import Synchronization

/// The parts of an entry's XLIFF 2 glossary markup that do not depend on the unit, rendered
/// once per entry and kept: a unit's glossary block and marks then only join them with its ids.
/// Entries are rendered when first met, so a large glossary costs only what is used.
final class GlossaryEntryMarkup: Sendable {
    /// One entry's markup: pieces of bytes in memory the markup owns and never changes, so that
    /// units rendered on several threads read them without reference counting (a shared
    /// object's count, touched from two cores, bounces between them).
    struct Parts: @unchecked Sendable {
        /// The pieces, one after the other.
        private let bytes: UnsafePointer<UInt8>
        /// Where each piece ends in `bytes`: the entry attributes per tier, the mark attributes
        /// per tier, the tail, then each translation.
        private let ends: UnsafePointer<Int32>
        /// How many translations the entry has.
        let translationCount: Int

        /// From the closing quote of a `glossEntry`'s `id` or `ref` to the end of its
        /// `<gls:term>` line (entry id, tier, flags, the term), for tier `tier` (`MatchTier.allCases`).
        func entryAttributes(_ tier: Int) -> UnsafeBufferPointer<UInt8> { piece(tier) }

        /// From the closing quote of a `<mrk>`'s `id` to the end of its start tag, for tier `tier`.
        func markAttributes(_ tier: Int) -> UnsafeBufferPointer<UInt8> { piece(3 + tier) }

        /// The definition (if any) and the closing `</gls:glossEntry>`.
        var tail: UnsafeBufferPointer<UInt8> { piece(6) }

        /// Translation `t`'s markup after its `id` value's glossEntry part: `-tN`, the source,
        /// status and text.
        func translation(_ t: Int) -> UnsafeBufferPointer<UInt8> { piece(7 + t) }

        private func piece(_ k: Int) -> UnsafeBufferPointer<UInt8> {
            let start = k == 0 ? 0 : Int(ends[k - 1])
            return UnsafeBufferPointer(start: bytes + start, count: Int(ends[k]) - start)
        }

        /// The pieces copied into one allocation (the ends, then the bytes), which `free` releases.
        init(pieces: [[UInt8]], translationCount: Int) {
            let total = pieces.reduce(0) { $0 + $1.count }
            let endsSize = pieces.count * MemoryLayout<Int32>.stride
            let memory = UnsafeMutableRawPointer.allocate(
                byteCount: endsSize + total, alignment: MemoryLayout<Int32>.alignment)
            let ends = memory.bindMemory(to: Int32.self, capacity: pieces.count)
            let bytes = (memory + endsSize).bindMemory(to: UInt8.self, capacity: total)
            var offset = 0
            for (k, piece) in pieces.enumerated() {
                piece.withUnsafeBufferPointer { (bytes + offset).update(from: $0.baseAddress!, count: $0.count) }
                offset += piece.count
                ends[k] = Int32(offset)
            }
            self.ends = UnsafePointer(ends)
            self.bytes = UnsafePointer(bytes)
            self.translationCount = translationCount
        }

        func free() { UnsafeMutableRawPointer(mutating: ends).deallocate() }
    }

    private let glossary: Glossary
    private let source: String
    private let rendered = Mutex<[Int: Parts]>([:])

    init(glossary: Glossary) {
        self.glossary = glossary
        source = XMLEscaping.attribute(glossary.name)
    }

    deinit {
        rendered.withLock { rendered in
            for parts in rendered.values { parts.free() }
        }
    }

    /// The parts of entry `index`, rendered now if they were not yet (`content` escapes text).
    /// They stay valid as long as this markup lives.
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
        for (t, translation) in entry.translations.enumerated() {
            var markup = XMLText()
            markup += "-t"
            markup.append(t + 1)
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
            pieces: entryAttributes + markAttributes + [tail.bytes] + translations,
            translationCount: translations.count)
        return rendered.withLock { rendered in
            if let known = rendered[index] {
                parts.free()
                return known
            }
            rendered[index] = parts
            return parts
        }
    }
}
