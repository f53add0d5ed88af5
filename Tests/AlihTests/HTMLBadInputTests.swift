import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// Pages no CMS should serve, extracted and merged back: a best-effort reading as browsers do,
/// or a clear error; never a crash, never a page that loses what it had.
@Suite struct HTMLBadInputTests {
    /// The identity round trip of `page`, or the error extraction gave.
    static func roundTrip(_ page: [UInt8]) -> Result<String?, DiagnosticError> {
        do {
            return .success(try HTMLPageRoundTripTests.roundTrip(page).page)
        } catch let error as DiagnosticError {
            return .failure(error)
        } catch {
            Issue.record("not a DiagnosticError: \(error)")
            return .success(nil)
        }
    }

    @Test(arguments: [0, 1, 2, 3])
    func binaryBytesAreReadOrRefusedWithAReason(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let bytes = (0..<50_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        switch Self.roundTrip(bytes) {
        case .success(let page): #expect(page != nil)
        case .failure(let error): #expect(!error.diagnostic.message.isEmpty)
        }
    }

    @Test func textThatIsNotHTMLIsOneParagraph() throws {
        let page = "Banjir melanda kota. Warga mengungsi.\nTidak ada tag di sini.\n"
        let result = try Self.roundTrip(Array(page.utf8)).get()
        // Untranslated, the paragraph keeps its bytes, line break and all.
        #expect(result == page)
    }

    @Test func aMegabyteAttributeIsOneUnitAndComesBack() throws {
        let words = String(repeating: "kata panjang ", count: 80_000)
        let page = "<p title=\"\(words)\">Isi berita.</p>"
        let (written, _, xliff) = try HTMLPageRoundTripTests.roundTrip(Array(page.utf8)) { $0.uppercased() }
        let result = try #require(written)
        let translated = "<p title=\"\(words.uppercased().trimmingCharacters(in: .whitespaces))\">ISI BERITA.</p>"
        let same = result == translated
        #expect(same)
        #expect(xliff.components(separatedBy: "<unit ").count == 3)
    }

    @Test func bytesInvalidInUTF8ComeBackAsReplacementCharactersInTheText() throws {
        let page: [UInt8] = Array("<meta charset=utf-8><p>Harga ".utf8) + [0xFF, 0xFE] + Array(" naik.</p>".utf8)
        let result = try #require(try Self.roundTrip(page).get())
        #expect(result.contains("<p>Harga \u{FFFD}\u{FFFD} naik.</p>"))
    }

    @Test func aPageWithNoTextIsRefusedWithAReason() throws {
        let page = "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>"
        guard case .failure(let error) = Self.roundTrip(Array(page.utf8)) else {
            Issue.record("a page with nothing to translate was extracted")
            return
        }
        #expect(error.diagnostic.code == "input.empty")
    }

    /// A page in Windows-1252 comes back as UTF-8, its `<meta>` saying so.
    @Test(arguments: [
        (#"<meta charset="windows-1252">"#, #"<meta charset="utf-8">"#),
        (
            #"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">"#,
            #"<meta http-equiv="Content-Type" content="text/html; charset=utf-8">"#
        ),
    ])
    func aWindows1252PageComesBackAsUTF8(declaration: String, written: String) throws {
        let page: [UInt8] =
            Array("<html><head>\(declaration)<title>Caf".utf8) + [0xE9] + Array("</title></head><body><p>Harga ".utf8)
            + [0x80] + Array(" 5 naik.</p></body></html>".utf8)
        let result = try #require(try Self.roundTrip(page).get())
        #expect(result.contains(written))
        #expect(result.contains("<title>Café</title>"))
        #expect(result.contains("<p>Harga € 5 naik.</p>"))
    }
}
