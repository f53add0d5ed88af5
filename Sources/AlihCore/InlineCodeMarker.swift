/// Inline codes written into text as single characters of Unicode's private use plane 15, so
/// that text with codes can go through string work (normalizing, merging) with its codes in
/// place.
///
/// Opening `id` is U+F0000 + `id`, closing U+F4000 + `id`, standalone U+F8000 + `id`, for ids
/// from 1 to `maximumID`. HTML reading writes them into the text it lays out and takes them out
/// after normalization (`Document.takingCodeMarkers`); reading an XLIFF file made from a page
/// writes them where the translator left the codes, and the page merge turns them back into
/// markup. Articles do not use plane 15 (text from a page has its plane-15 characters removed).
package enum InlineCodeMarker {
    /// The largest id a marker can carry.
    package static let maximumID = 0x3FFF

    private static let base: UInt32 = 0xF0000

    /// The marker of code `id` of `kind` (`id` from 1 to `maximumID`).
    package static func scalar(_ kind: InlineCode.Kind, id: Int) -> Unicode.Scalar {
        precondition(id >= 1 && id <= maximumID, "inline code id out of range")
        let offset: UInt32 =
            switch kind {
            case .opening: 0
            case .closing: 0x4000
            case .standalone: 0x8000
            }
        return Unicode.Scalar(base + offset + UInt32(id))!
    }

    /// The code a character stands for, if it is a marker.
    package static func code(_ scalar: Unicode.Scalar) -> (kind: InlineCode.Kind, id: Int)? {
        let value = scalar.value
        guard value > base, value < base + 0xC000 else { return nil }
        let offset = value - base
        let id = Int(offset & 0x3FFF)
        guard id >= 1 else { return nil }
        switch offset >> 14 {
        case 0: return (.opening, id)
        case 1: return (.closing, id)
        default: return (.standalone, id)
        }
    }

    /// Whether a character is in the range markers are taken from (plane 15's first 48K).
    package static func isReserved(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= base && scalar.value < base + 0xC000
    }

    /// Whether `text` holds any marker (a scan for the lead byte of plane 15, `F3`, first).
    package static func hasMarkers(_ text: some StringProtocol) -> Bool {
        guard text.utf8.contains(0xF3) else { return false }
        return text.unicodeScalars.contains { code($0) != nil }
    }

    /// `text` without its markers.
    package static func plain(_ text: String) -> String {
        guard hasMarkers(text) else { return text }
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where code(scalar) == nil { plain.append(scalar) }
        return String(plain)
    }
}
