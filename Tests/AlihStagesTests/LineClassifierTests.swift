import AlihCore
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct LineClassifierTests {
    /// The first looks at a line (its first two and last two bytes, then each rule's prefilter)
    /// only ever skip rules that cannot match: the shipped rules give every line the verdict
    /// they give it with no prefilter at all, ICU asked about every rule. Lines are built from
    /// the rules' own words, their case variants, digits, terminators and characters ICU folds
    /// specially, so that most rules match some of them.
    @Test func theFirstLooksNeverChangeAVerdict() async throws {
        let rules = PipelineDefinition.newsArticle.boilerplate.rules
        let filtered = try LineClassifier(rules: rules, prefilters: LineClassifier.prefilters(of: rules))
        let unfiltered = try LineClassifier(rules: rules, prefilters: rules.map { _ in nil })
        let fragments = [
            "Baca", "baca", "BACA", " juga", ":", " ", "0", "12", "1.234", " Komentar", " kali dibaca", "Dibaca",
            " kali",
            "Halaman", "hal.", "Hal", " 2", " dari 3", " Selanjutnya", "Tags", "Topik", "banjir", ", ", "Klik",
            " di sini", " untuk", " Google News", " WhatsApp", "Ikuti", "Simak", "video", "Tutup", "Tulis komentar",
            "Bagikan artikel ini", "Berita", " Terpopuler", "Trending", "Terkini", "Jangan lewatkan", "Foto", "/",
            "(ist)", "(rdp/imk)", "ADVERTISEMENT", "Penulis", "Editor", "Antara", "Kompas.com", " - ", "|", "»",
            "Dapatkan", " update", "kata dia", ".", "!", "…", "“", "”", "ß", "ſ", "\u{212A}", "ss", "é", "12:30",
            "\r", "\u{85}", "\u{2028}", "#", "Tapi", "Setelah", "x",
        ]
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...(fragments.count - 1)).array(of: 1...7)) { picks in
            let line = picks.map { fragments[$0] }.joined()
            var a = filtered
            var b = unfiltered
            let bytes = Array(line.utf8)
            let (withLooks, withoutLooks) = bytes.withUnsafeBufferPointer { buffer in
                (
                    a.verdict(on: 0..<buffer.count, of: line, bytes: buffer, maxTeaserWords: nil).rule,
                    b.verdict(on: 0..<buffer.count, of: line, bytes: buffer, maxTeaserWords: nil).rule
                )
            }
            #expect(
                withLooks == withoutLooks,
                "'\(line)': \(String(describing: withLooks)) ≠ \(String(describing: withoutLooks))")
        }
    }
}
