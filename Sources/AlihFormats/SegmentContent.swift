import AlihCore

/// A segment with inline codes as the writers lay it out: runs of text, codes and the starts
/// and ends of term marks, in the order they are written.
///
/// Codes keep their document order. A term's mark goes inside a pair of codes that encloses it
/// (`<pc><mrk>kata</mrk></pc>`) and around a pair it holds (`<mrk><pc>tentara</pc>nya</mrk>`);
/// terms that half cover a pair were dropped by the pipeline (`InlineCodePlacement`).
enum SegmentContent {
    enum Piece: Equatable {
        case text(Range<String.Index>)
        /// The code at this index of `Document.codes`.
        case code(Int)
        /// The start or the end of the mark of the segment's term at this index.
        case termStart(Int)
        case termEnd(Int)
    }

    /// The pieces of `segment`; with `marksTerms`, its terms' marks too.
    static func pieces(of segment: Segment, codes: [InlineCode], marksTerms: Bool) -> [Piece] {
        let indices = Array(segment.codes)
        var pieces: [Piece] = []
        var cursor = segment.range.lowerBound
        func text(upTo position: String.Index) {
            guard cursor < position else { return }
            pieces.append(.text(cursor..<position))
            cursor = position
        }
        // Where each term's mark starts and ends, as the slot (index in `indices`) it goes
        // before: the first placement among the codes at the term's edges that nests.
        var starts: [Int] = []
        var ends: [Int] = []
        var empty: Set<Int> = []
        let terms = marksTerms ? segment.terms : []
        for (t, term) in terms.enumerated() {
            let a = term.range.lowerBound
            let b = term.range.upperBound
            let startSlots = slots(at: a, of: indices, codes)
            let endSlots = slots(at: b, of: indices, codes)
            var chosen: (Int, Int)?
            search: for start in startSlots {
                for end in endSlots where end >= start && nests(indices, codes, mark: start..<end) {
                    chosen = (start, end)
                    break search
                }
            }
            if chosen == nil { empty.insert(t) }
            starts.append(chosen?.0 ?? startSlots.lowerBound)
            ends.append(chosen?.1 ?? startSlots.lowerBound)
        }
        func marks(at slot: Int) {
            for t in terms.indices {
                if starts[t] == slot {
                    text(upTo: terms[t].range.lowerBound)
                    pieces.append(.termStart(t))
                }
                if ends[t] == slot {
                    if !empty.contains(t) { text(upTo: terms[t].range.upperBound) }
                    pieces.append(.termEnd(t))
                }
            }
        }
        for (slot, index) in indices.enumerated() {
            marks(at: slot)
            text(upTo: codes[index].position)
            pieces.append(.code(index))
        }
        marks(at: indices.count)
        text(upTo: segment.range.upperBound)
        return pieces
    }

    /// The slots a mark's edge at `position` can take: before, between and after the codes there.
    static func slots(at position: String.Index, of indices: [Int], _ codes: [InlineCode]) -> ClosedRange<Int> {
        let first = indices.firstIndex { codes[$0].position >= position } ?? indices.count
        let after = indices.firstIndex { codes[$0].position > position } ?? indices.count
        return first...after
    }

    /// Whether a mark around the codes of `slots` (positions in `indices`) nests with every
    /// pair: each pair has both codes inside or both outside.
    static func nests(_ indices: [Int], _ codes: [InlineCode], mark slots: Range<Int>) -> Bool {
        var inside: [Int: Bool] = [:]
        for (slot, index) in indices.enumerated() {
            let code = codes[index]
            switch code.kind {
            case .opening: inside[code.id] = slots.contains(slot)
            case .closing:
                if let opened = inside.removeValue(forKey: code.id), opened != slots.contains(slot) { return false }
            case .standalone: break
            }
        }
        return true
    }

    /// XLIFF 2's `type` and `subType` for a code of element `name`.
    static func xliff2Type(_ name: String) -> (type: String, subType: String?) {
        switch name {
        case "b", "strong": ("fmt", "xlf:b")
        case "i", "em": ("fmt", "xlf:i")
        case "u": ("fmt", "xlf:u")
        case "br": ("fmt", "xlf:lb")
        case "a": ("link", nil)
        case "img": ("image", nil)
        case "q", "cite": ("quote", nil)
        case "#comment", "#markup", "script", "style", "noscript", "template", "svg", "iframe": ("other", nil)
        default: ("fmt", nil)
        }
    }

    /// XLIFF 1.2's `ctype` for a code of element `name`, if it has one.
    static func xliff12Type(_ name: String, standalone: Bool) -> String? {
        switch name {
        case "b", "strong": standalone ? nil : "bold"
        case "i", "em": standalone ? nil : "italic"
        case "u": standalone ? nil : "underlined"
        case "a": standalone ? nil : "link"
        case "br": standalone ? "lb" : nil
        case "img": standalone ? "image" : nil
        default: nil
        }
    }
}
