import AlihCore
import Foundation
import Testing

@testable import AlihFormats

@Suite struct InputFileTests {
    func contents(_ path: String) throws(DiagnosticError) -> [UInt8] {
        try InputFile.contents(of: path, noun: "article", codePrefix: "input", missingHint: "h", directoryHint: "d")
    }

    @Test func aFileIsReadWhole() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alih-input-\(UUID().uuidString).txt")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try contents(path) == bytes)
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try contents(path) == [])
    }

    /// A file whose size is not known up front (procfs says 0) is read to its end.
    @Test func aFileLongerThanItsStatedSizeIsReadToItsEnd() throws {
        let expected = try #require(FileManager.default.contents(atPath: "/proc/self/cmdline"))
        #expect(!expected.isEmpty)
        #expect(try contents("/proc/self/cmdline") == Array(expected))
    }

    /// A device would be read until memory runs out (`/dev/zero`): refused at once.
    @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null"])
    func aDeviceIsAClearError(path: String) {
        #expect {
            try contents(path)
        } throws: { ($0 as? DiagnosticError)?.diagnostic.code == "input.device" }
    }

    /// A pipe is read (`alih extract <(curl -s URL)` gives one).
    @Test func aPipeIsRead() throws {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: Data("Satu. Dua.\n".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(try contents("/proc/self/fd/\(pipe.fileHandleForReading.fileDescriptor)") == Array("Satu. Dua.\n".utf8))
    }

    /// `-` and file descriptors named as paths are streams (named `stdin`, written to standard
    /// output), whatever they are open on (`/dev/stdin` under `< article.txt` is a regular
    /// file); a file, a named pipe in a folder, a folder and a missing path are not.
    @Test func streamsAreStandardInputAndDescriptorPaths() throws {
        let pipe = Pipe()
        let piped = "/proc/self/fd/\(pipe.fileHandleForReading.fileDescriptor)"
        for path in ["-", piped, "/dev/stdin", "/dev/fd/63", "/proc/4242/fd/0"] {
            #expect(InputFile.isStream(path), "\(path)")
            #expect(InputFile.articleName(path) == "stdin")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alih-input-\(UUID().uuidString).txt")
        let fifo = file.deletingPathExtension().appendingPathExtension("fifo.txt")
        defer { for url in [file, fifo] { try? FileManager.default.removeItem(at: url) } }
        try Data("Satu.".utf8).write(to: file)
        #expect(mkfifo(fifo.path, 0o600) == 0)
        for path in [
            file.path, fifo.path, NSTemporaryDirectory(), "/no/such/file.txt", "/proc/self/fdx/1", "/proc/x/fd/1",
        ] {
            #expect(!InputFile.isStream(path), "\(path)")
            #expect(InputFile.articleName(path) == path)
        }
    }

    @Test func missingAndFolderPathsAreClearErrors() {
        #expect(throws: DiagnosticError.self) { try contents("/no/such/file.txt") }
        do {
            _ = try contents(NSTemporaryDirectory())
            Issue.record("a folder was read")
        } catch {
            #expect(error.diagnostic.code == "input.directory")
        }
    }
}
