import AlihCore
import AlihXML

#if canImport(Glibc)
    import Glibc
#endif

/// Reading a large XLIFF file on several cores: the file cut before unit start tags, each part
/// parsed by its own parser and handler, the parts joined in order.
///
/// A part's parser is first given the document's head (everything before the first unit), so
/// it starts where the first unit starts: inside the same `<file>` (and `<body>`), with the same
/// namespaces in scope. Each part then reads on past its end, up to the end of the next part's
/// first start tag, and the cut is accepted only if the parser reports exactly that tag, as a
/// unit with the same open elements as the first unit, as the last thing it parsed: a cut
/// that fell in a comment, a CDATA section, a processing instruction or a deeper element fails
/// this. Anything unexpected (a cut not accepted, any error in any part, an id used in two
/// parts) returns nil and the caller reads the file again on one thread, which reports what it
/// always reports. When it succeeds the document is the one-thread reader's, line numbers
/// included (tested for 1 to 5 parts, XLIFF 2 and 1.2).
extension XLIFFReader {
    /// What one part gave.
    private struct Part: Sendable {
        var document: TranslatedDocument
        var unitIDs: Set<String>
        var segmentIDs: Set<String>
        /// Line feeds in the part's own bytes (not the head, not the next part's first tag).
        var newlines: Int
    }

    /// Where a part starts and where the start tag it begins with ends.
    private struct Cut {
        var start: Int
        var tagEnd: Int
    }

    /// The head: the document before its first unit, and that unit's open elements and raw
    /// tag name (`unit`, `group`, `trans-unit`, with its prefix if it has one).
    private struct Head: Sendable {
        var bytes: [UInt8]
        var stack: [String]
        var tagName: [UInt8]
    }

    /// Reads the file at `path` (`size` bytes) in up to `workers` parts; nil when it cannot.
    func readInParts(path: String, size: Int, workers: Int) -> TranslatedDocument? {
        let parts = min(workers, size / max(1, minimumPartBytes))
        guard parts >= 2 else { return nil }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let head = self.head(descriptor, path: path),
            let cuts = self.cuts(descriptor, size: size, parts: parts, head: head)
        else { return nil }
        let starts = [0] + cuts.map(\.start)
        var results = ParallelChunks.map(count: starts.count, minimumChunk: 1, workers: starts.count) { range in
            let index = range.lowerBound
            return readPart(
                descriptor, path: path, range: starts[index]..<(index + 1 < starts.count ? starts[index + 1] : size),
                next: index < cuts.count ? cuts[index] : nil, head: index > 0 ? head : nil, firstStack: head.stack)
        }
        var read: [Part] = []
        for index in results.indices {
            guard let part = results[index].take() else { return nil }  // moved: the units stay unshared
            read.append(part)
        }
        return join(&read, head: head)
    }

