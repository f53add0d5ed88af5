import AlihCore

/// The harmless rewrites CAT tools make to a unit's whitespace, undone: Alih keeps whitespace
/// out of its segments, in pieces of its own.
///
/// Tools fold a block's final ignorable (its separator) into the last segment, move the
/// whitespace between two sentences into one of them, or drop it. None of this changes the
/// text; `movedOut` and `spaced` give the unit back its layout, so that its checksum can prove
/// the text is the same, and the article is joined with the whitespace that was sent out.
enum UnitWhitespaceRepair {
    /// `unit` with the whitespace at the edges of its segments' sources moved into pieces of
    /// their own (the targets lose theirs at the same edges); nil when there is none.
    static func movedOut(_ unit: TranslatedUnit) -> TranslatedUnit? {
        guard
            unit.pieces.contains(where: { piece in
                if case .segment(let segment) = piece { !segment.source.hasNoWhitespaceAtEdges } else { false }
            })
        else { return nil }
        var repaired = unit
        repaired.pieces = []
        repaired.pieces.reserveCapacity(unit.pieces.count + 2)
        for piece in unit.pieces {
            guard case .segment(var segment) = piece, !segment.source.hasNoWhitespaceAtEdges else {
                repaired.pieces.append(piece)
                continue
            }
            let (leading, core, trailing) = segment.source.splitAtWhitespaceEdges()
            if core.isEmpty {
                // A segment of whitespace only: the whitespace it holds, with nothing to translate.
                repaired.pieces.append(.ignorable(source: segment.source, target: nil))
                continue
            }
            segment.source = core
            if let target = segment.target {
                let (targetLeading, targetCore, targetTrailing) = target.splitAtWhitespaceEdges()
                segment.target =
                    (leading.isEmpty ? targetLeading : "") + targetCore + (trailing.isEmpty ? targetTrailing : "")
            }
            if !leading.isEmpty { repaired.pieces.append(.ignorable(source: leading, target: nil)) }
            repaired.pieces.append(.segment(segment))
            if !trailing.isEmpty { repaired.pieces.append(.ignorable(source: trailing, target: nil)) }
        }
        return repaired
    }

    /// `unit` with a space between two segments that have nothing between them (a tool that
    /// dropped the ignorable); nil when no two are adjacent.
    static func spaced(_ unit: TranslatedUnit) -> TranslatedUnit? {
        var previousWasSegment = false
        var adjacent = false
        for piece in unit.pieces {
            let isSegment = if case .segment = piece { true } else { false }
            if isSegment && previousWasSegment { adjacent = true }
            previousWasSegment = isSegment
        }
        guard adjacent else { return nil }
        var repaired = unit
        repaired.pieces = []
        previousWasSegment = false
        for piece in unit.pieces {
            let isSegment = if case .segment = piece { true } else { false }
            if isSegment && previousWasSegment { repaired.pieces.append(.ignorable(source: " ", target: nil)) }
            repaired.pieces.append(piece)
            previousWasSegment = isSegment
        }
        return repaired
    }
}

extension String {
    /// Whether the first and last characters are not whitespace (an empty string has none).
    var hasNoWhitespaceAtEdges: Bool {
        guard let first, let last else { return true }
        return !first.isWhitespace && !last.isWhitespace
    }

    /// The whitespace before the text, the text, and the whitespace after it.
    func splitAtWhitespaceEdges() -> (leading: String, core: String, trailing: String) {
        guard let start = firstIndex(where: { !$0.isWhitespace }) else { return (self, "", "") }
        let end = index(after: lastIndex(where: { !$0.isWhitespace })!)
        return (String(self[..<start]), String(self[start..<end]), String(self[end...]))
    }
}
