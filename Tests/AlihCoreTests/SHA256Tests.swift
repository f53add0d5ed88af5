import AlihCore
import CAlihSHA256
import Testing

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(SHA256.checksum(input) == "sha256:" + digest)
    }

    @Test func millionAs() {
        var hash = SHA256()
        hash.update([UInt8](repeating: 0x61, count: 1_000_000))
        #expect(hash.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in pieces of every size, across block boundaries and the padding's two cases (under
    /// and over 55 bytes in the last block), the digest is the same as fed at once.
    @Test func piecesGiveTheSameDigest() {
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 200] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var whole = SHA256()
            whole.update(bytes)
            let expected = whole.finalizeHex()
            for size in [1, 3, 63, 64, 65] {
                var hash = SHA256()
                for start in stride(from: 0, to: length, by: size) {
                    hash.update(bytes[start..<min(length, start + size)])
                }
                #expect(hash.finalizeHex() == expected, "length \(length), pieces of \(size)")
            }
        }
    }

    @Test func bytesOneByOneGiveTheSameDigest() {
        var hash = SHA256()
        for byte in "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8 { hash.update(byte: byte) }
        #expect(hash.finalizeHex() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test(arguments: [
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    ])
    func paddingBoundaries(input: String, digest: String) {
        #expect(SHA256.checksum(input) == "sha256:" + digest)
    }

    /// The compression function the hashes use (SHA-NI on this CPU when it has it) agrees with
    /// the portable C one on many blocks, from every starting state reached along the way.
    @Test func hardwareAndPortableCompressionAgree() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        let data = (0..<64 * 257).map { _ -> UInt8 in
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 56)
        }
        var used = [UInt32](
            arrayLiteral: 0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
            0x5be0_cd19)
        var portable = used
        for blocks in [1, 2, 3, 7, 16, 100, 128] {
            data.withUnsafeBufferPointer { bytes in
                alih_sha256_compress(&used, bytes.baseAddress!, blocks)
                alih_sha256_compress_portable(&portable, bytes.baseAddress!, blocks)
            }
            #expect(used == portable, "\(blocks) blocks (hardware: \(SHA256.usesHardware))")
        }
    }
}
