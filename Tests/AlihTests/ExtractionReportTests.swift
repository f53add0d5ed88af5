@testable import Alih
import Testing

@Suite struct ExtractionReportTests {
    /// Boilerplate previews: up to 60 characters whole, longer ones cut to 57 and `...`; line
    /// breaks shown as ` ⏎ ` (counted before they are replaced).
    @Test(arguments: [
        ("Foto/REUTERS", "Foto/REUTERS"),
        (String(repeating: "é", count: 60), String(repeating: "é", count: 60)),
        (String(repeating: "é", count: 61), String(repeating: "é", count: 57) + "..."),
        ("Berita Terkait\nRusia setuju\n", "Berita Terkait ⏎ Rusia setuju ⏎ "),
        (String(repeating: "a\n", count: 40), String(repeating: "a ⏎ ", count: 28) + "a..."),
    ])
    func preview(text: String, expected: String) {
        #expect(ExtractionReport.preview(text[...]) == expected)
    }
}
