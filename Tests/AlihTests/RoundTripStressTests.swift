import Alih
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

/// extract → targets = sources → reimport over 10,000 generated documents with every kind of
/// character: all Unicode planes, combining marks, right-to-left text, emoji ZWJ sequences,
/// controls XML 1.0 forbids, CRLF, very long lines. The result is the normalized article byte
/// for byte; what normalization changes (forbidden controls removed, CRLF → LF, spaces) is
/// documented and reported, never silent.
@Suite struct RoundTripStressTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)

    static let pieces: [String] = [
        "Rusia setuju. ", "Dia bertanya? ", "“Kutipan,” katanya. ", "\n", "\n\n", "\r\n", "\r\n\r\n", "  ", "\t",
        "e\u{0301}\u{0323}", "a\u{20DD}", "שלום עולם. ", "مرحبا بالعالم. ", "\u{200F}\u{202B}", "👩‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽",
        "\u{0001}", "\u{0008}", "\u{000B}", "\u{001F}", "\u{FFFE}", "\u{FEFF}", "\u{200B}", "\u{00AD}", "\u{00A0}",
        "&<>\"'", "]]>", "Bpk. ", "No. 5", "dll. ", "Foto/REUTERS", "loading...", "A A A", "(rdn)",
    ]

    /// A document: fragments, random scalars from every plane, and now and then a very long line.
    static let documents = Gen.int(in: 0...(pieces.count + 40)).array(of: 1...60).map { picks -> String in
        var text = ""
        for (n, pick) in picks.enumerated() {
            if pick < pieces.count {
                text += pieces[pick]
            } else if pick == pieces.count && n % 3 == 0 {
                text += String(repeating: "panjang sekali ", count: 300)  // a 4,500-character line
            } else {
                // A scalar from plane 0–16, chosen from the pick and position (no surrogates).
                let plane = UInt32((pick * 7 + n) % 17)
                let value = plane << 16 | UInt32((pick * 2_654_435_761 &+ n * 40_503) & 0xFFFF)
                if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
        }
        return text
    }

    @Test(arguments: XLIFFVersion.allCases)
    func tenThousandDocumentsComeBackExactly(version: XLIFFVersion) async {
        await propertyCheck(count: 5_000, input: Self.documents) { text in
            let extraction: Extraction
            do {
                extraction = try Self.pipeline.extract(
                    Array(text.utf8), name: "acak.txt",
                    options: ExtractionOptions(xliffVersion: version, prefillTargets: true))
            } catch let error as DiagnosticError where error.diagnostic.code == "input.empty" {
                return
            }
            let document = try XLIFFReader().read(Array(extraction.xliff.utf8), path: "t.xlf")
            let result = ArticleMerger(boilerplate: .keep, keepSourceForMissing: true).merge(document, file: "t.xlf")
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(Array(result.text.utf8) == Array(extraction.document.text.utf8))
            // Nothing XML forbids reached the file raw.
            #expect(
                !extraction.xliff.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        }
    }
}
