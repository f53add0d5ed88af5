import AlihCore
import Testing

@Suite struct ParallelChunksTests {
    /// Whatever the number of workers, the chunks cover every item once, in order.
    @Test(arguments: [1, 2, 3, 8])
    func chunksCoverEveryItemInOrder(workers: Int) {
        let chunks = ParallelChunks.map(count: 10_001, minimumChunk: 100, workers: workers) { Array($0) }
        #expect(chunks.count == workers * ParallelChunks.chunksPerWorker)
        #expect(chunks.flatMap { $0 } == Array(0..<10_001))
    }

    /// Work spread unevenly is cut into more chunks per worker when asked, never smaller than
    /// the minimum.
    @Test func moreChunksPerWorkerWhenAsked() {
        let chunks = ParallelChunks.map(count: 10_001, minimumChunk: 100, workers: 2, chunksPerWorker: 16) { $0 }
        #expect(chunks.count == 32)
        #expect(chunks.first == 0..<312)
        #expect(chunks.flatMap { $0 } == Array(0..<10_001))
        #expect(ParallelChunks.map(count: 1_000, minimumChunk: 300, workers: 2, chunksPerWorker: 16) { $0 }.count == 3)
    }

    /// Chunks are never smaller than asked, however many workers there are.
    @Test func chunksAreNoSmallerThanTheMinimum() {
        let chunks = ParallelChunks.map(count: 1_000, minimumChunk: 300, workers: 2) { $0 }
        #expect(chunks == [0..<333, 333..<666, 666..<1_000])
    }

    @Test func smallInputsStayInOneChunk() {
        #expect(ParallelChunks.map(count: 150, minimumChunk: 100, workers: 8) { $0 } == [0..<150])
        #expect(ParallelChunks.map(count: 0, minimumChunk: 100, workers: 8) { $0 } == [0..<0])
    }

    struct Refused: Error, Equatable { var chunk: Int }

    /// The error of the first failing chunk is the one thrown, even when a later chunk fails first.
    @Test func firstErrorInChunkOrderIsRethrown() {
        #expect(throws: Refused(chunk: 1)) {
            _ = try ParallelChunks.map(count: 400, minimumChunk: 100, workers: 4) { range -> Int in
                if range.lowerBound >= 100 { throw Refused(chunk: range.lowerBound / 100) }
                return 0
            }
        }
    }
}
