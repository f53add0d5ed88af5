import CAlihICU

/// An ICU sentence or word break iterator that owns the UTF-16 text it walks.
///
/// ICU does not copy the text given to a break iterator, so this type keeps its own UTF-16
/// buffer for as long as the iterator lives and frees both in `deinit`. It is `~Copyable`:
/// there is exactly one owner of the ICU handle. Reuse one iterator for many texts; opening
/// one costs far more than pointing it at new text.
package struct BreakIterator: ~Copyable {
    /// What kind of boundaries to find.
    package enum Kind: Sendable {
        case sentence
        case word
    }

    /// A boundary: the UTF-16 offset where a piece of text ends, and ICU's rule status for it.
    ///
    /// For word boundaries the status tells what the piece before it was: see `WordKind`.
    package struct Boundary: Equatable, Sendable {
        package var offset: Int
        package var status: Int32
    }

    private let handle: OpaquePointer
    private var buffer: UnsafeMutableBufferPointer<UInt16>
    /// For each UTF-16 unit in `buffer` (and one past the end), the UTF-8 offset it starts at.
    private var utf8Offsets: UnsafeMutableBufferPointer<Int32>
    private var length = 0
    /// Where ICU writes a batch of boundaries and their statuses (kept from one text to the
    /// next: an article has a block per paragraph).
    private let batchOffsets: UnsafeMutableBufferPointer<Int32>
    private let batchStatuses: UnsafeMutableBufferPointer<Int32>
    private static let batch = 256

    /// Opens an iterator of `kind` for a locale such as `id`.
    package init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let opened = locale.withCString { alih_break_open(kind == .word ? 1 : 0, $0, &status) }
        guard let opened, status <= 0 else {
            throw ICUError(operation: "opening a \(kind) break iterator for '\(locale)'", status: status)
        }
        handle = opened
        buffer = .allocate(capacity: 256)
        utf8Offsets = .allocate(capacity: 257)
        batchOffsets = .allocate(capacity: Self.batch)
        batchStatuses = .allocate(capacity: Self.batch)
    }

    deinit {
        alih_break_close(handle)
        buffer.deallocate()
        utf8Offsets.deallocate()
        batchOffsets.deallocate()
        batchStatuses.deallocate()
    }

    /// Every boundary of `text` after its start, as indices into its base string, with ICU's
    /// rule status. The text is transcoded from UTF-8 straight into the owned buffer, keeping
    /// where each UTF-16 unit came from, so boundaries map back to indices without walking
    /// the string.
    package mutating func boundaries(in text: Substring) throws(ICUError) -> [(index: String.Index, status: Int32)] {
        var result: [(index: String.Index, status: Int32)] = []
        result.reserveCapacity(text.utf8.count / 40 + 1)
        try forEachBoundary(in: text) { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with every boundary of `text` after its start, in order, as `boundaries(in:)`
    /// lists them (without making the list).
    package mutating func forEachBoundary(in text: Substring, _ body: (String.Index, Int32) -> Void) throws(ICUError) {
        let utf8 = text.utf8
        // The stages' strings are contiguous UTF-8; any other is copied first.
        let copy = utf8.withContiguousStorageIfAvailable { _ in () } == nil ? Array(utf8) : nil
        var result: Result<Void, ICUError> = .success(())
        func walk(_ bytes: UnsafeBufferPointer<UInt8>) {
            result = Result { () throws(ICUError) in
                try forEachBoundary(utf8: bytes) { offset, status in
                    body(utf8.index(text.startIndex, offsetBy: offset), status)
                }
            }
        }
        if let copy { copy.withUnsafeBufferPointer(walk) } else { _ = utf8.withContiguousStorageIfAvailable(walk) }
        try result.get()
    }

    /// The same for text given as its UTF-8 (well-formed), with the boundaries as byte offsets
    /// into `bytes`: no String index is made, and the text's storage is not retained per piece.
    package mutating func forEachBoundary(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int32) -> Void)
        throws(ICUError)
    {
        let count = bytes.count
        guard count < Int(Int32.max) else {
            throw ICUError(operation: "break iteration (text longer than 2^31 bytes)", status: 1)
        }
        reserve(count)
        length = transcode(bytes)
        var status: Int32 = 0
        alih_break_set_text(handle, buffer.baseAddress, Int32(length), &status)
        try ICUError.check(status, "setting break iterator text")
        while true {
            let found = Int(
                alih_break_next_batch(handle, batchOffsets.baseAddress, batchStatuses.baseAddress, Int32(Self.batch)))
            for i in 0..<found { body(Int(utf8Offsets[Int(batchOffsets[i])]), batchStatuses[i]) }
            if found < Self.batch { break }
        }
    }

    /// Makes room for the UTF-16 form of `utf8Count` UTF-8 bytes (never more units than bytes).
    private mutating func reserve(_ utf8Count: Int) {
        guard buffer.count < utf8Count else { return }
        buffer.deallocate()
        utf8Offsets.deallocate()
        let capacity = max(utf8Count, buffer.count * 2)
        buffer = .allocate(capacity: capacity)
        utf8Offsets = .allocate(capacity: capacity + 1)
    }

    /// Decodes well-formed UTF-8 into `buffer`, recording each unit's UTF-8 offset; returns the
    /// number of UTF-16 units.
    private func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0
        var n = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            let start = Int32(i)
            if lead < 0x80 {
                buffer[n] = UInt16(lead)
                utf8Offsets[n] = start
                n += 1
                i += 1
            } else if lead < 0xE0 {
                buffer[n] = UInt16(lead & 0x1F) << 6 | UInt16(bytes[i + 1] & 0x3F)
                utf8Offsets[n] = start
                n += 1
                i += 2
            } else if lead < 0xF0 {
                buffer[n] = UInt16(lead & 0x0F) << 12 | UInt16(bytes[i + 1] & 0x3F) << 6 | UInt16(bytes[i + 2] & 0x3F)
                utf8Offsets[n] = start
                n += 1
                i += 3
            } else {
                let scalar =
                    UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                let value = scalar - 0x10000
                buffer[n] = UInt16(0xD800 + (value >> 10))
                utf8Offsets[n] = start
                buffer[n + 1] = UInt16(0xDC00 + (value & 0x3FF))
                utf8Offsets[n + 1] = start
                n += 2
                i += 4
            }
        }
        utf8Offsets[n] = Int32(count)
        return n
    }

    /// Every boundary of `text` after offset 0, in order; the last one is the text's UTF-16 length.
    package mutating func boundaries(of text: some Sequence<UInt16>) throws(ICUError) -> [Boundary] {
        try setText(text)
        var result: [Boundary] = []
        result.reserveCapacity(length / 40 + 1)
        while true {
            let count = Int(
                alih_break_next_batch(handle, batchOffsets.baseAddress, batchStatuses.baseAddress, Int32(Self.batch)))
            for i in 0..<count {
                result.append(Boundary(offset: Int(batchOffsets[i]), status: batchStatuses[i]))
            }
            if count < Self.batch { break }
        }
        return result
    }

    /// Copies `text` into the owned buffer (growing it when needed) and hands it to ICU.
    private mutating func setText(_ text: some Sequence<UInt16>) throws(ICUError) {
        length = 0
        for unit in text {
            if length == buffer.count {
                let larger = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: buffer.count * 2)
                _ = larger.initialize(fromContentsOf: buffer)
                buffer.deallocate()
                buffer = larger
                utf8Offsets.deallocate()
                utf8Offsets = .allocate(capacity: buffer.count + 1)
            }
            buffer[length] = unit
            length += 1
        }
        guard length <= Int(Int32.max) else {
            throw ICUError(operation: "break iteration (text longer than 2^31 UTF-16 units)", status: 1)
        }
        var status: Int32 = 0
        alih_break_set_text(handle, buffer.baseAddress, Int32(length), &status)
        try ICUError.check(status, "setting break iterator text")
    }
}

/// What a word-break boundary closed, from ICU's rule status.
package enum WordKind: Sendable, Equatable {
    /// Spaces, punctuation and symbols.
    case none
    case number
    case letter
    /// Kana and ideographs.
    case ideographic

    package init(status: Int32) {
        switch Int(status) {
        case ..<Int(ALIH_WORD_NONE_LIMIT): self = .none
        case ..<Int(ALIH_WORD_NUMBER_LIMIT): self = .number
        case ..<Int(ALIH_WORD_LETTER_LIMIT): self = .letter
        default: self = .ideographic
        }
    }
}
