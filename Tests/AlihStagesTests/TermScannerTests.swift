import AlihCore
import Testing

@testable import AlihStages

@Suite struct TermScannerTests {
    static let matcher = GlossaryMatcherTests.matcher

    /// The terms a scanner finds, as text, and the terms the matcher finds alone.
    static func scannedAndMatched(_ text: String, by scanner: TermScanner) throws -> ([String], [String]) {
        var tokenizer = try WordTokenizer()
        let scanned = try scanner.matches(in: text[...]).map { String(text[$0.range]) + "#\($0.entryIndex)" }
        let matched = try matcher.matches(in: text[...], tokenizer: &tokenizer).map {
            String(text[$0.range]) + "#\($0.entryIndex)"
        }
        return (scanned, matched)
    }

    /// A new form met several times in one segment is learnt once, and each of its words
    /// matches.
    @Test func aFormMetTwiceInItsFirstSegmentIsLearntOnce() throws {
        let scanner = try Self.matcher.makeScanner()
        let text = "Tentara tentara menarik tentara dan tentara."
        let (scanned, matched) = try Self.scannedAndMatched(text, by: scanner)
        #expect(scanned == matched)
        #expect(scanned.count == 5)
        // Tentara, tentara, menarik, dan.
        #expect(scanner.formCount == 4)
    }

    /// A segment of more words than any before (the scanner's word memory grows) matches as
    /// the matcher does, and so does a short one after it.
    @Test func aLongSegmentMatchesAsTheMatcherDoes() throws {
        let scanner = try Self.matcher.makeScanner()
        let sentence = "Perdana Menteri menyebut penjaga perbatasan dan pasukan negara-negara itu belajar."
        for text in [sentence, Array(repeating: sentence, count: 300).joined(separator: " "), sentence] {
            let (scanned, matched) = try Self.scannedAndMatched(text, by: scanner)
            #expect(scanned == matched)
            #expect(scanned.count >= 6)
        }
    }

    /// A segment the byte rules leave to ICU (another script) matches as the matcher does.
    @Test func textLeftToICUMatchesAsTheMatcherDoes() throws {
        let scanner = try Self.matcher.makeScanner()
        let text = "Tentara α-synuclein menarik pasukan 25°C di perbatasan."
        let (scanned, matched) = try Self.scannedAndMatched(text, by: scanner)
        #expect(scanned == matched)
        #expect(scanned.count == 4)
    }
}
