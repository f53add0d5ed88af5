import AlihCore
import AlihFormats
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

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

    /// A file written in pieces is whole once written; when the producer fails half way, the old
    /// file stays and no temporary file is left.
    /// A name that fills a file name's 255 bytes (in ASCII, or in letters of two and three
    /// bytes) is written: its temporary file's name holds a shorter cut of it.
    @Test(arguments: [
        String(repeating: "a", count: 251), String(repeating: "é", count: 125) + "x",
        String(repeating: "日", count: 83) + "ab",
    ])
    func aNameAsLongAsTheFileSystemTakesIsWritten(stem: String) throws {
        let name = stem + ".xlf"
        #expect(name.utf8.count <= 255)
        let path = folder.appendingPathComponent(name).path
        try AtomicFile.write(Array("isi".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "isi")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
        let stem = AtomicFile.temporaryStem(name)
        #expect(name.hasPrefix(stem) && 1 + stem.utf8.count + ".alih-XXXXXX".utf8.count <= 255)
        #expect(AtomicFile.isTemporaryName("." + stem + ".alih-a1B2c3"))
    }

    @Test func aFileWrittenInPiecesIsAllOrNothing() throws {
        struct Stop: Error {}
        let path = folder.appendingPathComponent("out.xlf").path
        try AtomicFile.write(to: path) { emit in
            for piece in ["<a>", "teks", "</a>"] { try emit(piece.utf8) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<a>teks</a>")
        #expect(throws: Stop.self) {
            try AtomicFile.write(to: path) { emit in
                try emit("<b>".utf8)
                throw Stop()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<a>teks</a>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.xlf"])
    }

    /// Writing to a pipe (like /dev/null or a terminal) writes into it and leaves it a pipe.
    @Test func aNonRegularDestinationIsWrittenInPlace() throws {
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Mutex<Data>(Data())
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: fifo)!
            let data = handle.readDataToEndOfFile()
            received.withLock { $0 = data }
        }
        reader.start()
        try AtomicFile.write(Array("ke pipa".utf8), to: fifo)
        while !reader.isFinished { usleep(1000) }
        #expect(received.withLock { $0 } == Data("ke pipa".utf8))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func aSymbolicLinkIsFollowedAndKept() throws {
        let target = folder.appendingPathComponent("real.xlf").path
        let link = folder.appendingPathComponent("link.xlf").path
        try Data("lama".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFile.write(Array("baru".utf8), to: link)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "baru")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target)
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
    @Test(arguments: [
        (".berita.xlf.alih-Ab12Cd", true), ("..alih-run.json.alih-000000", true), (".a.alih-zzzzzz", true),
        (".berita.xlf.alih-Ab12C", false), (".berita.xlf.alih-Ab12Cde", false), ("berita.xlf.alih-Ab12Cd", false),
        (".berita.xlf.alih-Ab_2Cd", false), ("..alih-Ab12Cd", false), (".berita.xlf.alik-Ab12Cd", false),
        (".berita.xlf.alih-Ab12Cé", false),
    ])
    func temporaryNamesAreAlihsExactPattern(name: String, isTemporary: Bool) {
        #expect(AtomicFile.isTemporaryName(name) == isTemporary)
    }

    /// A temporary file no process holds is removed; one being written (its writer holds the
    /// lock: a staged file, or one locked by hand) stays, and so do other files.
    @Test func onlyTemporariesNobodyIsWritingAreRemoved() throws {
        let names = [".a.xlf.alih-Stale1", ".b.xlf.alih-Stale2", ".c.xlf.alih-Held00", "d.xlf", ".e.xlf.alih-x"]
        for name in names { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let held = open(folder.appendingPathComponent(".c.xlf.alih-Held00").path, O_RDONLY)
        #expect(flock(held, LOCK_EX) == 0)
        defer { close(held) }
        let staged = try #require(
            try AtomicFile.stage(to: folder.appendingPathComponent("f.xlf").path) { emit in try emit("f".utf8) })
        #expect(AtomicFile.removeStaleTemporaries(in: folder.path) == [".a.xlf.alih-Stale1", ".b.xlf.alih-Stale2"])
        try AtomicFile.commit(staged)
        #expect(
            Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == [
                ".c.xlf.alih-Held00", "d.xlf", ".e.xlf.alih-x", "f.xlf",
            ])
        #expect(AtomicFile.removeStaleTemporaries(in: folder.appendingPathComponent("none").path).isEmpty)
    }

    /// Writers and a remover racing in one folder (as a shard starting beside another does):
    /// the remover never takes a file being written, whichever of them gets there first.
    @Test func removingStaleTemporariesNeverTakesALiveOne() throws {
        let stop = Atomic<Bool>(false)
        let remover = Thread {
            while !stop.load(ordering: .relaxed) { _ = AtomicFile.removeStaleTemporaries(in: folder.path) }
        }
        remover.start()
        defer {
            stop.store(true, ordering: .relaxed)
            while !remover.isFinished { usleep(1000) }
        }
        for n in 0..<600 {
            try AtomicFile.write(to: folder.appendingPathComponent("\(n % 50).xlf").path, syncingFolder: false) {
                emit in
                try emit("<xliff n=\"\(n)\"/>".utf8)
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 50)
    }
}
