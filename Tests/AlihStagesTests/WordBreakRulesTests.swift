import Testing

@testable import AlihStages

@Suite struct WordBreakRulesTests {
    /// The run of ASCII letters and digits the byte loop counts in `bytes` from the first.
    static func runByBytes(_ bytes: [UInt8]) -> Int {
        bytes.prefix { WordBreakRules.asciiWordBytes[Int($0)] }.count
    }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (UInt64($1.offset) * 8) }
    }

    /// Every byte value at every place among seven letters ends the eight-byte run exactly where
    /// the byte loop ends it.
    @Test(arguments: 0..<8)
    func eachByteEndsTheRunWhereTheByteLoopDoes(place: Int) {
        for byte in 0...255 {
            var bytes = Array("Kabupatn".utf8)
            bytes[place] = UInt8(byte)
            #expect(WordBreakRules.wordByteRun(Self.word(bytes)) == Self.runByBytes(bytes), "\(byte) at \(place)")
        }
    }

    /// Pseudo-random eight bytes, mostly word bytes, and every range bound's neighbours.
    @Test func randomWordsCountAsTheByteLoopDoes() {
        let alphabet = Array("09AZaz@[`{/:_-. ".utf8) + [0x80, 0xC3, 0xE2, 0xFF, 0x7F, 0x00]
        var state: UInt64 = 7
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33)
                bytes.append(pick % 3 == 0 ? alphabet[pick / 3 % alphabet.count] : UInt8(truncatingIfNeeded: pick >> 8))
            }
            #expect(WordBreakRules.wordByteRun(Self.word(bytes)) == Self.runByBytes(bytes), "\(bytes)")
        }
    }
}
