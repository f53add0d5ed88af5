import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import Alih

#if canImport(Glibc)
    import Glibc
#endif

/// Files an XLIFF file's record names are read only when they are regular files of a bounded
/// size: the names come from a file translators had.
@Suite struct RecordedFileTests {
    @Test func devicesPipesFoldersAndLargeFilesAreNotRead() throws {
        let folder = try ScratchFolder("recorded-file")
        defer { folder.remove() }
        let regular = folder.path("g.tsv")
        try Data("tepi\tbank\n".utf8).write(to: URL(fileURLWithPath: regular))
        let link = folder.path("link.tsv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: regular)
        let pipe = folder.path("pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(RecordedFile.contents(atPath: regular, limit: 100) == Array("tepi\tbank\n".utf8))
        #expect(RecordedFile.contents(atPath: link, limit: 100) == Array("tepi\tbank\n".utf8))
        #expect(RecordedFile.contents(atPath: regular, limit: 5) == nil)
        // Neither of these returns, if read: /dev/zero never ends, a pipe without a writer blocks.
        #expect(RecordedFile.contents(atPath: "/dev/zero", limit: 1 << 30) == nil)
        #expect(RecordedFile.contents(atPath: pipe, limit: 1 << 30) == nil)
        #expect(RecordedFile.contents(atPath: folder.url.path, limit: 1 << 30) == nil)
        #expect(RecordedFile.contents(atPath: folder.path("missing"), limit: 1 << 30) == nil)
    }

    /// A translated file whose record names a device as its page is refused at once, not read.
    @Test func aPageTheRecordNamesMustBeARegularFile() throws {
        let document = TranslatedDocument(
            xliffVersion: "2.1", original: "/dev/zero", sourceLanguage: "id", targetLanguage: "en",
            record: ["page-path": "/dev/zero", "page-checksum": "sha256:00"], units: [])
        #expect {
            try Reimport.page(of: document, file: "a.xlf", at: nil)
        } throws: { ($0 as? DiagnosticError)?.diagnostic.code == "reimport.page-missing" }
    }
}
