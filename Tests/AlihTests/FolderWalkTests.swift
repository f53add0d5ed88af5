import Foundation
import Testing

@testable import Alih

/// `FolderWalk`: the files FileManager's enumerator finds, read from the directory entries.
@Suite struct FolderWalkTests {
    /// Nested and hidden folders, hidden files, files of other extensions, a folder named like
    /// a file, links to files and to folders (relative and absolute, and one back up, a cycle),
    /// a dangling link: the walk finds what the enumerator and `fileExists` found (the way
    /// `BatchRun.jobs` listed folders), but for a named pipe, which the enumerator took for a
    /// file (reading it waits for ever).
    @Test func theWalkFindsWhatFileManagerFinds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alih-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        for folder in ["a/b/c", ".hidden", "d.txt", "e"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in [
            "x.txt", "a/y.txt", "a/b/c/z.txt", "a/b/w.md", "a/.h.txt", ".hidden/v.txt", "d.txt/u.txt", "e/n.xlf",
        ] {
            try Data("x".utf8).write(to: root.appendingPathComponent(file))
        }
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("l.txt").path, withDestinationPath: "x.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("lf").path, withDestinationPath: "a")
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("af").path, withDestinationPath: root.appendingPathComponent("a").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("gone.txt").path, withDestinationPath: "no")
        // A link back up (a cycle: never followed) and a named pipe named like an article.
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("a/again").path, withDestinationPath: "..")
        #expect(mkfifo(root.appendingPathComponent("a/pipe.txt").path, 0o600) == 0)
        for extensions in [[".txt"], [".txt", ".md"], [".xlf"]] {
            var expected: [String] = []
            let walker = try #require(manager.enumerator(atPath: root.path))
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard !name.hasPrefix("."), extensions.contains(where: { name.hasSuffix($0) }) else { continue }
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isFolder),
                    !isFolder.boolValue, relative != "a/pipe.txt"
                {
                    expected.append(relative)
                }
            }
            #expect(FolderWalk.files(under: root.path, endingIn: extensions).sorted() == expected.sorted())
        }
        #expect(
            FolderWalk.files(under: root.path, endingIn: [".txt"]).sorted() == [
                ".hidden/v.txt", "a/b/c/z.txt", "a/y.txt", "d.txt/u.txt", "l.txt", "x.txt",
            ])
    }
}
