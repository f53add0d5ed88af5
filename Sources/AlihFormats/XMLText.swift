/// XML being written, as UTF-8 bytes: appending skips the bookkeeping of a Swift String
/// (capacity, ASCII and count flags on every `+=`) and of an Array's `append(contentsOf:)`.
///
/// The bytes go into an array with spare room at its end (zeros, grown by doubling), so that a
/// piece of a few bytes — most of what the writers append — costs a copy and a length check.
struct XMLText: XMLOutput {
    /// The bytes written (the first `count`), then spare room.
    private var storage: [UInt8] = []
    /// How many bytes have been written.
    private(set) var count = 0

    /// The bytes written.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// The bytes written, without copying them.
    consuming func takeBytes() -> [UInt8] {
        storage.removeLast(storage.count - count)
        return storage
    }

    static func += (text: inout XMLText, piece: String) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.append(utf8: $0) }) == nil {
            var piece = piece
            piece.withUTF8 { text.append(utf8: $0) }
        }
    }

    static func += (text: inout XMLText, piece: Substring) {
        if piece.utf8.withContiguousStorageIfAvailable({ text.append(utf8: $0) }) == nil {
            text.append(bytes: Array(piece.utf8))
        }
    }

    mutating func append(_ text: String) { self += text }

    mutating func append(_ text: Substring) { self += text }

    mutating func append(utf8 text: UnsafeBufferPointer<UInt8>) {
        guard let source = text.baseAddress, !text.isEmpty else { return }
        let length = text.count
        if storage.count - count < length { makeRoom(for: length) }
        storage.withUnsafeMutableBufferPointer { buffer in
            (buffer.baseAddress! + count).update(from: source, count: length)
        }
        count += length
    }

    mutating func append(bytes more: [UInt8]) {
        more.withUnsafeBufferPointer { append(utf8: $0) }
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            append(byte: UInt8(scalar.value))
        } else {
            append(bytes: Array(UTF8.encode(scalar)!))
        }
    }

    /// A non-negative number in decimal.
    mutating func append(_ number: Int) {
        if number < 10 {
            append(byte: UInt8(ascii: "0") + UInt8(number))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var value = number
            var start = 20
            while value > 0 || start == 20 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            append(utf8: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    private mutating func append(byte: UInt8) {
        if storage.count == count { makeRoom(for: 1) }
        storage[count] = byte
        count += 1
    }

    /// Grows the spare room to at least `length` bytes, doubling what is held.
    private mutating func makeRoom(for length: Int) {
        let capacity = max(count + length, storage.count * 2, 256)
        let written = count
        storage = storage.withUnsafeBufferPointer { old in
            Array(unsafeUninitializedCapacity: capacity) { buffer, initialized in
                let start = buffer.baseAddress!
                if written > 0 { start.initialize(from: old.baseAddress!, count: written) }
                (start + written).initialize(repeating: 0, count: capacity - written)
                initialized = capacity
            }
        }
    }

    var isEmpty: Bool { count == 0 }
}
