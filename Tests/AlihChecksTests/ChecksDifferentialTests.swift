import AlihCore
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihChecks

/// The checks find exactly what they found before they were made fast: the current code against
/// the code as it was (`Reference/`), on generated text and on real sentences.
@Suite struct ChecksDifferentialTests {
    static let document = TranslatedDocument(
        xliffVersion: "2.1", original: "t", sourceLanguage: "id", targetLanguage: "en")
    static let unit = TranslatedUnit(id: "b1", line: 3)

    /// Glossary terms as the matcher would hand them over: allowed, forbidden and do-not-translate.
    static let terms: [(match: TermMatch, entry: GlossaryEntry, text: String)] = {
        let empty = "".startIndex..<"".startIndex
        let entries = [
            GlossaryEntry(id: "e1", source: "tentara", translations: [GlossaryTranslation("troop")]),
            GlossaryEntry(
                id: "e2", source: "juru bicara",
                translations: [GlossaryTranslation("spokesperson"), GlossaryTranslation("speaker", status: .forbidden)]),
            GlossaryEntry(id: "e3", source: "KPK", translations: [], doNotTranslate: true),
            GlossaryEntry(
                id: "e4", source: "Rusia",
                translations: [
                    GlossaryTranslation("Russia"), GlossaryTranslation("Russian Federation", status: .admitted),
                ]),
        ]
        return entries.enumerated().map { index, entry in
            (
                TermMatch(range: empty, entryIndex: index, tier: .exact), entry,
                entry.source == "tentara" ? "tentaranya" : entry.source
            )
        }
    }()

    static let pairs: [(current: any SegmentCheck, reference: any SegmentCheck)] = [
        (UntranslatedCheck(), ReferenceUntranslatedCheck()), (IdenticalCheck(), ReferenceIdenticalCheck()),
        (TerminologyCheck(), ReferenceTerminologyCheck()), (NumbersCheck(), ReferenceNumbersCheck()),
        (TagsCheck(), ReferenceTagsCheck()), (WhitespaceCheck(), ReferenceWhitespaceCheck()),
        (PunctuationCheck(), ReferencePunctuationCheck()), (LengthCheck(), ReferenceLengthCheck()),
        (StateCheck(), ReferenceStateCheck()),
    ]

