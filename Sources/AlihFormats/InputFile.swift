import AlihCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reading an input file, with errors that say what is wrong with the path.
package enum InputFile {
    /// The bytes of `path`. `noun` names what the file should be in messages (`article`,
    /// `glossary file`); error codes are `PREFIX.not-found`, `PREFIX.directory`, `PREFIX.device`,
    /// `PREFIX.unreadable`.
    package static func contents(
        of path: String, noun: String, codePrefix: String, missingHint: String, directoryHint: String
    ) throws(DiagnosticError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(
                code: "\(codePrefix).not-found", "no such \(noun): \(path)", at: SourceLocation(file: path),
                hint: missingHint)
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(
                code: "\(codePrefix).directory",
                "\(path) is a folder, not a\(noun.first.map { "aeiou".contains($0) } == true ? "n" : "") \(noun)",
                at: SourceLocation(file: path), hint: directoryHint)
        }
        // A device is never a file to translate: /dev/zero or /dev/urandom would be read until
        // memory runs out. (A pipe is read: `alih extract <(curl -s URL)` gives one.)
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFCHR || status.st_mode & S_IFMT == S_IFBLK {
            throw DiagnosticError(
                code: "\(codePrefix).device",
                "\(path) is a device, not a\(noun.first.map { "aeiou".contains($0) } == true ? "n" : "") \(noun)",
                at: SourceLocation(file: path), hint: "give a file, or - to read standard input")
        }
        guard let bytes = read(path) else {
            throw DiagnosticError(
                code: "\(codePrefix).unreadable", "cannot read \(path)", at: SourceLocation(file: path),
                hint: "check the file's permissions")
        }
        return bytes
    }

    /// Whether `path` is read as a stream rather than a file: `-` (standard input), or a file
    /// descriptor named as a path — `/dev/stdin`, the `/dev/fd/63` a shell's `<(curl -s URL)`
    /// gives, `/proc/self/fd/…` — whatever it is open on (`/dev/stdin` is a regular file under
    /// `< article.txt`). Such a path has no name worth recording and no folder to write beside
    /// it. A named pipe in a folder (`mkfifo article.txt`) is a file like any other.
    package static func isStream(_ path: String) -> Bool {
        if path == "-" || path == "/dev/stdin" || path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/self/fd/") {
            return true
        }
        // /proc/<pid>/fd/<n>
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 5 && parts[0].isEmpty && parts[1] == "proc" && parts[3] == "fd"
            && !parts[2].isEmpty && parts[2].allSatisfy(\.isNumber)
    }

    /// The name an article read from `path` goes by in its XLIFF and in messages: `stdin` for a
    /// stream (`isStream`), else `path` itself.
    package static func articleName(_ path: String) -> String {
        isStream(path) ? "stdin" : path
    }

    /// The file's bytes read straight into an array (through `Data` they were copied twice), or
    /// nil when it cannot be opened or read. A file that grows while it is read is read to its end.
    private static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16))) }
            let count = bytes.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
