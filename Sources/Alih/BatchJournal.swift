import AlihCore
import AlihFormats
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The journal a run keeps beside its record (`BatchRecord`) while it runs: a line for each
/// input as soon as its output is in place, so that a run killed part-way keeps its finished
/// work for the next incremental run.
///
/// The first line is `alih-run-journal 1 CONFIGURATION-CHECKSUM`; then one line per input,
/// `CONTENT-CHECKSUM "RELATIVE-PATH"` (the path as a JSON string), appended with one `write`
/// right after the output was renamed into place, so the kernel has it even if the process is
/// killed the next moment. Every `checkpointLines` lines, and when it is closed, the folders of
/// the outputs recorded and then the journal are flushed (`fsync`): a power cut loses at most
/// about that many lines, which the next run then redoes. A line that is incomplete or does not
/// read (the torn end of a killed write, or garbage after a power cut) is left out, never the
/// whole journal. The run folds the journal into the record when it ends, and the next run folds
/// one it finds (its run was killed) when it starts. A journal that cannot be written is given
/// up: the record is still written at the end.
package final class BatchJournal: Sendable {
    /// What a journal says: the configuration it was written under (nil when its first line does
    /// not read) and the inputs it recorded, relative path → content checksum.
    package struct Contents: Sendable, Equatable {
        package var configurationChecksum: String?
        package var inputs: [String: String]
    }

    /// Lines between two flushes to disk.
    static let checkpointLines = 128
    static let header = "alih-run-journal 1 "

    private struct State: ~Copyable {
        var descriptor: Int32
        var linesSinceCheckpoint = 0
        var foldersSinceCheckpoint: Set<String> = []
    }

    package let path: String
    private let state: Mutex<State>

    /// Starts a new journal at `path` (replacing one there) for a run with `configurationChecksum`;
    /// nil when it cannot be created.
    package init?(creatingAt path: String, configurationChecksum: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard Self.writeAll(Array((Self.header + configurationChecksum + "\n").utf8), to: descriptor) else {
            Glibc.close(descriptor)
            unlink(path)
            return nil
        }
        self.path = path
        state = Mutex(State(descriptor: descriptor))
    }

    /// Records that the output of the input at `relativePath`, with content `checksum`, is in
    /// place in `folder`.
    package func record(_ relativePath: String, checksum: String, folder: String) {
        var line: [UInt8] = []
        line.reserveCapacity(checksum.utf8.count + relativePath.utf8.count + 8)
        line += checksum.utf8
        line.append(UInt8(ascii: " "))
        line += Self.quoted(relativePath).utf8
        line.append(UInt8(ascii: "\n"))
        let checkpoint: (descriptor: Int32, folders: Set<String>)? = state.withLock { state in
            guard state.descriptor >= 0 else { return nil }
            guard Self.writeAll(line, to: state.descriptor) else {
                Glibc.close(state.descriptor)
                state.descriptor = -1
                return nil
            }
            state.foldersSinceCheckpoint.insert(folder)
            state.linesSinceCheckpoint += 1
            guard state.linesSinceCheckpoint >= Self.checkpointLines else { return nil }
            state.linesSinceCheckpoint = 0
            defer { state.foldersSinceCheckpoint = [] }
            return (state.descriptor, state.foldersSinceCheckpoint)
        }
        // Outside the lock: the other committing threads go on recording meanwhile. The journal
        // is closed only after every output is committed, so the descriptor is still open.
        if let checkpoint {
            for folder in checkpoint.folders { AtomicFile.syncFolder(folder) }
            fsync(checkpoint.descriptor)
        }
    }

    /// Flushes what is left to disk and closes the journal (it stays on disk until `remove()`).
    package func close() {
        state.withLock { state in
            guard state.descriptor >= 0 else { return }
            for folder in state.foldersSinceCheckpoint { AtomicFile.syncFolder(folder) }
            fsync(state.descriptor)
            Glibc.close(state.descriptor)
            state.descriptor = -1
        }
    }

    /// Closes and removes the journal: its lines are in the record now.
    package func remove() {
        close()
        unlink(path)
    }

    /// The journal at `path`; nil when there is none.
    package static func read(at path: String) -> Contents? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        // What follows the last line feed is a line whose write did not finish.
        lines.removeLast()
        var contents = Contents(configurationChecksum: nil, inputs: [:])
        guard let first = lines.first else { return contents }
        let header = String(decoding: first, as: UTF8.self)
        if header.hasPrefix(Self.header), isChecksum(header.dropFirst(Self.header.count)) {
            contents.configurationChecksum = String(header.dropFirst(Self.header.count))
        }
        for line in lines.dropFirst() {
            guard let space = line.firstIndex(of: 0x20) else { continue }
            let checksum = String(decoding: line[..<space], as: UTF8.self)
            guard isChecksum(checksum[...]),
                let path = try? JSONSerialization.jsonObject(
                    with: Data(line[(space + 1)...]), options: .fragmentsAllowed) as? String
            else { continue }
            contents.inputs[path] = checksum
        }
        return contents
    }

    /// `sha256:` and 64 lowercase hex digits.
    private static func isChecksum(_ text: Substring) -> Bool {
        let prefix = "sha256:"
        let digits = text.utf8.dropFirst(prefix.utf8.count)
        return text.hasPrefix(prefix) && digits.count == 64
            && digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// `text` as a JSON string: quoted, `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where scalar.value < 0x20:
                quoted += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// Writes every byte of `bytes` to `fd` (retrying interrupted and partial writes).
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
