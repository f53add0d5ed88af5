import AlihCore

/// The pairs of one memory's store, read a page at a time and indexed as another memory
/// indexes them: what `TranslationMemory.copy(from:)` hands its store, chunk by chunk.
final class CopiedPairs: IndexedPairChunks {
    private let source: any TranslationMemoryStore
    private let destination: TranslationMemory
    private let pageSize: Int
    private var cursor: PairCursor?
    private var finished = false
    /// Pairs read since the last rewind.
    private(set) var read = 0

    init(from source: any TranslationMemoryStore, indexedBy destination: TranslationMemory, pageSize: Int) {
        self.source = source
        self.destination = destination
        self.pageSize = pageSize
    }

    func rewind() {
        cursor = nil
        finished = false
        read = 0
    }

    func next() throws(MemoryError) -> [IndexedPair]? {
        guard !finished else { return nil }
        let page = try source.pairs(
            after: cursor, limit: pageSize, sourceLanguage: nil, targetLanguage: nil)
        guard !page.pairs.isEmpty else {
            finished = true
            return nil
        }
        cursor = page.end
        read += page.pairs.count
        return destination.indexedPairs(page.pairs)
    }
}
