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

    /// `-` and a pipe are streams (named `stdin`, written to standard output); a file, a folder
    /// and a missing path are not.
    @Test func streamsAreStandardInputAndPipes() throws {
        let pipe = Pipe()
        let piped = "/proc/self/fd/\(pipe.fileHandleForReading.fileDescriptor)"
        #expect(InputFile.isStream("-"))
        #expect(InputFile.isStream(piped))
        #expect(InputFile.articleName(piped) == "stdin")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alih-input-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("Satu.".utf8).write(to: file)
        for path in [file.path, NSTemporaryDirectory(), "/no/such/file.txt"] {
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
