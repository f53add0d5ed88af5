/// The segments candidates' examples are taken from, each kept once as UTF-8, with its article
/// and id: what remains of an article's text once the article is counted.
///
/// An article keeps the segments where one of its runs or names first occurs (a candidate's
/// example is such a place, in the article or in the total), not the article; their bytes stay
/// in the one buffer the article filled (`append(_:article:)` moves buffers, it copies no text).
struct ExampleSegments: Sendable {
    struct Segment: Sendable {
        /// The article's number in the order added (0 within one article's own figures).
        var article: Int32
        var buffer: Int32
        var start: UInt32
        var length: UInt32
        var id: String
    }

    private var buffers: [[UInt8]] = []
    /// Where each buffer's bytes are in `spill` once written there (the buffer is then
    /// empty), else -1.
    private var spilledAt: [Int] = []
    private var spill: TemporaryByteFile?
    private(set) var segments: [Segment] = []

    var count: Int { segments.count }

    /// The bytes of text held, in all buffers.
    var heldBytes: Int { buffers.reduce(0) { $0 + $1.count } }

    /// A store for one article's segments, `bytes` of text in all.
    init(reservingBytes bytes: Int = 0) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(bytes)
        buffers = [buffer]
        spilledAt = [-1]
    }

    /// Keeps the text `utf8` of segment `id` of article `article`; returns its number.
    mutating func append(article: Int32, id: String, utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        if buffers.isEmpty || spilledAt.last! >= 0 {
            buffers.append([])
            spilledAt.append(-1)
        }
        let last = buffers.count - 1
        let start = buffers[last].count
        buffers[last].append(contentsOf: utf8)
        segments.append(
            Segment(
                article: article, buffer: Int32(last), start: UInt32(start), length: UInt32(utf8.count), id: id))
        return Int32(segments.count - 1)
    }

    /// Keeps another store's segments (and takes its buffers), their article set to `article`;
    /// returns the number the first of them gets.
    mutating func append(_ other: ExampleSegments, article: Int32) -> Int32 {
        let first = Int32(segments.count)
        let shift = Int32(buffers.count)
        buffers += other.buffers
        spilledAt += other.spilledAt
        spill = spill ?? other.spill
        for var segment in other.segments {
            segment.article = article
            segment.buffer += shift
            segments.append(segment)
        }
        return first
    }

    /// Releases the text of the segments not marked in `kept` (by number), keeping the others'
    /// in one buffer; a segment whose text is released must not be read again.
    mutating func keepText(of kept: [Bool]) {
        guard kept.contains(false) else { return }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(segments.indices.reduce(0) { kept[$1] ? $0 + Int(segments[$1].length) : $0 })
        for index in segments.indices {
            guard kept[index] else {
                segments[index].buffer = 0
                segments[index].start = 0
                segments[index].length = 0
                continue
            }
            let start = buffer.count
            withText(Int32(index)) { buffer.append(contentsOf: $0) }
            segments[index].buffer = 0
            segments[index].start = UInt32(start)
        }
        buffers = [buffer]
        spilledAt = [-1]
    }

    /// Writes the text held in memory to `spill` and lets it go there (what could not be
    /// written stays); the segments read it back from there.
    mutating func writeText(to spill: TemporaryByteFile) {
        self.spill = spill
        for index in buffers.indices where spilledAt[index] < 0 && !buffers[index].isEmpty {
            guard let range = spill.append({ piece in piece(buffers[index]) }) else { continue }
            spilledAt[index] = range.lowerBound
            buffers[index] = []
        }
    }

    /// The text of segment `index`.
    func text(_ index: Int32) -> String { withText(index) { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the UTF-8 of segment `index`'s text.
    func withText<R>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let segment = segments[Int(index)]
        let start = Int(segment.start)
        let offset = spilledAt[Int(segment.buffer)]
        if offset >= 0 {
            // A failed read is recorded by the file, and what is made of it refused where it is
            // finished (`TemporaryByteFile.throwIfAReadFailed`).
            let bytes = spill!.bytes((offset + start)..<(offset + start + Int(segment.length))) ?? []
            return try bytes.withUnsafeBufferPointer(body)
        }
        return try buffers[Int(segment.buffer)].withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<(start + Int(segment.length))]))
        }
    }
}
