import AlihTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A file the user may not read: a clear error naming it, exit code 2, nothing written. As root
/// (CI) permissions do not stop reading, so the command runs as `nobody` through setpriv.
@Suite struct UnreadableInputTests {
    @Test(arguments: [
        (["extract"], "artikel.txt", "Satu. Dua.\n", "[input.unreadable]"),
        (
            ["reimport"], "artikel.xlf", #"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1"/>"#,
            "[xliff.unreadable]"
        ),
        (["glossary", "check"], "glosarium.tsv", "tentara\tsoldier\n", "[glossary.unreadable]"),
        (
            ["tm", "import"], "memori.tmx", #"<tmx version="1.4"><header srclang="id"/><body/></tmx>"#,
            "[tmx.unreadable]"
        ),
    ])
    func anUnreadableFileIsAClearError(command: [String], name: String, content: String, code: String) throws {
        let folder = try AlihProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try content.write(to: file, atomically: false, encoding: .utf8)
        #expect(chmod(file.path, 0) == 0)
        #expect(chmod(folder.path, 0o777) == 0)
        var arguments = command + [file.path]
        if command == ["tm", "import"] { arguments += ["--tm", folder.appendingPathComponent("memori.sqlite").path] }
        if command == ["extract"] || command == ["reimport"] {
            arguments += ["-o", folder.appendingPathComponent("keluaran").path]
        }
        let result = try AlihProcess.run(arguments, asNobodyWhenRoot: true)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(code), "\(result.stderr)")
        #expect(result.stderr.contains(name))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("keluaran").path))
    }
}
