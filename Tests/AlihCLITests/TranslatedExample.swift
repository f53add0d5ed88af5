import AlihTestSupport
import Foundation
import Testing

/// The shipped example as a CAT tool gets it and gives it back: extracted as XLIFF 1.2 with its
/// targets prefilled (`sent`), and the same file with every target in English (`translated`,
/// from the reference translation).
struct TranslatedExample {
    let sent: URL
    let translated: URL

    init(in folder: URL, translatedName: String) throws {
        sent = folder.appendingPathComponent("berita.xlf")
        translated = folder.appendingPathComponent(translatedName)
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", sent.path, "-q",
        ])
        #expect(extract.status == 0)
        try ReferenceTranslation.translate(try String(contentsOf: sent, encoding: .utf8)).write(
            to: translated, atomically: true, encoding: .utf8)
    }
}
