import AlihCore
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        ("a\r\nb\rc", "a\nb\nc", NormalizationChange.lineEnding, 2),
        ("Rp\u{00A0}5\u{2009}juta", "Rp 5 juta", .unicodeSpace, 2),
        ("kata\tdia", "kata dia", .unicodeSpace, 1),
        ("per\u{200B}batasan\u{FEFF}", "perbatasan", .zeroWidth, 2),
        ("perba\u{00AD}tasan", "perbatasan", .softHyphen, 1),
        ("a\u{0007}b\u{0000}", "ab", .controlCharacter, 2),
        ("satu   dua  tiga", "satu dua tiga", .spaceRun, 2),
        ("akhir  \nbaris ", "akhir\nbaris", .trailingSpace, 2),
        ("   awal", "awal", .leadingSpace, 1),
        ("Jum\u{0061}\u{0301}t", "Jum\u{00E1}t", .nfc, 1),
    ])
    func eachChangeIsMadeAndCounted(input: String, expected: String, kind: NormalizationChange, count: Int) throws {
        let (output, report) = try normalizer.normalize(input)
        #expect(Array(output.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(report.count(of: kind) == count)
    }

    /// Only lines that may not be NFC go to ICU; every line is still composed, and each change is
    /// reported at its own line.
    @Test func nfcIsAppliedLineByLineAtTheRightLines() throws {
        let text = "“Kutipan” — 5 € … Rp\nbaik\nJum\u{0061}\u{0301}t 한\u{1100}\u{1161}\n\u{212B}ngström\nakhir"
        let (output, report) = try normalizer.normalize(text)
        #expect(
            Array(output.unicodeScalars)
                == Array("“Kutipan” — 5 € … Rp\nbaik\nJum\u{00E1}t 한가\n\u{00C5}ngström\nakhir".unicodeScalars))
        #expect(
            report.entries.first { $0.kind == .nfc }?.firstPositions == [
                TextPosition(line: 3, column: 1), TextPosition(line: 4, column: 1),
            ])
    }

    /// Random text from a repertoire of composing and non-composing characters: the result is
    /// exactly ICU's NFC of the whole text.
    @Test func nfcMatchesWholeTextComposition() async throws {
        let pieces = [
            "a", "e", "\u{0301}", "\u{0308}", "\u{0327}", "\n", " ", "“", "—", "€", "\u{1100}", "\u{1161}", "\u{212B}",
            "\u{2000}",
            "ñ", "\u{0340}", "\u{FB01}", "\u{0958}", "x",
        ]
        await propertyCheck(count: 300, input: Gen.int(in: 0..<pieces.count).array(of: 0...40)) { indices in
            let text = indices.map { pieces[$0] }.joined()
            var options = NormalizationOptions()
            (options.unicodeSpaces, options.zeroWidth, options.softHyphens, options.controlCharacters) = (
                false, false, false, false
            )
            (options.collapseSpaces, options.trimLines) = (false, false)
            let output = try TextNormalizer(options: options).normalize(text).0
            #expect(
                Array(output.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars),
                "\(Array(text.unicodeScalars))")
        }
    }

    @Test func cleanTextIsUntouchedAndReportsNothing() throws {
        let text = "MOSKOW - Rusia telah setuju.\n\nIni terjadi setelah itu."
        let (output, report) = try normalizer.normalize(text)
        #expect(output == text)
        #expect(report.entries.isEmpty)
    }

    @Test func positionsAreInputLinesAndColumns() throws {
        let (_, report) = try normalizer.normalize("baik\nkata\u{00A0}dia")
        #expect(report.entries.first?.firstPositions == [TextPosition(line: 2, column: 5)])
    }

    @Test func doubleHyphenBecomesEmDashOnlyWhenAsked() throws {
        var options = NormalizationOptions()
        #expect(try TextNormalizer(options: options).normalize("Moskow--sebuah").0 == "Moskow--sebuah")
        options.doubleHyphenToEmDash = true
        let dashing = TextNormalizer(options: options)
        #expect(try dashing.normalize("Moskow--sebuah").0 == "Moskow\u{2014}sebuah")
        #expect(try dashing.normalize("a -- b").0 == "a -- b")
        #expect(try dashing.normalize("a---b").0 == "a---b")
        #expect(try dashing.normalize("--awal").0 == "--awal")
        #expect(try dashing.normalize("a--b--c").0 == "a\u{2014}b\u{2014}c")
        #expect(try dashing.normalize("a-\u{200B}-b").0 == "a\u{2014}b")
    }

    @Test func zeroWidthJoinersInEmojiAreKept() throws {
        let emoji = "👩\u{200D}💻 bekerja"
        #expect(try normalizer.normalize(emoji).0 == emoji)
    }

    @Test func switchedOffOptionsChangeNothing() throws {
        var options = NormalizationOptions()
        options.unicodeSpaces = false
        options.trimLines = false
        options.collapseSpaces = false
        let text = "  a\u{00A0}b   c  "
        #expect(try TextNormalizer(options: options).normalize(text).0 == text)
    }

    @Test func runReplacesTheDocumentText() throws {
        var document = Document(sourceName: "a.txt", text: "a\r\nb")
        var diagnostics: [Diagnostic] = []
        try normalizer.run(on: &document, diagnostics: &diagnostics)
        #expect(document.text == "a\nb")
        #expect(document.normalization.count(of: .lineEnding) == 1)
    }

    @Test func normalizingTwiceChangesNothing() async {
        var options = NormalizationOptions()
        options.doubleHyphenToEmDash = true
        let normalizer = TextNormalizer(options: options)
        await propertyCheck(count: 500, input: ArticleText.generator()) { text in
            let once = try normalizer.normalize(text)
            let twice = try normalizer.normalize(once.0)
            #expect(Array(twice.0.utf8) == Array(once.0.utf8))
            #expect(twice.1.entries.isEmpty, "second pass changed: \(twice.1.entries.map(\.kind))")
        }
    }
}

