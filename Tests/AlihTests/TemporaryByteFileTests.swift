import Foundation
import Synchronization
import Testing

@testable import Alih

/// `TemporaryByteFile`: what is appended reads back as it was, by range, whichever thread
/// appended it.
struct TemporaryByteFileTests {
    @Test func piecesAppendedTogetherAreOneRangeThatReadsBackInPieces() throws {
        let file = try #require(TemporaryByteFile())
        let first = try #require(file.append { piece in piece(Array("{\"a\"".utf8)) })
        let second = try #require(
            file.append { piece in
                piece(Array(" : ".utf8))
                piece([])
                piece(Array("[1, 2]}".utf8))
            })
        #expect(first == 0..<4)
        #expect(second == 4..<14)
        var read: [[UInt8]] = []
        #expect(file.read(0..<14, piece: 5) { read.append(Array($0)) })
        #expect(read.map(\.count) == [5, 5, 4])
        #expect(String(decoding: read.joined(), as: UTF8.self) == "{\"a\" : [1, 2]}")
        var middle: [UInt8] = []
        #expect(file.read(second) { middle += $0 })
        #expect(String(decoding: middle, as: UTF8.self) == " : [1, 2]}")
        #expect(file.bytes(second).map { String(decoding: $0, as: UTF8.self) } == " : [1, 2]}")
        #expect(file.bytes(3..<3) == [])
        #expect(file.bytes(10..<20) == nil)
    }

    @Test func appendsFromManyThreadsKeepTheirBytesTogether() throws {
        let file = try #require(TemporaryByteFile())
        let ranges = Mutex<[Int: Range<Int>]>([:])
        DispatchQueue.concurrentPerform(iterations: 64) { n in
            let bytes = [UInt8](repeating: UInt8(n), count: 1_000 + n)
            let range = file.append { piece in
                piece(Array(bytes[..<500]))
                piece(Array(bytes[500...]))
            }
            ranges.withLock { $0[n] = range }
        }
        // A failed append (nil) would leave its number out.
        let found = ranges.withLock { $0 }
        #expect(found.count == 64)
        for (n, range) in found {
            var bytes: [UInt8] = []
            #expect(file.read(range) { bytes += $0 })
            #expect(bytes == [UInt8](repeating: UInt8(n), count: 1_000 + n))
        }
    }

    /// A read that fails hands on nothing and is recorded: `throwIfAReadFailed` throws from then
    /// on (and not before), naming the cause and the temporary folder.
    @Test func aFailedReadIsRecordedAndRefusedWhereTheResultIsFinished() throws {
        let file = try #require(TemporaryByteFile())
        let range = try #require(file.append { piece in piece(Array("written".utf8)) })
        try file.throwIfAReadFailed()
        file.failReads()
        var read: [UInt8] = []
        #expect(!file.read(range) { read += $0 })
        #expect(read.isEmpty)
        #expect(file.bytes(range) == nil)
        let error = try #require(throws: DiagnosticError.self) { try file.throwIfAReadFailed() }
        #expect(error.diagnostic.code == "coverage.temporary-file")
        #expect(error.diagnostic.message.contains(NSTemporaryDirectory()))
    }

    /// Reading past what was appended is a failed read too (the file is never read there).
    @Test func readingPastTheEndIsRecordedAsAFailure() throws {
        let file = try #require(TemporaryByteFile())
        _ = file.append { piece in piece(Array("abc".utf8)) }
        #expect(file.bytes(0..<10) == nil)
        #expect(throws: DiagnosticError.self) { try file.throwIfAReadFailed() }
    }
}
