import PropertyBased
import Testing

@testable import AlihChecks

/// The tokenizer cuts a text where the reference scanner, which walks its `Character`s, does.
@Suite struct QuantityTokenizerTests {
    /// Each token as the reference gives it: kind, bytes, space before.
    static func referenceTokens(_ text: String) -> [String] {
        ReferenceQuantityScanner(text).tokens.map { token in
            "\(token.kind) \(Array(token.text.utf8)) \(token.spaceBefore)"
        }
    }

    static func tokens(_ text: String) -> [String] {
        let scanner = QuantityScanner(text)
        return scanner.tokens.map { token in
            let kind: String =
                switch token.kind {
                case .digits: "digits"
                case .word: "word"
                case .symbol: "symbol"
                }
            return "\(kind) \(Array(scanner.utf8[token.start..<token.end])) \(token.spaceBefore)"
        }
    }

    /// ASCII letter runs of every length around the eight-byte reads, ended by a combining mark,
    /// an apostrophe, a digit, a non-ASCII letter or the end.
    static let runs = Gen.int(in: 0...9).array(of: 0...30).map { picks in
        picks.map { ["abcdefghij", "Q", "xyzXYZ", "e\u{301}", "'", "\u{2019}", "7", "é", " ", "-"][$0] }.joined()
    }

    @Test func tokensAreTheReferenceTokens() async {
        await propertyCheck(count: 3_000, input: Self.runs) { text in
            #expect(Self.tokens(text) == Self.referenceTokens(text), "\(text.debugDescription)")
        }
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { text in
            #expect(Self.tokens(text) == Self.referenceTokens(text), "\(text.debugDescription)")
        }
    }

    /// A run's last letter with a combining mark after it, at every offset of an eight-byte read.
    @Test(arguments: 0...17)
    func aMarkAfterARunJoinsItsLastLetter(letters: Int) {
        let text = String(repeating: "a", count: letters) + "e\u{301}x 12"
        #expect(Self.tokens(text) == Self.referenceTokens(text))
    }
}