    /// Parses the start of the file up to its first unit-level start tag.
    private func head(_ descriptor: Int32, path: String) -> Head? {
        let delegate = XLIFFParsingDelegate(path: path, maximumDepth: maximumDepth, maximumTextBytes: maximumTextBytes)
        delegate.stopsAtFirstUnit = true
        let parser = StreamingXMLParser(handler: delegate)
        var bytes: [UInt8] = []
        var parsed = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while delegate.firstUnit == nil, !parser.isStopped, bytes.count < XLIFFReader.maximumHeadBytes {
            let count = chunk.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress!, $0.count, off_t(bytes.count))
            }
            guard count > 0 else { return nil }
            bytes.append(contentsOf: chunk[..<count])
            if parsed == 0 {
                // The parts are read as UTF-8: the file must say it is, and pass the prolog checks.
                let prolog = Array(bytes.prefix(XMLProlog.headBytes))
                guard XMLProlog.isUTF8(prolog),
                    (try? XMLProlog.check(prolog, whole: false, path: path, format: "xliff", root: "xliff")) != nil
                else { return nil }
            }
            let cut = HardenedXMLParsing.lastCharacterBoundary(bytes, bytes.count)
            guard TextDecoder.firstInvalidUTF8(bytes[parsed..<cut]) == nil,
                (try? parser.feed(Array(bytes[parsed..<cut]))) != nil
            else { return nil }
            parsed = cut
        }
        guard let first = delegate.firstUnit, delegate.failure == nil else { return nil }
        // No '<' inside a tag: the last one before the parsed position opens the unit's tag.
        guard let start = bytes[..<min(first.bytesConsumed, bytes.count)].lastIndex(of: UInt8(ascii: "<")) else {
            return nil
        }
        var end = start + 1
        while end < bytes.count, !Self.endsName(bytes[end]) { end += 1 }
        let tagName = Array(bytes[(start + 1)..<end])
        let localName = tagName.split(separator: UInt8(ascii: ":")).last.map { String(decoding: $0, as: UTF8.self) }
        guard end < bytes.count, localName == first.stack.last else { return nil }
        return Head(bytes: Array(bytes[..<start]), stack: first.stack, tagName: tagName)
    }

    private static let maximumHeadBytes = 1 << 20

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/")
    }

    /// The cuts: near each `size / parts`, the next start tag named like the first unit's.
    private func cuts(_ descriptor: Int32, size: Int, parts: Int, head: Head) -> [Cut]? {
        var cuts: [Cut] = []
        let pattern = [UInt8(ascii: "<")] + head.tagName
        let window = 1 << 18
        var buffer = [UInt8](repeating: 0, count: window)
        for index in 1..<parts {
            var offset = max(size * index / parts, cuts.last?.tagEnd ?? head.bytes.count + 1)
            // A tag is looked for within 4 MB of the target; without one, the part joins the next.
            let limit = min(size, offset + (4 << 20))
            search: while offset < limit {
                let count = buffer.withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress!, $0.count, off_t(offset))
                }
                guard count > 0 else { return nil }
                var position = 0
                var resume = max(1, count - pattern.count)
                while let match = Self.find(pattern, in: buffer, from: position, to: count) {
                    position = match + 1
                    guard match + pattern.count < count else {
                        resume = max(1, match)
                        break
                    }
                    guard Self.endsName(buffer[match + pattern.count]) else { continue }
                    switch Self.tagEnd(buffer, from: match + pattern.count, to: count) {
                    case .at(let end):
                        cuts.append(Cut(start: offset + match, tagEnd: offset + end))
                        break search
                    case .notATag:
                        continue
                    case .beyond:
                        resume = max(1, match)
                    }
                    break
                }
                if count < window { break }
                offset += resume
            }
        }
        return cuts.isEmpty ? nil : cuts
    }

    /// The first `pattern` (which starts with `<`) in `buffer[from..<end]`.
    private static func find(_ pattern: [UInt8], in buffer: [UInt8], from: Int, to end: Int) -> Int? {
        buffer.withUnsafeBytes { raw -> Int? in
            pattern.withUnsafeBytes { needle -> Int? in
                let base = raw.baseAddress!
                var position = from
                while end - position >= needle.count,
                    let found = memchr(base + position, Int32(needle[0]), end - position - needle.count + 1)
                {
                    let match = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 { return match }
                    position = match + 1
                }
                return nil
            }
        }
    }

    private enum TagEnd {
        case at(Int)
        case notATag, beyond
    }

    /// Where a start tag whose name ends at `from` ends (after its `>`; attribute values may
    /// hold `>`, so quotes are followed).
    private static func tagEnd(_ buffer: [UInt8], from: Int, to end: Int) -> TagEnd {
        var quote: UInt8 = 0
        var index = from
        while index < end {
            let byte = buffer[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return .at(index + 1)
            } else if byte == UInt8(ascii: "<") {
                return .notATag
            }
            index += 1
        }
        return .beyond
    }

    /// Parses one part: the head (parts after the first), `range`, and the start tag of the
    /// next part's first unit, which must be the last thing parsed.
    private func readPart(
        _ descriptor: Int32, path: String, range: Range<Int>, next: Cut?, head: Head?, firstStack: [String]
    ) -> Part? {
        let delegate = XLIFFParsingDelegate(
            path: path, maximumDepth: maximumDepth, maximumTextBytes: maximumTextBytes, expectedBytes: range.count)
        delegate.isContinuation = head != nil
        let parser = StreamingXMLParser(handler: delegate)
        var fed = 0
        func feed(_ bytes: ArraySlice<UInt8>) -> Bool {
            guard TextDecoder.firstInvalidUTF8(bytes) == nil else { return false }
            let ok = bytes.withUnsafeBytes { (try? parser.feed($0)) != nil }
            fed += bytes.count
            return ok && delegate.failure == nil && !parser.isStopped
        }
        if let head, !feed(head.bytes[...]) { return nil }
        var buffer = [UInt8](repeating: 0, count: HardenedXMLParsing.chunkBytes + 4)
        var filled = 0
        var offset = range.lowerBound
        var newlines = 0
        while offset < range.upperBound || filled > 0 {
            let wanted = min(buffer.count - 4 - filled, range.upperBound - offset)
            let count =
                wanted > 0
                ? buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, wanted, off_t(offset)) }
                : 0
            guard count >= 0, count > 0 || wanted == 0 else { return nil }
            offset += count
            filled += count
            // Parts end before a '<': only a chunk's end can cut a character.
            let cut = offset == range.upperBound ? filled : HardenedXMLParsing.lastCharacterBoundary(buffer, filled)
            newlines += HardenedXMLParsing.newlines(buffer, cut)
            guard feed(buffer[..<cut]) else { return nil }
            let kept = filled - cut
            for k in 0..<kept { buffer[k] = buffer[cut + k] }
            filled = kept
            if offset == range.upperBound, kept > 0 { return nil }
        }
        if let next {
            var tag = [UInt8](repeating: 0, count: next.tagEnd - next.start)
            let count = tag.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(next.start)) }
            guard count == tag.count, feed(tag[...]) else { return nil }
            guard delegate.lastEventOpenedUnit, delegate.stack == firstStack, parser.bytesConsumed == fed else {
                return nil
            }
            delegate.retractOpenedUnit()
        } else {
            guard (try? parser.finish()) != nil, delegate.failure == nil else { return nil }
        }
        guard let document = delegate.document else { return nil }
        let ids = delegate.takeIDs()
        return Part(document: document, unitIDs: ids.units, segmentIDs: ids.segments, newlines: newlines)
    }

    /// The parts as one document, or nil when an id is used in two of them.
    ///
    /// Two jobs at once: the ids of each part looked up in the earlier parts', and the later
    /// parts' line numbers moved down by the lines before them (their parsers counted the
    /// head's). Units are moved, never copied.
    private func join(_ parts: inout [Part], head: Head) -> TranslatedDocument? {
        let ids = parts.map { (units: $0.unitIDs, segments: $0.segmentIDs) }
        let headNewlines = HardenedXMLParsing.newlines(head.bytes, head.bytes.count)
        var linesBefore = parts[0].newlines
        let shifts = parts.dropFirst().map { part in
            defer { linesBefore += part.newlines }
            return linesBefore - headNewlines
        }
        let later = Handoff(
            parts.indices.dropFirst().map { index in
                defer { parts[index].document.units = [] }
                return parts[index].document.units
            })
        // Each job looks up half of the ids (by the parity of their last byte) in the earlier
        // parts' sets; the second also moves the lines.
        @Sendable func idsRepeat(half: UInt8) -> Bool {
            func inHalf(_ id: String) -> Bool { (id.utf8.last ?? 0) & 1 == half }
            for index in ids.indices.dropFirst() {
                for earlier in ids[..<index]
                where ids[index].units.contains(where: { inHalf($0) && earlier.units.contains($0) })
                    || ids[index].segments.contains(where: { inHalf($0) && earlier.segments.contains($0) })
                {
                    return true
                }
            }
            return false
        }
        let jobs = ParallelChunks.map(count: 2, minimumChunk: 1, workers: 2) { job -> [[TranslatedUnit]]? in
            if job.lowerBound == 0 { return idsRepeat(half: 0) ? nil : [] }
            var units = later.take()
            for (part, shift) in zip(units.indices, shifts) {
                for unit in units[part].indices { units[part][unit].shiftLines(by: shift) }
            }
            return idsRepeat(half: 1) ? nil : units
        }
        guard jobs[0] != nil, let shifted = jobs[1] else { return nil }
        var document = parts[0].document
        parts[0].document.units = []
        document.units.reserveCapacity(document.units.count + shifted.reduce(0) { $0 + $1.count })
        for (index, units) in zip(parts.indices.dropFirst(), shifted) {
            document.units.append(contentsOf: units)
            document.record.merge(parts[index].document.record) { _, later in later }
        }
        return document
    }

    /// A value handed to one other thread, which takes it (so it is not shared, and not copied
    /// when changed there).
    private final class Handoff<Value>: @unchecked Sendable {
        private var value: Value?
        init(_ value: Value) { self.value = value }
        func take() -> Value { value.take()! }
    }
}
