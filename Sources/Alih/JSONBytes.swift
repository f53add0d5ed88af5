/// JSON written as `JSONEncoder`'s pretty printer writes it (two spaces per level,
/// `"key" : value`, an empty array or object as its brackets with an empty line between, whole
/// doubles without `.0`, `"`, `\` and control characters escaped as it escapes them), into bytes.
/// The report writers build on it so that a large report never exists as an encoder tree.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func indent(_ level: Int) { bytes.append(contentsOf: repeatElement(0x20, count: 2 * level)) }

    mutating func int(_ value: Int) { raw(String(value)) }

    /// A double as `JSONEncoder` writes it: Swift's shortest form, without `.0` on whole numbers.
    mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withContiguousUTF8 { utf8 in
            // Runs of bytes that need no escape are copied as they are.
            var start = 0
            for (i, byte) in utf8.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                escape(byte)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A byte `string` escapes, as `JSONEncoder` escapes it.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case ..<0x20:
            let hex = String(byte, radix: 16)
            raw("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        default: bytes.append(byte)
        }
    }

    /// An object at `level` whose keys (sorted) are written by `value`.
    mutating func object(level: Int, _ keys: [String], _ value: (inout JSONBytes, String) -> Void) {
        guard !keys.isEmpty else {
            raw("{\n\n")
            indent(level)
            raw("}")
            return
        }
        raw("{\n")
        for (n, key) in keys.enumerated() {
            indent(level + 1)
            string(key)
            raw(" : ")
            value(&self, key)
            raw(n == keys.count - 1 ? "\n" : ",\n")
        }
        indent(level)
        raw("}")
    }

    /// An array at `level` whose elements are written by `element` (at `level + 1`).
    mutating func array<Element>(_ elements: [Element], level: Int, _ element: (inout JSONBytes, Element, Int) -> Void)
    {
        guard !elements.isEmpty else {
            raw("[\n\n")
            indent(level)
            raw("]")
            return
        }
        raw("[\n")
        for (n, item) in elements.enumerated() {
            indent(level + 1)
            element(&self, item, level + 1)
            raw(n == elements.count - 1 ? "\n" : ",\n")
        }
        indent(level)
        raw("]")
    }
}
