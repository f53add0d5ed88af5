import AlihCore

/// The last stage for documents with inline codes (an HTML page's markup): gives each segment
/// its codes, and keeps a sentence whole rather than split a paired code.
///
/// A code at a segment's edge belongs to that segment: an opening at the start of the next
/// sentence, a closing or a `<br>` at the end of the one before; a segment stretches over the
/// whitespace to markup at its edge (`Akhir. <!-- iklan -->`). A sentence boundary between an
/// opening and its closing (`<b>Satu. Dua.</b>`) is dropped: the sentences become one segment,
/// so that no segment carries half of a pair (XLIFF 1.2 has no way to write one, and CAT tools
/// handle XLIFF 2's `sc`/`ec` unevenly). A glossary term that half covers a pair (`<a>Dewan</a>
/// Perwakilan` is fine, `Dewan <a>Perwakilan Rakyat</a>` for the term *Dewan Perwakilan* is not)
/// is dropped from the segment: its mark could not nest with the code. Documents without codes
/// pass unchanged.
package struct InlineCodePlacement: Stage {
    package var name: String { "codes" }

    package init() {}

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        guard !document.codes.isEmpty else { return }
        let codes = document.codes
        var next = 0
        for b in document.blocks.indices {
            let block = document.blocks[b]
            while next < codes.count && codes[next].position < block.range.lowerBound { next += 1 }
            var end = next
            while end < codes.count && codes[end].position <= block.range.upperBound { end += 1 }
            guard end > next, !block.segments.isEmpty else {
                next = end
                continue
            }
            Self.unpairAcrossBlocks(&document.codes, next..<end)
            document.blocks[b].segments = Self.place(document.codes, next..<end, in: block)
            next = end
        }
    }

    /// Makes the codes of `range` (one block's) whose partner is in another block standalone:
    /// a paragraph split into blocks (a photo credit after a caption) may split a pair.
    static func unpairAcrossBlocks(_ codes: inout [InlineCode], _ range: Range<Int>) {
        var opened: [Int: Int] = [:]
        for index in range {
            switch codes[index].kind {
            case .opening: opened[codes[index].id] = index
            case .closing:
                if opened.removeValue(forKey: codes[index].id) == nil { codes[index].kind = .standalone }
            case .standalone: break
            }
        }
        for index in opened.values { codes[index].kind = .standalone }
    }

    /// `block`'s segments, joined where a pair would be split, each with its codes among
    /// `codes[range]`.
    static func place(_ codes: [InlineCode], _ range: Range<Int>, in block: Block) -> [Segment] {
        let segments = block.segments
        // The segment of each code, never before the previous code's.
        var owner: [Int] = []
        owner.reserveCapacity(range.count)
        var k = 0
        for index in range {
            let code = codes[index]
            let p = code.position
            while k < segments.count - 1 && segments[k].range.upperBound < p {
                k += 1
            }
            var chosen = k
            if p < segments[k].range.lowerBound && k > 0 && code.kind != .opening {
                chosen = k - 1
            } else if code.kind == .opening && p == segments[k].range.upperBound && k + 1 < segments.count
                && segments[k + 1].range.lowerBound == p
            {
                chosen = k + 1
            }
            chosen = max(chosen, owner.last ?? 0)
            owner.append(chosen)
        }
        // Each segment's reach: the last segment a pair opened in it (or in one it reaches) closes in.
        var reach = Array(segments.indices)
        var openedIn: [Int: Int] = [:]
        for (offset, index) in range.enumerated() {
            let code = codes[index]
            switch code.kind {
            case .opening: openedIn[code.id] = owner[offset]
            case .closing:
                if let start = openedIn.removeValue(forKey: code.id) {
                    reach[start] = max(reach[start], owner[offset])
                }
            case .standalone: break
            }
        }
        var joined: [Segment] = []
        var groupOf = Array(repeating: 0, count: segments.count)
        var s = 0
        while s < segments.count {
            var last = reach[s]
            var t = s
            while t <= last {
                last = max(last, reach[t])
                t += 1
            }
            var segment = segments[s]
            segment.range = segments[s].range.lowerBound..<segments[last].range.upperBound
            if last > s { segment.terms = segments[s...last].flatMap(\.terms) }
            segment.id = block.segmentID(number: joined.count + 1)
            for member in s...last { groupOf[member] = joined.count }
            joined.append(segment)
            s = last + 1
        }
        var first = Array(repeating: Int?.none, count: joined.count)
        var after = Array(repeating: 0, count: joined.count)
        for (offset, index) in range.enumerated() {
            let group = groupOf[owner[offset]]
            if first[group] == nil { first[group] = index }
            after[group] = index + 1
        }
        for group in joined.indices {
            guard let start = first[group] else { continue }
            joined[group].codes = start..<after[group]
            // Codes in the whitespace at a segment's edge (markup after its last word) join it.
            let lower = min(joined[group].range.lowerBound, codes[start].position)
            let upper = max(joined[group].range.upperBound, codes[after[group] - 1].position)
            joined[group].range = lower..<upper
            if !joined[group].terms.isEmpty {
                joined[group].terms.removeAll { Self.crossesPair($0.range, codes[start..<after[group]]) }
            }
        }
        return joined
    }

    /// Whether `range` holds one code of a pair but not the other (a code at its edge counts as
    /// inside when its partner is inside too).
    static func crossesPair(_ range: Range<String.Index>, _ codes: ArraySlice<InlineCode>) -> Bool {
        var opened: [Int: String.Index] = [:]
        for code in codes {
            switch code.kind {
            case .opening: opened[code.id] = code.position
            case .closing:
                guard let open = opened.removeValue(forKey: code.id) else { continue }
                let inside = open >= range.lowerBound && code.position <= range.upperBound
                let encloses = open <= range.lowerBound && code.position >= range.upperBound
                let apart = code.position <= range.lowerBound || open >= range.upperBound
                if !(inside || encloses || apart) { return true }
            case .standalone: break
            }
        }
        return false
    }
}
