import AlihCore
import AlihFormats
import Foundation
import Testing

@Suite struct AtomicFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func writesAndReplacesLeavingNoTemporaryFiles() throws {
        let path = folder.appendingPathComponent("out.xlf").path
        try AtomicFile.write(Array("lama".utf8), to: path)
        try AtomicFile.write(Array("baru".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "baru")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlf"])
    }

    @Test func aMissingFolderIsAnErrorAndNothingIsWritten() {
        let path = folder.appendingPathComponent("no/such/dir/out.xlf").path
        do {
            try AtomicFile.write(Array("x".utf8), to: path)
            Issue.record("wrote into a missing folder")
        } catch {
            #expect(error.diagnostic.code == "output.write")
            #expect(error.diagnostic.message.contains(path))
        }
    }
}
