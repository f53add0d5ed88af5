#if canImport(Glibc)
import Glibc
#endif

/// Text compared and hashed by its UTF-8 bytes: the article is NFC already, and String's own
/// hashing checks normalization on every call.
struct TextKey: Hashable, Sendable {
    let text: Substring

    init(_ text: Substring) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        let equal = a.text.utf8.withContiguousStorageIfAvailable { x in
            b.text.utf8.withContiguousStorageIfAvailable { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return (equal ?? nil) ?? a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
