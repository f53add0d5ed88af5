import AlihCore

/// The glossary stage: records the glossary terms of every translatable segment.
///
/// A large document's blocks are matched on several threads, each with a `TermScanner` of the
/// matcher's pool; the terms are the same whatever the number of threads.
package struct TermRecognizer: Stage {
    package let matcher: GlossaryMatcher
    package var name: String { "glossary" }

    package init(matcher: GlossaryMatcher) { self.matcher = matcher }

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try run(on: &document, workers: ParallelChunks.defaultWorkers)
    }

    /// Blocks per thread at least: an article's blocks are matched on one thread.
    static let blocksPerWorker = 500

    /// `run`, with the blocks of a large document spread over `workers` threads.
    package func run(on document: inout Document, workers: Int) throws {
        let text = document.text
        let blocks = document.blocks
        let matched = try ParallelChunks.map(count: blocks.count, minimumChunk: Self.blocksPerWorker, workers: workers)
        { chunk in
            try matcher.withScanner { scanner in
                try text.withContiguousUTF8 { bytes in
                    try chunk.map { b -> [[TermMatch]]? in
                        guard blocks[b].isTranslatable else { return nil }
                        return try blocks[b].segments.map { segment in
                            let offsets = text.utf8Offsets(of: segment.range)
                            return try scanner.matches(utf8: UnsafeBufferPointer(rebasing: bytes[offsets])).map {
                                TermMatch(
                                    range: text.utf8Index(
                                        at: offsets.lowerBound + $0.range.lowerBound)..<text.utf8Index(
                                            at: offsets.lowerBound + $0.range.upperBound),
                                    entryIndex: $0.entryIndex, tier: $0.tier)
                            }
                        }
                    }
                }
            }
        }
        var b = 0
        for chunk in matched {
            for terms in chunk {
                if let terms {
                    for s in terms.indices { document.blocks[b].segments[s].terms = terms[s] }
                }
                b += 1
            }
        }
    }
}
