import Alih
import Foundation
import Testing

/// The JSON written article by article is the JSON of the whole report, byte for byte.
@Suite struct CoverageJSONWriterTests {
    static func whole(_ report: CoverageReport) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(report)) + [0x0A]
    }

    static func pieces(_ report: CoverageReport) throws -> [UInt8] {
        var out: [UInt8] = []
        try CoverageJSONWriter().write(report) { out += $0 }
        return out
    }

    @Test(arguments: [0, 1, 3])
    func writtenInPiecesIsTheWholeReport(articles count: Int) throws {
        let articles = [
            ("a.txt", "Tentara datang.\n"), ("b.txt", "Tentaranya pergi. Budi Santoso diam. Harga beras naik.\n"),
            ("c/d.txt", "Tidak ada apa-apa \"di sini\" \\ / <b>.\n"),
        ].prefix(count)
        let result = try CoverageTests.analysis(
            Array(articles), glossary: CoverageTests.glossary(["tentara", "harga"]))
        #expect(try Self.pieces(result.report) == (try Self.whole(result.report)))
    }
}
