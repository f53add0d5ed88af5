/// XML being written, as UTF-8 bytes: appending skips the bookkeeping of a Swift String
/// (capacity, ASCII and count flags on every `+=`).
struct XMLText: XMLOutput {
    private(set) var bytes: [UInt8] = []

    static func += (text: inout XMLText, piece: String) {
        var piece = piece
        piece.withUTF8 { text.bytes.append(contentsOf: $0) }
    }

    static func += (text: inout XMLText, piece: Substring) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.bytes.append(contentsOf: $0) }) == nil {
            text.bytes.append(contentsOf: piece.utf8)
        }
    }

    mutating func append(_ text: String) { self += text }

    mutating func append(_ text: Substring) { self += text }

    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    mutating func append(bytes more: [UInt8]) { bytes.append(contentsOf: more) }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// A non-negative number in decimal.
    mutating func append(_ number: Int) {
        if number >= 10 { append(number / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    var isEmpty: Bool { bytes.isEmpty }
}
