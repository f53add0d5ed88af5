/// JSON written as `JSONEncoder`'s pretty printer writes it (two spaces per level,
/// `"key" : value`, an empty array or object as its brackets with an empty line between, whole
/// doubles without `.0`, `"`, `\` and control characters escaped as it escapes them), into bytes.
/// The report writers build on it so that a large report never exists as an encoder tree.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func indent(_ level: Int) { bytes.append(contentsOf: repeatElement(0x20, count: 2 * level)) }

    /// An integer's decimal digits, as `String(value)` writes them.
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// A double as `JSONEncoder` writes it: Swift's shortest form, without `.0` on whole numbers.
    mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        text.withContiguousUTF8 { escaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string given as its UTF-8.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        escaped(utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `utf8` with what a JSON string escapes escaped: runs of bytes that need no escape are
    /// copied as they are.
    mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                if i > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                escape(byte)
                start = i + 1
            }
            i += 1
        }
        if start == 0 {
            bytes.append(contentsOf: utf8)
        } else if start < utf8.count {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
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
