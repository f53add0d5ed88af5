import Foundation
import Testing

@testable import Alih

/// `PathResolver`: the same paths Foundation gives, a folder resolved once.
@Suite struct PathResolverTests {
    /// Through folders and files that are links, `..` and `.`, doubled and trailing slashes,
    /// missing files, relative paths and `~`: every path resolves as Foundation resolves it,
    /// the first time and from the folder already known.
    @Test func pathsResolveAsFoundationResolvesThem() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alih-paths-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("real/deep"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: root.appendingPathComponent("real/a.txt"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: "real")
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("real/l.txt").path, withDestinationPath: "deep/../a.txt")
        // Foundation on Linux follows only links to absolute paths.
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("alink").path,
            withDestinationPath: root.appendingPathComponent("real").path)
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("real/al.txt").path,
            withDestinationPath: root.appendingPathComponent("real/a.txt").path)
        let base = root.path
        let relative = [
            "real/a.txt", "link/a.txt", "link/l.txt", "real/l.txt", "real/../real/a.txt", "./real/a.txt",
            "real/./a.txt", "real/deep/../a.txt", "link/deep/x.xlf", "missing/x.txt", "real//a.txt", "real/",
            "link", "real/.", "real/..", "alink/a.txt", "alink/al.txt", "real/al.txt", "alink",
        ]
        // The same, relative to the working folder (up to / and down to the scratch folder), so
        // that the links are there for relative paths too.
        let up = FileManager.default.currentDirectoryPath.split(separator: "/").map { _ in ".." }.joined(separator: "/")
        let paths =
            relative.map { base + "/" + $0 } + relative.map { up + base + "/" + $0 } + relative + [
                "/", "x.txt", "~/x.txt", "~root/x.txt", "/tmp", "/tmp/x.xlf", "a/b/../c.txt", "out//x.xlf",
            ]
        var resolver = PathResolver()
        for round in 0..<2 {
            for path in paths {
                #expect(resolver.resolve(path) == resolver.resolvedInFull(path), "\(path), round \(round)")
            }
        }
    }
}