    @Test func indonesianQuantitiesAgreeWithTheReference() async {
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { text in
            #expect(
                IndonesianQuantityParser().quantities(in: text)
                    == ReferenceIndonesianQuantityParser().quantities(in: text), "\(text.debugDescription)")
        }
    }

    @Test func englishQuantitiesAgreeWithTheReference() async {
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { text in
            #expect(
                EnglishQuantityParser().quantities(in: text) == ReferenceEnglishQuantityParser().quantities(in: text),
                "\(text.debugDescription)")
        }
    }

    @Test func englishStemsAgreeWithTheReference() async {
        await propertyCheck(count: 3_000, input: QuantityText.generator()) { text in
            #expect(EnglishStems.words(text) == ReferenceEnglishStems.words(text), "\(text.debugDescription)")
        }
    }

    /// Every word of up to five characters drawn from the letters of the suffixes, apostrophes
    /// (ASCII and not) and another letter is stemmed as the reference stems it.
    @Test func everyShortWordIsStemmedAsTheReferenceStemsIt() {
        let characters = ["s", "e", "i", "d", "n", "g", "a", "l", "'", "\u{2019}", "x"]
        var words = [""]
        var mismatches: [String] = []
        for _ in 1...5 {
            words = words.flatMap { word in characters.map { word + $0 } }
            for word in words where EnglishStems.stem(word) != ReferenceEnglishStems.stem(word) {
                mismatches.append(word)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Every check, on generated segments with and without terms, finds what the reference finds.
    @Test func everyCheckAgreesWithTheReference() async {
        await propertyCheck(
            count: 3_000, input: QuantityText.generator(), QuantityText.generator(), Gen.int(in: 0...15)
        ) { source, target, flags in
            let segment = TranslatedSegment(
                id: "b1-s1", line: 4, source: source, target: flags & 1 == 0 ? target : (flags & 2 == 0 ? nil : " \n"),
                state: flags & 4 == 0 ? "final" : "translated", sourceTags: flags & 8 == 0 ? [] : ["ph", "mrk"],
                targetTags: ["ph"])
            let context = CheckContext(
                document: Self.document, unit: Self.unit, terms: flags & 2 == 0 ? Self.terms : [])
            for (current, reference) in Self.pairs {
                #expect(
                    current.check(segment, in: context) == reference.check(segment, in: context),
                    "\(current.id): \(source.debugDescription) → \(target.debugDescription)")
            }
        }
    }

    /// Text without digits, where the numbers check looks for the words of numbers before it
    /// reads anything (and a copied target at all): it finds what the reference finds.
    @Test func numbersCheckAgreesWithoutDigits() async {
        let reference = ReferenceNumbersCheck()
        let context = CheckContext(document: Self.document, unit: Self.unit)
        await propertyCheck(
            count: 3_000, input: QuantityText.generator(maxFragments: 12, digits: false),
            QuantityText.generator(maxFragments: 12, digits: false), Gen.bool
        ) { source, target, copied in
            let segment = TranslatedSegment(id: "b1-s1", line: 4, source: source, target: copied ? source : target)
            #expect(
                NumbersCheck().check(segment, in: context) == reference.check(segment, in: context),
                "\(source.debugDescription) → \(target.debugDescription)")
        }
    }

    /// A source copied into its target (what `--prefill-targets` gives): every check agrees.
    @Test func checksAgreeOnACopiedTarget() async {
        await propertyCheck(count: 1_000, input: QuantityText.generator()) { text in
            let segment = TranslatedSegment(id: "b1-s1", line: 4, source: text, target: text)
            let context = CheckContext(document: Self.document, unit: Self.unit, terms: Self.terms)
            for (current, reference) in Self.pairs {
                #expect(
                    current.check(segment, in: context) == reference.check(segment, in: context),
                    "\(current.id): \(text.debugDescription)")
            }
        }
    }

    /// Checked in runs on several threads, a document gives the findings of one thread, in the
    /// same order, and those of the reference checker.
    @Test func severalWorkersFindWhatOneFinds() async throws {
        await propertyCheck(count: 30, input: QuantityText.generator(maxFragments: 12).array(of: 0...120)) { texts in
            var document = Self.document
            document.units = stride(from: 0, to: texts.count, by: 3).map { start in
                let pieces = texts[start..<min(start + 3, texts.count)].enumerated().map { k, text in
                    TranslatedPiece.segment(
                        TranslatedSegment(
                            id: "b\(start)-s\(k)", line: start + k, source: text,
                            target: k == 1 ? texts[(start + 5) % texts.count] : text))
                }
                return TranslatedUnit(id: "b\(start)", line: start, translate: start % 9 != 6, pieces: pieces)
            }
            let checker = QualityChecker(requireFinal: true)
            let serial = try checker.check(document, workers: 1)
            #expect(try checker.check(document, workers: 2, segmentsPerChunk: 5) == serial)
            #expect(try checker.check(document, workers: 3, segmentsPerChunk: 1) == serial)
            #expect(try ReferenceQualityChecker(requireFinal: true).check(document) == serial)
        }
    }

    /// Real sentences (UD Indonesian and Wikipedia articles) as sources, with the source itself,
    /// a pseudo-translation and the next sentence as targets: the checker finds what the
    /// reference checker finds, in the same order.
    @Test(.enabled(if: TestPaths.shared != nil, Comment(rawValue: TestPaths.sharedMissing)))
    func theCheckerAgreesWithTheReferenceOnRealText() throws {
        let sentences = try Self.realSentences()
        var units: [TranslatedUnit] = []
        for (index, sentence) in sentences.enumerated() {
            let next = sentences[(index + 1) % sentences.count]
            let targets = [sentence, Self.pseudoTranslation(sentence), next]
            let pieces = targets.enumerated().map { k, target in
                TranslatedPiece.segment(
                    TranslatedSegment(id: "b\(index)-s\(k)", line: index * 3 + k, source: sentence, target: target))
            }
            units.append(TranslatedUnit(id: "b\(index)", line: index * 3, pieces: pieces))
        }
        var document = Self.document
        document.units = units
        let current = try QualityChecker().check(document)
        let reference = try ReferenceQualityChecker().check(document)
        #expect(current.count == reference.count)
        #expect(current == reference)
    }

    /// The UD sentences and the lines of the Wikipedia articles.
    static func realSentences() throws -> [String] {
        let shared = try #require(TestPaths.shared)
        var sentences: [String] = []
        let ud = try String(
            contentsOf: shared.appendingPathComponent("data/ud-id-gsd-traindev.seg.jsonl"), encoding: .utf8)
        for line in ud.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let text = object?["text"] as? String { sentences.append(text) }
        }
        let folder = shared.appendingPathComponent("data/id-wikipedia-covid")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            sentences += text.split(separator: "\n").map(String.init)
        }
        return sentences
    }

    /// Numbers written the English way and a few words translated, so that the numbers check
    /// compares rather than only matches.
    static func pseudoTranslation(_ sentence: String) -> String {
        var out = ""
        var previous: Character = " "
        for (offset, character) in sentence.enumerated() {
            switch character {
            case "." where previous.isNumber: out.append(",")
            case "," where previous.isNumber: out.append(".")
            case "7" where offset % 5 == 0: out.append("8")
            default: out.append(character)
            }
            previous = character
        }
        return out.replacingOccurrences(of: "persen", with: "percent").replacingOccurrences(of: "juta", with: "million")
            .replacingOccurrences(of: "Mei", with: "May")
    }
}
