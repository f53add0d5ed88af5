/// Which characters XML 1.0 can carry: one rule for the normalizer, which removes the others
/// from an article, and the writers, which must never write them.
@usableFromInline
package enum XMLCharacters {
    /// Whether `scalar` is a `Char` of XML 1.0 (tab, line feed, carriage return, and the
    /// ranges U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF).
    @inlinable
    package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
