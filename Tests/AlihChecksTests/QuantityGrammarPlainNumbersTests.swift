import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihChecks

/// The scan that asks only the readers a token's neighbour leaves possible (a plain number read
/// from its digits, an amount, a number in words) finds what the scan that asks every reader at
/// every candidate finds: on generated text, after every fragment the readers know, on real text.
@Suite struct QuantityGrammarPlainNumbersTests {
    /// Both scans of `text` by both parsers, and how many digit runs took the shortcut.
    static func disagreements(in text: String) -> (indonesian: Bool, english: Bool) {
        let s = QuantityScanner(text)
        let indonesian = IndonesianQuantityParser()
        let english = EnglishQuantityParser()
        return (
            indonesian.scan(s) != indonesian.scan(s, readingEveryCandidate: true),
            english.scan(s) != english.scan(s, readingEveryCandidate: true)
        )
    }

    @Test func theShortcutAgreesWithTheReadersOnGeneratedText() async {
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { text in
            let differs = Self.disagreements(in: text)
            #expect(!differs.indonesian, "Indonesian: \(text.debugDescription)")
            #expect(!differs.english, "English: \(text.debugDescription)")
        }
    }

    /// What may complete a pattern the token after a number starts (`per cent`, `in the
    /// morning`, `dolar AS`, `10 of May`, `2,5`, `3 000`).
    static let continuations = [
        "", " cent", " the morning", " night", " time", " points", " dengan", ".d.", "/d", " kong", " zealand",
        " sterling", " Serikat", " AS", " hari", " persentase", " May", " Mei", " 2024", "5", " 5", "000", " 000",
        " juta", " p.m.", " setempat", " dollars", " of May", "m.", "s", "an", " WIB",
    ]

    /// Every fragment of `QuantityText`, glued to a number or after a space, with each
    /// continuation: the scans agree, so the shortcut never skips a reader that reads one.
    @Test(arguments: ["5", "10", "12", "24", "60", "0", "0800", "1990", "2024", "123456"])
    func theShortcutAgreesAfterEveryFragment(number: String) {
        var mismatches: [String] = []
        for fragment in QuantityText.fragments {
            for gap in ["", " "] {
                let text = Self.continuations.map { "\(number)\(gap)\(fragment)\($0)" }.joined(separator: " ; ")
                let differs = Self.disagreements(in: text)
                if differs.indonesian || differs.english { mismatches.append(text) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// What `digitRunCandidate` says of the first digit run of `text`.
    static func candidate(_ text: String, english: Bool) -> QuantityCandidate {
        let s = QuantityScanner(text)
        let first = s.tokens.firstIndex { $0.kind == .digits }!
        return english
            ? EnglishQuantityParser().digitRunCandidate(s, first)
            : IndonesianQuantityParser().digitRunCandidate(s, first)
    }

    @Test(arguments: ["5 orang", "pada 2024.", "2024", "5 kali, 6 kali", "5 km", "5km", "0 orang", "007 orang"])
    func aDigitRunFollowedByNothingTheReadersReadIsAPlainNumber(text: String) {
        let s = QuantityScanner(text)
        let first = s.tokens.firstIndex { $0.kind == .digits }!
        for english in [false, true] {
            #expect(Self.candidate(text, english: english) == .plainNumber, "\(text), English: \(english)")
            let expected = Array(
                (english
                    ? EnglishQuantityParser().scan(s, readingEveryCandidate: true)
                    : IndonesianQuantityParser().scan(s, readingEveryCandidate: true)).prefix(1))
            let plain =
                english
                ? EnglishQuantityParser().plainNumber(s, first) : IndonesianQuantityParser().plainNumber(s, first)
            #expect(plain.map { [$0] } == expected, "\(text), English: \(english)")
        }
    }

    /// A token after the digits that a reader of dates or times reads, or a symbol or digits
    /// that make the number more: every reader is asked.
    @Test(arguments: [
        ("2,5", false), ("10/5", false), ("1970-an", false), ("5 - 6", false), ("10 Mei", false), ("15.00", false),
        ("3 sore", false), ("5 hingga", false), ("1970's", false), ("5 \u{2013} 6", false), ("1990s", true),
        ("10th", true), ("3 pm", true), ("3 000", true), ("0800 (GMT)", true),
        ("10 of May", true), ("5 to 6", true), ("3 o'clock", true), ("3 in", true), ("1500 hours", true),
        ("5 May", true), ("5,000", true), ("0800 GMT", true), ("10 at", true),
    ])
    func aDigitRunBeforeWhatDatesOrTimesReadIsLeftToEveryReader(text: String, english: Bool) {
        #expect(Self.candidate(text, english: english) == .any)
    }

    /// A scale, percent or currency word or `%` after the digits: only the amount's reader is asked.
    @Test(arguments: [
        ("5 juta", false), ("5 persen", false), ("5 dolar", false), ("5 ribu", false), ("5 rupiah", false),
        ("5%", false), ("5 %", false), ("5 million", true), ("5 per cent", true), ("5%", true), ("5 dollars", true),
        ("5 pct", true), ("5 USD", true),
    ])
    func aDigitRunBeforeAUnitIsLeftToTheAmount(text: String, english: Bool) {
        #expect(Self.candidate(text, english: english) == .amount)
    }

    /// Which readers a word may start: a number word only the reader of numbers in words, a
    /// weekday, month or time word and a currency before an amount any of them.
    @Test(arguments: [
        ("tiga", false, QuantityCandidate.numberWord), ("ratusan", false, .numberWord), ("Jumat", false, .any),
        ("Mei", false, .any), ("pukul", false, .any), ("tanggal", false, .any), ("Rp", false, .any),
        ("orang", false, .none), ("twenty", true, .numberWord), ("a", true, .numberWord), ("A", true, .any),
        ("May", true, .any), ("noon", true, .any), ("Friday", true, .any), ("people", true, .none),
    ])
    func aWordStartsTheReadersItMayStart(word: String, english: Bool, expected: QuantityCandidate) {
        let s = QuantityScanner(word)
        let candidate =
            english
            ? EnglishQuantityParser().candidate(s, s.tokens[0]) : IndonesianQuantityParser().candidate(s, s.tokens[0])
        #expect(candidate == expected)
    }

    @Test func theShortcutAgreesOnTheExample() throws {
        let text = try String(contentsOfFile: "Examples/berita-contoh.txt", encoding: .utf8)
        for line in text.split(separator: "\n") {
            let differs = Self.disagreements(in: String(line))
            #expect(!differs.indonesian && !differs.english, "\(line)")
        }
    }

    /// The UD sentences and the Wikipedia articles, and their pseudo-translations (numbers written
    /// the English way, `persen` → `percent`, `juta` → `million`).
    @Test(.enabled(if: TestPaths.shared != nil, Comment(rawValue: TestPaths.sharedMissing)))
    func theShortcutAgreesOnRealText() throws {
        var disagreeing: [String] = []
        for sentence in try ChecksDifferentialTests.realSentences() {
            for text in [sentence, ChecksDifferentialTests.pseudoTranslation(sentence)] {
                let differs = Self.disagreements(in: text)
                if differs.indonesian || differs.english { disagreeing.append(text) }
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5))")
    }
}
