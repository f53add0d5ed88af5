import CAlihICU

/// An ICU sentence or word break iterator that owns the UTF-16 text it walks.
///
/// ICU does not copy the text given to a break iterator, so this type keeps its own UTF-16
/// buffer for as long as the iterator lives and frees both in `deinit`. It is `~Copyable`:
/// there is exactly one owner of the ICU handle. Reuse one iterator for many texts; opening
/// one costs far more than pointing it at new text.
public struct BreakIterator: ~Copyable {
    /// What kind of boundaries to find.
    public enum Kind: Sendable {
        case sentence
        case word
    }

    /// A boundary: the UTF-16 offset where a piece of text ends, and ICU's rule status for it.
    ///
    /// For word boundaries the status tells what the piece before it was: see `WordKind`.
    public struct Boundary: Equatable, Sendable {
        public var offset: Int
        public var status: Int32
    }

    private let handle: OpaquePointer
    private var buffer: UnsafeMutableBufferPointer<UInt16>
    private var length = 0

    /// Opens an iterator of `kind` for a locale such as `id`.
    public init(_ kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let opened = locale.withCString { alih_break_open(kind == .word ? 1 : 0, $0, &status) }
        guard let opened, status <= 0 else {
            throw ICUError(operation: "opening a \(kind) break iterator for '\(locale)'", status: status)
        }
        handle = opened
        buffer = .allocate(capacity: 256)
    }

    deinit {
        alih_break_close(handle)
        buffer.deallocate()
    }

    /// Every boundary of `text` after offset 0, in order; the last one is the text's UTF-16 length.
    public mutating func boundaries(of text: some Sequence<UInt16>) throws(ICUError) -> [Boundary] {
        try setText(text)
        var result: [Boundary] = []
        result.reserveCapacity(length / 40 + 1)
        let batch = 256
        var offsets = [Int32](repeating: 0, count: batch)
        var statuses = [Int32](repeating: 0, count: batch)
        while true {
            let count = Int(alih_break_next_batch(handle, &offsets, &statuses, Int32(batch)))
            for i in 0..<count {
                result.append(Boundary(offset: Int(offsets[i]), status: statuses[i]))
            }
            if count < batch { break }
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
public enum WordKind: Sendable, Equatable {
    /// Spaces, punctuation and symbols.
    case none
    case number
    case letter
    /// Kana and ideographs.
    case ideographic

    public init(status: Int32) {
        switch Int(status) {
        case ..<Int(ALIH_WORD_NONE_LIMIT): self = .none
        case ..<Int(ALIH_WORD_NUMBER_LIMIT): self = .number
        case ..<Int(ALIH_WORD_LETTER_LIMIT): self = .letter
        default: self = .ideographic
        }
    }
}
