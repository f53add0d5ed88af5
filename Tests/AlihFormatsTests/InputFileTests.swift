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
