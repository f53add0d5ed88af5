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
        // Matched in a function of its own, so that no copy of the blocks is alive while the
        // terms are stored: each block's segments are then changed in place, not copied.
        let matched = try matches(in: document, workers: workers)
        var b = 0
        for chunk in matched {
            for terms in chunk {
                if let terms {
                    for s in terms.indices where !terms[s].isEmpty { document.blocks[b].segments[s].terms = terms[s] }
                }
                b += 1
            }
        }
    }

    /// The terms of each segment of each translatable block (nil for other blocks), in runs of
    /// blocks. Blocks and segments are read in place (copying one retains its strings and
    /// arrays), and offsets in the text are taken through one UTF-8 view per run (each new view
    /// retains the text, whose count the threads share).
    private func matches(in document: Document, workers: Int) throws -> [[[[TermMatch]]?]] {
        let text = document.text
        let blocks = document.blocks
        return try ParallelChunks.map(count: blocks.count, minimumChunk: Self.blocksPerWorker, workers: workers) {
            chunk in
            try matcher.withScanner { scanner in
                try text.withContiguousUTF8 { bytes in
                    let utf8 = text.utf8
                    let start = utf8.startIndex
                    return try blocks.withUnsafeBufferPointer { blocks in
                        try chunk.map { b -> [[TermMatch]]? in
                            guard blocks[b].kind == .content else { return nil }
                            return try blocks[b].segments.withUnsafeBufferPointer { segments in
                                try segments.indices.map { s in
                                    let range = segments[s].range
                                    let first = utf8.distance(from: start, to: range.lowerBound)
                                    let end = first + utf8.distance(from: range.lowerBound, to: range.upperBound)
                                    return try scanner.matches(utf8: UnsafeBufferPointer(rebasing: bytes[first..<end]))
                                        .map {
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
        }
    }
}
