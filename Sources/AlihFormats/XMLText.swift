/// XML being written, as UTF-8 bytes: appending skips the bookkeeping of a Swift String
/// (capacity, ASCII and count flags on every `+=`) and of an Array's `append(contentsOf:)`.
///
/// The bytes go into an array with spare room at its end (a block of zeros), so that a piece of
/// a few bytes — most of what the writers append — costs a copy and a length check.
struct XMLText: XMLOutput {
    /// The bytes written (the first `count`), then spare room.
    private var storage: [UInt8] = []
    /// How many bytes have been written.
    private(set) var count = 0

    /// The bytes written.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// Hands the bytes written to `body`, then forgets them and keeps the memory (its bytes
    /// become spare room): a writer that renders round after round into the same text neither
    /// grows a new array nor touches fresh pages each round.
    mutating func flush(_ body: ([UInt8]) throws -> Void) rethrows {
        storage.removeLast(storage.count - count)
        defer { count = 0 }
        try body(storage)
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

    mutating func append(_ text: XMLText) {
        text.storage.withUnsafeBufferPointer { append(utf8: UnsafeBufferPointer(rebasing: $0[..<text.count])) }
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
        if number < 100 {
            if storage.count - count < 2 { makeRoom(for: 2) }
            if number >= 10 {
                storage[count] = UInt8(ascii: "0") + UInt8(number / 10)
                count += 1
            }
            storage[count] = UInt8(ascii: "0") + UInt8(number % 10)
            count += 1
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var value = number
            var start = 20
            while value > 0 {
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

    /// Grows the spare room to at least `length` bytes, by zeros: as many as are held (at least
    /// 256, at most a block of 64 KB) — the array's capacity doubles as it grows, but only the
    /// room ahead of what is written is touched (capacity never touched takes no memory).
    private mutating func makeRoom(for length: Int) {
        let room = max(length, min(max(storage.count, 256), Self.zeros.count))
        if room <= Self.zeros.count {
            Self.zeros.withUnsafeBufferPointer { storage.append(contentsOf: $0[..<room]) }
        } else {
            storage.append(contentsOf: repeatElement(0, count: room))
        }
    }

    /// Zeros to append as spare room.
    private static let zeros = [UInt8](repeating: 0, count: 1 << 16)

    var isEmpty: Bool { count == 0 }
}
