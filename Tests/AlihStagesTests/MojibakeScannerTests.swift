import AlihCore
import AlihTestSupport
import Foundation
import PropertyBased
import Testing

@testable import AlihStages

/// `MojibakeScanner`: UTF-8 read as Windows-1252 found and turned back; real text left alone.
@Suite struct MojibakeScannerTests {
    /// What a tool that decodes UTF-8 as Windows-1252 makes of `text` (bytes Windows-1252 has no
    /// character for become the C1 control of their value, as such decoders keep them).
    static func garbled(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { Windows1252.scalar($0) }))
    }

    static func findings(_ text: String) -> [MojibakeScanner.Finding] {
        var text = text
        return text.withUTF8 { MojibakeScanner.findings(in: $0) }
    }

    static func repaired(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(decoding: MojibakeScanner.repaired(bytes, MojibakeScanner.findings(in: bytes)), as: UTF8.self)
        }
    }

    @Test(arguments: [
        ("café", "cafÃ©"), ("“Kita siap,” katanya", "â€œKita siap,â€\u{9D} katanya"), ("25°C", "25Â°C"),
        ("عمل", "Ø¹Ù…Ù„"), ("北京", "åŒ—äº¬"), ("😀", "ðŸ˜€"),
    ])
    func garbledTextIsFoundAndTurnedBack(original: String, written: String) {
        #expect(Self.garbled(original) == written || original == "“Kita siap,” katanya")
        let text = "Warga berkata \(Self.garbled(original)) kemarin."
        #expect(!Self.findings(text).isEmpty)
        #expect(Self.repaired(text) == "Warga berkata \(original) kemarin.")
    }

    /// Runs separated by spaces are one finding; its position is the start of the first.
    @Test func wordsOfOneStretchAreOneFinding() throws {
        var text = "Judul\n\nKata \(Self.garbled("عمل جيد")) di sini dan \(Self.garbled("é")).\n"
        let findings = Self.findings(text)
        #expect(findings.count == 2)
        #expect(findings.first?.repaired == "عمل جيد")
        let positions = text.withUTF8 { MojibakeScanner.positions(of: findings, in: $0) }
        #expect(positions.first == TextPosition(line: 3, column: 6))
    }

    @Test(arguments: [
        "Straße „Grüß Gott“ café façade naïve São Paulo Ñandú ÀÉÎÕÜ déjà vu Ærø Øresund Ålesund",
        "¿Qué? ¡Olé! 25°C, 10 €, £5, ©2024 ® ½ ¼ ±3 µm “quoted” ‘single’ … • – — Œuvre Zürich’s Köln”",
        "Kata Ø sendiri, Ù lalu Ã saja: ß“ (German quotes), Ü”, “CAFÉ” and Â only.",
        "Tidak ada “masalah” — kata Pak Budi…",
    ])
    func realTextIsLeftAlone(text: String) {
        #expect(Self.findings(text).isEmpty)
    }

    /// Any text of letters from many scripts, garbled, is found and turned back exactly.
    @Test func garbledTextOfAnyScriptComesBack() async {
        let letters = Array("éèçñüößàâêîôûÆØÅ€“”‘’—…•°±µ¼عملجيدسلام北京上海中文日本語한국어😀🎉ąęłńśźżčšžřůőű")
        await propertyCheck(count: 500, input: Gen.int(in: 0...(letters.count - 1)).array(of: 1...12)) { picks in
            let word = String(picks.map { letters[$0] })
            let text = "Harga naik \(Self.garbled(word)) persen.\n"
            #expect(Self.repaired(text) == "Harga naik \(word) persen.\n", "\(word)")
        }
    }

    /// No finding in real Indonesian text: the Wikipedia articles of the shared data.
    @Test(.enabled(if: TestPaths.isSharedAvailable, "\(TestPaths.sharedMissing)"))
    func noFindingInRealIndonesianText() throws {
        let folder = try #require(TestPaths.shared).appendingPathComponent("data/id-wikipedia-covid")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 40)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.findings(text).isEmpty, "\(file)")
        }
    }
}
