import AlihCore
import AlihFormats
import Foundation
import Synchronization
import Testing

/// Staged atomic files committed on the committer's threads: all written, none partial, and a
/// failed commit reported to its producer with the temporary file removed.
@Suite struct AtomicFileCommitterTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("alih-committer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Producers on several threads, more files than the committer holds at once: each file
    /// is committed once, with its own bytes, and no temporary file is left.
    @Test func everyStagedFileIsCommittedOnce() throws {
        let committer = AtomicFileCommitter(threads: 3, limit: 4)
        let completions = Mutex<[Int: Int]>([:])
        let folder = folder
        DispatchQueue.concurrentPerform(iterations: 4) { producer in
            for n in stride(from: producer, to: 200, by: 4) {
                let path = folder.appendingPathComponent("f\(n).xlf").path
                let staged = try! AtomicFile.stage(to: path) { emit in try emit(Array("isi \(n)".utf8)) }!
                committer.submit(staged) { failure in
                    #expect(failure == nil)
                    completions.withLock { $0[n, default: 0] += 1 }
                }
            }
        }
        committer.finish()
        #expect(completions.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<200).map { ($0, 1) }))
        for n in 0..<200 {
            #expect(
                try String(contentsOfFile: folder.appendingPathComponent("f\(n).xlf").path, encoding: .utf8)
                    == "isi \(n)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 200)
    }

    /// A rename that fails (the target became a folder with files in it meanwhile) is reported
    /// with the path; the temporary file is removed and the folder left as it was.
    @Test func aFailedCommitIsReportedAndLeavesNoTemporaryFile() throws {
        let path = folder.appendingPathComponent("out.xlf").path
        let staged = try #require(try AtomicFile.stage(to: path) { emit in try emit(Array("baru".utf8)) })
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data("x".utf8).write(to: URL(fileURLWithPath: path).appendingPathComponent("inside"))
        let committer = AtomicFileCommitter(threads: 2)
        let reported = Mutex<DiagnosticError?>(nil)
        committer.submit(staged) { failure in reported.withLock { $0 = failure } }
        committer.finish()
        let failure = try #require(reported.withLock { $0 })
        #expect(failure.diagnostic.code == "output.write")
        #expect(failure.diagnostic.message.contains(path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlf"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
    }

    /// A staged file that is discarded leaves the old file and no temporary file.
    @Test func aDiscardedFileLeavesTheOldOne() throws {
        let path = folder.appendingPathComponent("out.xlf").path
        try AtomicFile.write(Array("lama".utf8), to: path)
        let staged = try #require(try AtomicFile.stage(to: path) { emit in try emit(Array("baru".utf8)) })
        AtomicFile.discard(staged)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "lama")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlf"])
    }
}
