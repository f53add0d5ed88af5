import AlihCore
import Synchronization

/// What both XLIFF writers need besides the document.
package struct XLIFFWriterOptions: Sendable, Equatable {
    /// BCP-47 tags written into the file.
    package var sourceLanguage: String
    package var targetLanguage: String
    /// Leave boilerplate blocks out (they are then missing from a merged article).
    package var dropBoilerplate: Bool
    /// Copy each source into its target (OmegaT translates `<target>`).
    package var prefillTargets: Bool
    /// The record of this extraction, stored in the file for reimport.
    package var record: ExtractionRecord
    /// The glossary the segments' term matches point into; nil when no glossary was used.
    package var glossary: Glossary?
    /// Wrap matched terms in `<mrk type="term">` (XLIFF 2.1) linked from the glossary entries.
    package var markTerms: Bool

    package init(
        sourceLanguage: String, targetLanguage: String, dropBoilerplate: Bool = false,
        prefillTargets: Bool = false, record: ExtractionRecord, glossary: Glossary? = nil, markTerms: Bool = true
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.dropBoilerplate = dropBoilerplate
        self.prefillTargets = prefillTargets
        self.record = record
        self.glossary = glossary
        self.markTerms = markTerms
    }
}

/// The namespace of Alih's own attributes in XLIFF (`alih:tier`, `alih:status`, …).
package enum AlihNamespace {
    package static let uri = "urn:alih:xliff:1.0"
}

/// A block as the writers lay it out: its pieces in order, each a segment or whitespace.
struct UnitLayout {
    enum Piece {
        case segment(Segment)
        case ignorable(Range<String.Index>)
    }

    var block: Block
    var pieces: [Piece]
    /// The separator after the block (after a dropped block's removal, the kept one before it).
    var separator: Range<String.Index>

    /// The checksum written into the file: of the unit's source text as a reader rebuilds it
    /// (every piece in order, without the separator after the block), hashed piece by piece.
    func sourceChecksum(in source: SourceBytes) -> String {
        var hash = SHA256()
        for piece in pieces {
            switch piece {
            case .segment(let segment): hash.update(source.slice(segment.range))
            case .ignorable(let range): hash.update(source.slice(range))
            }
        }
        return hash.finalizeChecksum()
    }

    /// The block's sentences: written with the unit when more than one, so that a reimport can
    /// name a segment deleted from its end.
    var segmentCount: Int { block.segments.count }

    /// The layout of block `index`; the first block written also takes the document's leading
    /// whitespace.
    static func layout(of index: Int, in document: Document, first: Bool) -> UnitLayout {
        let block = document.blocks[index]
        var pieces: [Piece] = []
        var cursor = block.range.lowerBound
        if first && !document.leading.isEmpty { pieces.append(.ignorable(document.leading)) }
        for segment in block.segments {
            if cursor < segment.range.lowerBound { pieces.append(.ignorable(cursor..<segment.range.lowerBound)) }
            pieces.append(.segment(segment))
            cursor = segment.range.upperBound
        }
        if cursor < block.range.upperBound { pieces.append(.ignorable(cursor..<block.range.upperBound)) }
        return UnitLayout(block: block, pieces: pieces, separator: block.separator)
    }

    /// Source bytes per thread in a round: what the writer holds at once is a round's XML,
    /// which with a glossary block per unit is several times its source.
    static let bytesPerWorker = 256 * 1024

    /// Blocks per thread at least when a round is rendered on several cores.
    static let blocksPerWorker = 64

    /// Renders the units of `document` (dropped boilerplate folded out) with `render` and hands
    /// the text to `emit` in document order, one round of blocks (about `bytesPerWorker` of
    /// source per worker) at a time: a large document's XLIFF is never whole in memory, and each
    /// round's blocks are split over `workers` threads. A typical article is one round on the
    /// calling thread. The first error in
    /// document order is the one thrown.
    static func renderUnits(
        of document: Document, dropBoilerplate: Bool, workers: Int,
        render: @escaping @Sendable (UnitLayout, SourceBytes, inout XMLText) throws -> Void,
        emit: ([UInt8]) throws -> Void
    ) throws {
        let blocks = document.blocks
        let firstWritten = blocks.firstIndex { !dropBoilerplate || !$0.isChrome }
        let roundBytes = max(1, workers) * bytesPerWorker
        let texts = RenderedTexts()
        var start = 0
        while start < blocks.count {
            var end = start
            var bytes = 0
            while end < blocks.count && (end == start || bytes < roundBytes) {
                bytes += document.text.utf8.distance(
                    from: blocks[end].range.lowerBound, to: blocks[end].range.upperBound)
                end += 1
            }
            var rendered = try ParallelChunks.map(count: end - start, minimumChunk: blocksPerWorker, workers: workers) {
                [start] chunk in
                try SourceBytes.with(document.text) { source in
                    var out = texts.take()
                    for index in (start + chunk.lowerBound)..<(start + chunk.upperBound) {
                        if dropBoilerplate && blocks[index].isChrome { continue }
                        try render(layout(of: index, in: document, first: index == firstWritten), source, &out)
                    }
                    return out
                }
            }
            for i in rendered.indices where !rendered[i].isEmpty { try rendered[i].flush(emit) }
            texts.giveBack(&rendered)
            start = end
        }
    }

    /// The texts a round's chunks are rendered into, kept for the next round (each emptied once
    /// its bytes are emitted): a large document's rounds reuse their memory.
    private final class RenderedTexts: Sendable {
        private let free = Mutex<[XMLText]>([])

        /// A text not in use, empty (made when none is free).
        func take() -> XMLText { free.withLock { $0.popLast() } ?? XMLText() }

        /// Keeps `texts`, all empty, for the next round; `texts` is left empty, so that each is
        /// held once and written to again without being copied.
        func giveBack(_ texts: inout [XMLText]) {
            free.withLock { free in
                while let text = texts.popLast() { free.append(text) }
            }
        }
    }
}
