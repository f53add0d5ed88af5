import AlihCore
import AlihFormats
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Refuses, before anything is written, an output that would replace one of a job's inputs or
/// another of its outputs, however each is spelled (`a.txt`, `./a.txt`, `../x/a.txt`, a link, a
/// descriptor such as `/dev/fd/3` or `-` open on the file).
///
/// Files that exist are told apart by device and inode (`FileIdentity`), an output not written
/// yet by its folder's identity and its name. Standard output (`-`), pipes and devices
/// (`/dev/null`, `/dev/stdout` on a terminal or a pipe) are never refused, nor is an input that
/// does not exist (there is nothing of it to lose). A file both read and written (a translation
/// memory) is given as both: an input when it exists, an output that must not be another's.
package enum OutputGuard {
    /// A file a job reads or writes, and what it is to the job (`article`, `glossary`).
    package typealias File = (role: String, path: String?)

    /// Throws `output.is-input` when an output would be written over an input, and
    /// `output.twice` when two outputs would be written to one file.
    package static func check(inputs: [File], outputs: [File]) throws(DiagnosticError) {
        var read: [FileIdentity: File] = [:]
        for input in inputs {
            // `-` is standard input: a file redirected into it is read, and protected, too.
            guard let path = input.path, let identity = regularFile(path == "-" ? "/dev/stdin" : path) else {
                continue
            }
            read[identity] = read[identity] ?? input
        }
        var written: [(file: File, identity: FileIdentity?, place: Place?)] = []
        for output in outputs {
            guard let path = output.path, path != "-" else { continue }
            let exists = access(path, F_OK) == 0
            let identity = regularFile(path)
            // An existing file that is not a regular file (a device, a pipe) is written through.
            if exists && identity == nil && !isLink(path) { continue }
            if let identity, let input = read[identity], input.path != path || input.role != output.role {
                throw DiagnosticError(
                    code: "output.is-input",
                    "the \(output.role) would be written over the \(input.role) \(input.path ?? "")"
                        + (input.path == path ? "" : " (the same file)") + ", which the job reads",
                    at: SourceLocation(file: path), hint: "choose another file for the \(output.role)")
            }
            // A descriptor's name (`/dev/stdout`, `/dev/fd/1`) says nothing of where it goes.
            let place = InputFile.isStream(path) || path.hasPrefix("/dev/") ? nil : Place(path)
            if let earlier = written.first(where: { earlier in
                (identity != nil && earlier.identity == identity) || (place != nil && earlier.place == place)
            }) {
                throw DiagnosticError(
                    code: "output.twice",
                    "the \(earlier.file.role) and the \(output.role) would both be written to this file",
                    at: SourceLocation(file: path), hint: "give them different files")
            }
            written.append((output, identity, place))
        }
    }

    /// The identity of `path` when it names a regular file (links followed).
    private static func regularFile(_ path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(path: path)
    }

    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// Where a file goes: its folder (by identity) and its name.
    private struct Place: Equatable {
        var folder: FileIdentity
        var name: String

        init?(_ path: String) {
            let name = (path as NSString).lastPathComponent
            let parent = (path as NSString).deletingLastPathComponent
            guard !name.isEmpty, let folder = FileIdentity(path: parent.isEmpty ? "." : parent) else { return nil }
            (self.folder, self.name) = (folder, name)
        }
    }
}
