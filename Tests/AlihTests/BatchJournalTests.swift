import AlihCore
import Foundation
import Testing

@testable import Alih

/// The journal of a run: each input read back as it was recorded, and a torn or garbled line
/// left out without the rest being lost.
@Suite struct BatchJournalTests {
    static let configuration = "sha256:" + String(repeating: "c", count: 64)
    static func checksum(_ digit: Character) -> String { "sha256:" + String(repeating: digit, count: 64) }
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("alih-journal-\(UUID().uuidString)").path
    }

    @Test func recordedInputsAreReadBackWithTheConfiguration() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try #require(BatchJournal(creatingAt: path, configurationChecksum: Self.configuration))
        let names = ["a.txt", "sub/b c.txt", "kutip\"dan\\garis\nbaru.txt", "berita-é.txt", "tab\there.txt"]
        for (index, name) in names.enumerated() {
            journal.record(name, checksum: Self.checksum(Character(String(index))), folder: "/tmp")
        }
        journal.close()
        let contents = try #require(BatchJournal.read(at: path))
        #expect(contents.configurationChecksum == Self.configuration)
        #expect(
            contents.inputs
                == Dictionary(
                    uniqueKeysWithValues: names.enumerated().map { ($1, Self.checksum(Character(String($0)))) }))
        journal.remove()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(BatchJournal.read(at: path) == nil)
    }

    /// A write the kill cut short (no line feed), a line of zeros (what a power cut can leave)
    /// and lines that do not read are left out; the lines around them count.
    @Test func tornAndGarbledLinesAreLeftOut() throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        let journal = try #require(BatchJournal(creatingAt: path, configurationChecksum: Self.configuration))
        journal.record("a.txt", checksum: Self.checksum("1"), folder: "/tmp")
        journal.close()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(repeating: 0, count: 40) + Data("\n".utf8))
        handle.write(Data("sha256:123 \"pendek.txt\"\n".utf8))
        handle.write(Data("\(Self.checksum("2")) \"tanpa-kutip.txt\n".utf8))
        handle.write(Data("\(Self.checksum("3")) \"b.txt\"\n".utf8))
        handle.write(Data("\(Self.checksum("4")) \"terpotong.t".utf8))
        try handle.close()
        let contents = try #require(BatchJournal.read(at: path))
        #expect(contents.configurationChecksum == Self.configuration)
        #expect(contents.inputs == ["a.txt": Self.checksum("1"), "b.txt": Self.checksum("3")])
    }

    @Test(arguments: ["", "alih-run-journal 1 sha256:abc\n", "\0\0\0\n"])
    func aJournalWhoseFirstLineDoesNotReadHasNoConfiguration(start: String) throws {
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data((start + "\(Self.checksum("1")) \"a.txt\"\n").utf8).write(to: URL(fileURLWithPath: path))
        let contents = try #require(BatchJournal.read(at: path))
        #expect(contents.configurationChecksum == nil)
    }
}
