import Alih
import AlihCore
import AlihTestSupport
import Foundation
import Testing

/// `TranslatedFiles`: the XLIFF files `alih reimport` and `alih check` take from their inputs.
@Suite struct TranslatedFilesTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("translated-files") }

    /// A folder gives its .xlf and .xliff files, recursively and in path order, not hidden ones
    /// nor other files; a file named twice is taken once; an empty folder is an error.
    @Test func filesOfFoldersInPathOrderEachOnce() throws {
        defer { folder.remove() }
        for name in ["b.xlf", "a/z.xliff", "a/y.xlf", ".hidden.xlf", "notes.txt", "c.en.txt"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder.path(name)).createdParent())
        }
        let root = folder.url.path
        #expect(
            try TranslatedFiles.files(in: [root, folder.path("b.xlf")])
                == [folder.path("a/y.xlf"), folder.path("a/z.xliff"), folder.path("b.xlf")])
        // However it is named, a file is taken once: through ./, a folder and back, or a link.
        try FileManager.default.createSymbolicLink(atPath: folder.path("link.xlf"), withDestinationPath: "b.xlf")
        #expect(
            try TranslatedFiles.files(in: [
                folder.path("b.xlf"), folder.url.path + "/./b.xlf", folder.url.path + "/a/../b.xlf",
                folder.path("link.xlf"),
            ]) == [folder.path("b.xlf")])
        #expect(TranslatedFiles.isBatch([root]))
        #expect(TranslatedFiles.isBatch([folder.path("b.xlf"), folder.path("a/y.xlf")]))
        #expect(!TranslatedFiles.isBatch([folder.path("b.xlf")]))
        try FileManager.default.createDirectory(atPath: folder.path("empty"), withIntermediateDirectories: true)
        #expect {
            try TranslatedFiles.files(in: [folder.path("empty")])
        } throws: { ($0 as? DiagnosticError)?.diagnostic.code == "input.no-xliff" }
        #expect {
            try TranslatedFiles.files(in: [folder.path("missing")])
        } throws: { ($0 as? DiagnosticError)?.diagnostic.code == "input.not-found" }
    }

    /// A folder where one XLIFF file is read says so in English ("not a XLIFF file" before).
    @Test func aFolderIsNotAnXLIFFFile() throws {
        defer { folder.remove() }
        #expect {
            try XLIFFReader().read(path: folder.url.path)
        } throws: {
            ($0 as? DiagnosticError)?.diagnostic.message == "\(folder.url.path) is a folder, not an XLIFF file"
        }
    }
}

extension URL {
    /// The URL, its folder created first.
    fileprivate func createdParent() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
