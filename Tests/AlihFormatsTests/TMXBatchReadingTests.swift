import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

/// `TMXFormat.read(path:batchSize:_:)`: a file read a batch of pairs at a time gives what
/// reading it whole gives, and stops when its consumer throws.
@Suite struct TMXBatchReadingTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("tmx-batches") }

    /// 23 units, three of them incomplete (warned about and left out), over several languages.
    func file() throws -> String {
        let units = (0..<23).map { n in
            n % 9 == 4
                ? "<tu><tuv xml:lang=\"id\"><seg>Hanya sumber \(n).</seg></tuv></tu>"
                : "<tu usagecount=\"\(1 + n % 3)\"><tuv xml:lang=\"id\"><seg>Kalimat \(n) &amp; lagi.</seg></tuv>"
                    + "<tuv xml:lang=\"\(n % 2 == 0 ? "en" : "de")\"><seg>Sentence \(n).</seg></tuv></tu>"
        }
        let path = folder.path("memory.tmx")
        try
            (#"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>"#
            + units.joined(separator: "\n") + "</body></tmx>\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [1, 4, 21, 5_000])
    func batchesAreTheWholeFileInOrder(size: Int) throws {
        defer { folder.remove() }
        let path = try file()
        let whole = try TMXFormat.read(path: path)
        var batches: [[TranslationPair]] = []
        let diagnostics = try TMXFormat.read(path: path, batchSize: size) { batches.append($0) }
        #expect(batches.allSatisfy { (1...size).contains($0.count) })
        #expect(batches.count == (whole.pairs.count + size - 1) / size)
        #expect(batches.flatMap { $0 }.map(\.source) == whole.pairs.map(\.source))
        #expect(batches.flatMap { $0 }.map(\.useCount) == whole.pairs.map(\.useCount))
        #expect(diagnostics.map(\.code) == whole.diagnostics.map(\.code))
        #expect(diagnostics.count == 3)
    }

    struct Enough: Error {}

    /// A consumer that throws stops the reading: no batch comes after, and its error comes back.
    @Test func aThrowingConsumerStopsTheReading() throws {
        defer { folder.remove() }
        let path = try file()
        var batches = 0
        #expect(throws: Enough.self) {
            _ = try TMXFormat.read(path: path, batchSize: 5) { _ in
                batches += 1
                if batches == 2 { throw Enough() }
            }
        }
        #expect(batches == 2)
    }

    /// A file damaged after some batches were handed over throws its damage.
    @Test func damageAfterSomeBatchesIsThrown() throws {
        defer { folder.remove() }
        let path = try file()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try String(text.dropLast(40)).write(toFile: path, atomically: true, encoding: .utf8)
        var batches = 0
        let error = #expect(throws: DiagnosticError.self) {
            _ = try TMXFormat.read(path: path, batchSize: 3) { _ in batches += 1 }
        }
        #expect(batches > 2)
        #expect(error?.diagnostic.code.hasPrefix("tmx.") == true)
    }
}
