import Testing

@testable import Alih

struct CoverageResultsLayoutTests {
    /// A large run keeps hundreds of thousands of each: their fields are ordered to pack.
    @Test func usesAndCandidatesArePacked() {
        #expect(MemoryLayout<CoverageResults.Use>.stride == 40)
        #expect(MemoryLayout<CoverageResults.Candidate>.stride == 32)
    }
}
