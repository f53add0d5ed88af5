#if canImport(Glibc)
    import Glibc
#endif

/// Settings of the C allocator for runs that make and free many large arrays.
package enum HeapSettings {
    /// The size from which glibc gives a block a mapping of its own, returned to the system when
    /// the block is freed.
    static let mappedBlockBytes: Int32 = 128 * 1024

    /// Makes every block of `bytes` or more a mapping of its own, for the rest of the process;
    /// false where the allocator is not glibc's (nothing is changed). Each such block costs a
    /// mapping and its page faults when it is made: the larger `bytes`, the fewer.
    ///
    /// By default glibc raises that size, up to 32 MB, each time such a block is freed; large
    /// arrays then come from the threads' arenas, whose freed space is seldom returned, and the
    /// peak resident memory of a run on several threads grows well past the memory in use.
    @discardableResult
    package static func returnLargeBlocksWhenFreed(from bytes: Int32 = mappedBlockBytes) -> Bool {
        #if canImport(Glibc)
            // `mallopt` is declared in <malloc.h>, which the Glibc module does not include.
            typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
            return unsafeBitCast(symbol, to: MallocOption.self)(mmapThreshold, bytes) == 1
        #else
            return false
        #endif
    }
}
