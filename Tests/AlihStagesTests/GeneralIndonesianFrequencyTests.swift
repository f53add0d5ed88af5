import Testing

@testable import AlihStages

/// The general-Indonesian counts read from their tables.
@Suite struct GeneralIndonesianFrequencyTests {
    /// Each table's lines as `Character`s read them: the reference the byte reader must give.
    static func lines(_ table: String) -> [(key: String, count: Int)] {
        table.split(separator: "\n").compactMap { line in
            guard let tab = line.firstIndex(of: "\t"), let count = Int(line[line.index(after: tab)...]) else {
                return nil
            }
            return (String(line[..<tab]), count)
        }
    }

    @Test func everyLemmaLineIsReadAsCharactersReadIt() {
        let lines = Self.lines(GeneralIndonesianFrequency.lemmaTable)
        #expect(lines.count > 5_000)
        let last = Dictionary(lines, uniquingKeysWith: { _, later in later })
        #expect(last.allSatisfy { GeneralIndonesianFrequency.count(ofLemma: $0.key) == $0.value })
        #expect(lines.contains { $0.key.utf8.contains { $0 >= 0x80 } })
    }

    @Test func everyCapitalisedLineIsReadAsCharactersReadIt() {
        let lines = Self.lines(GeneralIndonesianFrequency.capitalisedTable)
        #expect(lines.count > 2_000)
        let last = Dictionary(lines, uniquingKeysWith: { _, later in later })
        #expect(last.allSatisfy { GeneralIndonesianFrequency.capitalisedCount(of: $0.key) == $0.value })
    }

    @Test func wordsNotCountedAreZero() {
        #expect(GeneralIndonesianFrequency.count(ofLemma: "zvartnots") == 0)
        #expect(GeneralIndonesianFrequency.count(ofLemma: "") == 0)
        #expect(GeneralIndonesianFrequency.capitalisedCount(of: "yang") == 0)
    }
}
