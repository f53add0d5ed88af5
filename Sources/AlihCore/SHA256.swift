import CAlihSHA256

/// SHA-256 (FIPS 180-4), used for the checksums written into XLIFF and checked on reimport.
///
/// Written out here because Foundation on Linux has no CryptoKit; checksums are for detecting
/// changed text, and SHA-256 lets users verify them with `sha256sum`. The compression function
/// is C (`CAlihSHA256`): the CPU's SHA instructions where it has them (~5× portable code; every
/// unit of every XLIFF is hashed on extract and again on reimport), portable C elsewhere.
@usableFromInline
package struct SHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    /// Bytes waiting for a full 64-byte block (`pendingCount` of them), kept inline: hashing
    /// many short texts (one checksum per unit) allocates nothing.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var length: UInt64 = 0

    @usableFromInline
    package init() {}

    /// Adds bytes to the hash (inlinable: specialized for the caller's sequence, a Substring's
    /// UTF-8 for each unit's checksum, rather than asked for its storage through witnesses).
    @inlinable
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        if let done: Void = bytes.withContiguousStorageIfAvailable({ update(buffer: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        let copy = Array(bytes)
        copy.withUnsafeBytes { update(buffer: $0) }
    }

    /// Adds one byte (a separator between fields, say) without making a collection of it.
    package mutating func update(byte: UInt8) {
        withUnsafeBytes(of: byte) { update(buffer: $0) }
    }

    @usableFromInline
    mutating func update(buffer: UnsafeRawBufferPointer) {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        length &+= UInt64(buffer.count)
        var offset = 0
        if pendingCount > 0 {
            let take = min(64 - pendingCount, buffer.count)
            let count = pendingCount
            withUnsafeMutableBytes(of: &pending) {
                $0.baseAddress!.advanced(by: count).copyMemory(from: base, byteCount: take)
            }
            pendingCount += take
            offset = take
            if pendingCount == 64 {
                var block = pending
                withUnsafeBytes(of: &block) { compress($0.baseAddress!) }
                pendingCount = 0
            }
        }
        let blocks = (buffer.count - offset) / 64
        if blocks > 0 {
            compress(base + offset, blocks: blocks)
            offset += blocks * 64
        }
        if offset < buffer.count {
            let rest = buffer.count - offset
            withUnsafeMutableBytes(of: &pending) { $0.baseAddress!.copyMemory(from: base + offset, byteCount: rest) }
            pendingCount = rest
        }
    }

    /// The digest as 64 lowercase hex digits.
    package mutating func finalizeHex() -> String { finalize(prefix: "") }

    /// `prefix` and the digest as 64 lowercase hex digits, made as one String (a checksum per
    /// unit is taken for every unit written: no array of words, no second String to join).
    private mutating func finalize(prefix: StaticString) -> String {
        let bitLength = length &* 8
        // The padding: 0x80, zeros, the length in bits (big-endian), to a multiple of 64 bytes.
        var tail:
            (
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let count = pendingCount
        let blocks = count < 56 ? 1 : 2
        withUnsafeMutableBytes(of: &tail) { out in
            withUnsafeBytes(of: &pending) { out.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: count) }
            out[count] = 0x80
            for index in 0..<8 {
                out[blocks * 64 - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(index * 8))
            }
        }
        withUnsafeBytes(of: &tail) { compress($0.baseAddress!, blocks: blocks) }
        pendingCount = 0
        let state = state
        let start = prefix.utf8CodeUnitCount
        return String(unsafeUninitializedCapacity: start + 64) { out in
            for i in 0..<start { out[i] = prefix.utf8Start[i] }
            let hex: StaticString = "0123456789abcdef"
            withUnsafeBytes(of: state) { raw in
                for index in 0..<8 {
                    let word = raw.load(fromByteOffset: index * 4, as: UInt32.self)
                    for digit in 0..<8 {
                        out[start + index * 8 + digit] = hex.utf8Start[Int((word >> UInt32(28 - 4 * digit)) & 0xF)]
                    }
                }
            }
            return start + 64
        }
    }

    /// Runs the compression function over `blocks` 64-byte blocks (C: SHA-NI where the CPU has it).
    private mutating func compress(_ data: UnsafeRawPointer, blocks: Int = 1) {
        withUnsafeMutableBytes(of: &state) { words in
            alih_sha256_compress(
                words.baseAddress!.assumingMemoryBound(to: UInt32.self), data.assumingMemoryBound(to: UInt8.self),
                blocks)
        }
    }

    /// Whether the CPU's SHA instructions do the work (x86-64 SHA-NI), for the benchmark's notes.
    package static var usesHardware: Bool { alih_sha256_uses_hardware() != 0 }

    /// The digest in Alih's checksum form: `sha256:` and 64 hex digits.
    @usableFromInline
    package mutating func finalizeChecksum() -> String {
        finalize(prefix: "sha256:")
    }

    /// `sha256:` followed by the hex digest of `bytes`.
    package static func checksum(bytes: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalizeChecksum()
    }

    /// `sha256:` followed by the hex digest of the UTF-8 bytes of `text`.
    package static func checksum(_ text: some StringProtocol) -> String {
        var hash = SHA256()
        hash.update(text.utf8)
        return hash.finalizeChecksum()
    }
}