/// Normalizing grew quadratically with the text once (the output was rebuilt on every space
/// run); a large article must go through in one pass. The limit guards against a hang, it is
/// not a speed goal (those live in the benchmark).
@Suite struct TextNormalizerScaleTests {
    @Test(.timeLimit(.minutes(1)))
    func largeArticleIsNormalizedInOnePass() throws {
        let paragraph = "Rusia  setuju\u{00A0}menarik  pasukan,  kata  juru  bicara.  \n\n"
        let text = String(repeating: paragraph, count: 120_000)
        let (output, report) = try TextNormalizer().normalize(text)
        #expect(report.count(of: .spaceRun) == 120_000 * 5)
        #expect(output.utf8.count < text.utf8.count)
    }

    /// A large text is normalized in parts on several threads, cut at line feeds (here parts of
    /// a few hundred bytes, so that cuts fall next to CRs, spaces, dashes and marks): the text
    /// and the report, positions included, are the ones one thread gives.
    @Test func severalWorkersGiveTheSameTextAndReport() async {
        let normalizer = TextNormalizer()
        await propertyCheck(count: 200, input: ArticleText.generator(maxFragments: 400)) { text in
            let alone = try normalizer.normalize(text, workers: 1, bytesPerWorker: 1)
            for workers in [2, 7] {
                let together = try normalizer.normalize(text, workers: workers, bytesPerWorker: 200)
                #expect(together.0 == alone.0)
                #expect(together.1 == alone.1)
            }
        }
    }

    /// A file's bytes normalized as they are (after a BOM, on several threads or one) give the
    /// text and report the decoded String gives.
    @Test func bytesAreNormalizedAsTheirText() async throws {
        let normalizer = TextNormalizer()
        await propertyCheck(count: 200, input: ArticleText.generator(maxFragments: 400)) { text in
            let expected = try normalizer.normalize(text, workers: 1, bytesPerWorker: 1)
            for (workers, bom) in [(1, false), (3, true)] {
                let bytes = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
                let found = try normalizer.normalize(
                    utf8: bytes, from: bom ? 3 : 0, workers: workers, bytesPerWorker: 200)
                #expect(found.0 == expected.0)
                #expect(found.1 == expected.1)
            }
        }
    }
}
