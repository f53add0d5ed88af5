import AlihCore
import Testing

@testable import Alih

@Suite struct ArticleMergerTests {
    /// 50,000 units (boilerplate, missing targets and an edited source among them): the same
    /// article and the same diagnostics in the same order on one thread or several.
    static func largeDocument() -> TranslatedDocument {
        var whole = SHA256()
        let units = (1...50_000).map { n -> TranslatedUnit in
            let source = "Kalimat nomor \(n). Kalimat kedua."
            let target: String? = n % 997 == 0 ? nil : "Sentence number \(n). Second sentence."
            let separator = n % 3 == 0 ? "\n" : "\n\n"
            whole.update(source.utf8)
            whole.update(separator.utf8)
            let sent = n == 31_337 ? "Kalimat yang lain." : source  // the checksum of what was sent
            return TranslatedUnit(
                id: "b\(n)", line: n * 10, translate: n % 7 != 0, checksum: SHA256.checksum(sent),
                pieces: [.segment(TranslatedSegment(id: "b\(n)-s1", line: n * 10 + 5, source: source, target: target))],
                separator: separator)
        }
        return TranslatedDocument(
            xliffVersion: "2.1", original: "a.txt", sourceLanguage: "id", targetLanguage: "en",
            record: ["source-checksum": "sha256:" + whole.finalizeHex(), "boilerplate": "kept"], units: units)
    }

    @Test(arguments: ArticleMerger.Boilerplate.allCases)
    func severalWorkersGiveTheSameResult(boilerplate: ArticleMerger.Boilerplate) {
        let document = Self.largeDocument()
        let merger = ArticleMerger(boilerplate: boilerplate)
        let alone = merger.merge(document, file: "a.xlf", workers: 1)
        let together = merger.merge(document, file: "a.xlf", workers: 3)
        #expect(alone.text == together.text)
        #expect(alone.diagnostics == together.diagnostics)
        #expect(
            [alone.units, alone.segments, alone.translated, alone.missing, alone.boilerplateUnits]
                == [
                    together.units, together.segments, together.translated, together.missing, together.boilerplateUnits,
                ])
        #expect(alone.diagnostics.map(\.code).filter { $0 == "reimport.source-changed" } == ["reimport.source-changed"])
        #expect(alone.diagnostics.contains { $0.code == "reimport.missing-translation" })
        #expect(!alone.diagnostics.contains { $0.code == "reimport.article-changed" })
    }
}
