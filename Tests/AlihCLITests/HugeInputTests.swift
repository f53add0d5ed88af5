import AlihTestSupport
import Foundation
import Testing

/// Inputs far beyond any article: refused fast, in bounded memory, with nothing written.
@Suite(.serialized) struct HugeInputTests {
    let folder: URL

    init() throws { folder = try AlihProcess.temporaryFolder() }

    /// Writes `head`, then `count` MB of `fill`, then `tail` (1 MB at a time, never all in memory).
    func write(_ name: String, head: String, fill: UInt8, megabytes count: Int, tail: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(head.utf8))
        let chunk = Data(repeating: fill, count: 1 << 20)
        for _ in 0..<count { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data(tail.utf8))
        return url
    }

    /// A 1 GB XLIFF that is one text node: refused at 16 MB of text, well under 200 MB of memory.
    @Test func aGigabyteTextNodeIsRefusedInBoundedMemory() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = try write(
            "satu-teks.xlf",
            head:
                #"<?xml version="1.0" encoding="UTF-8"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="id" trgLang="en"><file id="f1"><unit id="u1"><segment><source>"#,
            fill: UInt8(ascii: "a"), megabytes: 1024, tail: "</source></segment></unit></file></xliff>")
        let output = folder.appendingPathComponent("satu-teks.en.txt")
        let result = try AlihProcess.runMeasuringMemory(["reimport", xliff.path, "-o", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("[xliff.text-too-large]"), "\(result.stderr)")
        #expect(result.stderr.contains("(unit u1)"))
        #expect(result.peakMB < 200, "peak memory \(result.peakMB) MB")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// A 100 MB article on one line: refused with its line number, nothing written.
    @Test func aHundredMegabyteLineIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try write(
            "satu-baris.txt", head: "Judul\n\nKalimat pertama. ", fill: UInt8(ascii: "x"), megabytes: 100, tail: "\n")
        let output = folder.appendingPathComponent("satu-baris.xlf")
        let result = try AlihProcess.runMeasuringMemory(["extract", article.path, "-o", output.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("satu-baris.txt:3:"), "\(result.stderr)")
        #expect(result.stderr.contains("line 3 is 100 MB long"))
        #expect(result.stderr.contains("[input.line-too-long]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        // The file is read whole (an article fits in memory); nothing beyond a few copies of it.
        #expect(result.peakMB < 600, "peak memory \(result.peakMB) MB")
    }
}
