import Testing

@testable import Alih

struct HeapSettingsTests {
    #if canImport(Glibc)
        static let glibc = true
    #else
        static let glibc = false
    #endif

    @Test(.enabled(if: glibc, "the setting is glibc's"))
    func theAllocatorTakesTheSetting() {
        #expect(HeapSettings.returnLargeBlocksWhenFreed())
    }
}
