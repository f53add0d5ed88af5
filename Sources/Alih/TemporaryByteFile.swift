import AlihCore
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Bytes kept on disk rather than in memory: a temporary file with no name (removed as soon as
/// it is made, gone when it is closed), appended to from any thread and read back by range.
///
/// What was appended stays readable whatever fails later: an append that fails is left out
/// (the next one writes over what it left). A read that fails (an I/O error in `TMPDIR`) hands
/// on what it could and is recorded: readers that cannot stop where they read go on, and what
/// they made is refused where it is finished (`throwIfAReadFailed`), never used.
final class TemporaryByteFile: Sendable {
    private let descriptor: Int32
    /// Where the next append goes.
    private let end = Mutex(0)
    /// Why the first read that failed failed, if one did.
    private let readFailure = Mutex<String?>(nil)
    /// Reads fail from now on (for tests: an I/O error, made deterministic).
    private let failingReads = Mutex(false)

    /// A new empty file in the temporary folder (`TMPDIR`); nil when none can be made there.
    init?() {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("alih-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends the pieces `body` hands to its argument, one after the other (other appends wait
    /// until it returns); where they are, nil when they could not all be written.
    func append(_ body: (_ piece: ([UInt8]) -> Void) -> Void) -> Range<Int>? {
        end.withLock { end in
            var offset = end
            var written = true
            body { piece in
                guard written else { return }
                written = write(piece, at: offset)
                offset += piece.count
            }
            guard written else { return nil }
            defer { end = offset }
            return end..<offset
        }
    }

    private func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    /// Hands the bytes of `range` (appended before) to `body` in pieces of `piece` bytes at most,
    /// in order; false when they could not be read.
    func read(_ range: Range<Int>, piece: Int = 1 << 20, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows
        -> Bool
    {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, min(piece, range.count)))
        defer { buffer.deallocate() }
        var offset = range.lowerBound
        while offset < range.upperBound {
            let wanted = min(buffer.count, range.upperBound - offset)
            guard let n = read(into: UnsafeMutableBufferPointer(rebasing: buffer[0..<wanted]), at: offset) else {
                return false
            }
            try body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
            offset += n
        }
        return true
    }

    /// The bytes of `range` (appended before), nil when they could not be read.
    func bytes(_ range: Range<Int>) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            var done = 0
            while done < range.count {
                guard
                    let n = read(
                        into: UnsafeMutableBufferPointer(rebasing: buffer[done...]), at: range.lowerBound + done)
                else {
                    complete = false
                    break
                }
                done += n
            }
            count = done
        }
        return complete ? bytes : nil
    }

    /// Reads up to `buffer.count` bytes at `offset`: how many, nil on an error or at the end
    /// (which is recorded: what is read was appended before, so the end is never reached).
    private func read(into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int? {
        if failingReads.withLock({ $0 }) {
            recordFailure(String(cString: strerror(EIO)))
            return nil
        }
        while true {
            let n = pread(descriptor, buffer.baseAddress!, buffer.count, off_t(offset))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                recordFailure(n < 0 ? String(cString: strerror(errno)) : "it ended before what was written to it")
                return nil
            }
            return n
        }
    }

    /// Records that what was read back from the file is not what was written to it.
    func recordFailure(_ reason: String) {
        readFailure.withLock { failure in
            if failure == nil { failure = reason }
        }
    }

    /// Throws when a read failed since the file was made: what was made from its bytes since
    /// then is incomplete.
    func throwIfAReadFailed() throws(DiagnosticError) {
        guard let reason = readFailure.withLock({ $0 }) else { return }
        throw DiagnosticError(
            code: "coverage.temporary-file",
            "the report could not be finished: its temporary file in \(NSTemporaryDirectory()) could not be read back "
                + "(\(reason))",
            hint: "check the disk that holds the temporary folder, or set TMPDIR to a folder on another disk, "
                + "and run again")
    }

    /// Makes every read from now on fail as an I/O error would (for tests).
    func failReads() { failingReads.withLock { $0 = true } }
}
