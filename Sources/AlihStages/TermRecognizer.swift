import AlihCore

/// The glossary stage: records the glossary terms of every translatable segment.
///
/// A large document's blocks are matched on several threads, each with a `TermScanner` of the
/// matcher's pool, and each thread stores the terms of its own blocks; the terms are the same
/// whatever the number of threads.
package struct TermRecognizer: Stage {
    package let matcher: GlossaryMatcher
    package var name: String { "glossary" }

    package init(matcher: GlossaryMatcher) { self.matcher = matcher }

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try run(on: &document, workers: ParallelChunks.defaultWorkers)
    }

    /// Blocks per thread at least: an article's blocks are matched on one thread.
    static let blocksPerWorker = 500

    /// Chunks per worker at most: a text's words are not spread evenly (its new words cost most),
    /// and small chunks keep the last thread from finishing long after the others.
    static let chunksPerWorker = 16

    /// `run`, with the blocks of a large document spread over `workers` threads.
    package func run(on document: inout Document, workers: Int) throws {
        let text = document.text
        let count = document.blocks.count
        try document.blocks.withUnsafeMutableBufferPointer { blocks in
            let blocks = DisjointBlocks(blocks: blocks)
            _ = try ParallelChunks.map(
                count: count, minimumChunk: Self.blocksPerWorker, workers: workers,
                chunksPerWorker: Self.chunksPerWorker
            ) { chunk in
                try store(in: blocks, chunk, text: text)
            }
        }
    }

    /// Matches the segments of the translatable blocks `chunk` of `blocks` and stores their
    /// terms. Offsets in the text are taken through one UTF-8 view per chunk (each new view
    /// retains the text, whose count the threads share); each block's segments are changed in
    /// place (no copy of the blocks is alive).
    private func store(in blocks: DisjointBlocks, _ chunk: Range<Int>, text: String) throws {
        try matcher.withScanner { scanner in
            try text.withContiguousUTF8 { bytes in
                let utf8 = text.utf8
                let start = utf8.startIndex
                for b in chunk where blocks.blocks[b].kind == .content {
                    for s in blocks.blocks[b].segments.indices {
                        let range = blocks.blocks[b].segments[s].range
                        let first = utf8.distance(from: start, to: range.lowerBound)
                        let end = first + utf8.distance(from: range.lowerBound, to: range.upperBound)
                        try scanner.withMatches(utf8: UnsafeBufferPointer(rebasing: bytes[first..<end])) { found in
                            guard !found.isEmpty else { return }
                            blocks.blocks[b].segments[s].terms = found.map {
                                TermMatch(
                                    range: utf8.index(
                                        start, offsetBy: first + $0.range.lowerBound)..<utf8.index(
                                            start, offsetBy: first + $0.range.upperBound),
                                    entryIndex: $0.entryIndex, tier: $0.tier)
                            }
                        }
                    }
                }
            }
        }
    }

    /// A document's blocks, shared by the threads of `run`: each thread reads and changes only
    /// the blocks of its own chunk.
    private struct DisjointBlocks: @unchecked Sendable {
        let blocks: UnsafeMutableBufferPointer<Block>
    }
}
