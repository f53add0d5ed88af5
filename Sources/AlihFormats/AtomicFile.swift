import AlihCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that readers see the old file or the complete new one, never half of one.
///
/// The bytes go to a temporary file in the same folder, are flushed to disk (`fsync`), and the
/// temporary file is renamed over the target; the folder is flushed too. An interrupted run
/// leaves the old file (or none) and at most a `.NAME.alih-XXXXXX` temporary file, which
/// `removeStaleTemporaries(in:)` clears later: the writer holds an exclusive `flock` on its
/// temporary file from its creation until it is renamed or removed, so a temporary file nobody
/// holds is stale.
///
/// A symbolic link is followed (the file it points to is replaced, the link stays), and a
/// target that is not a regular file — `/dev/null`, a pipe, a terminal — is written to
/// directly: renaming over it would replace the device with a file.
package enum AtomicFile {
    /// Writes `bytes` as the file at `requested`.
    package static func write(_ bytes: some Collection<UInt8>, to requested: String) throws(DiagnosticError) {
        do {
            try write(to: requested) { emit in try emit(bytes) }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(
                code: "output.write", "cannot write \(requested): \(error)", at: SourceLocation(file: requested))
        }
    }

    /// Writes the file at `requested` from the pieces `produce` hands to its `emit` function, as
    /// it makes them: a large file need never be whole in memory. When `produce` throws, its
    /// error is rethrown and nothing is written (the temporary file is removed).
    ///
    /// With `syncingFolder: false` the folder is not flushed: a caller writing many files into
    /// the same folders (`alih run`) flushes each folder once at the end (`syncFolder(_:)`);
    /// each file is still flushed before its rename, so it is old or new, never partial.
    package static func write(
        to requested: String, syncingFolder: Bool = true,
        _ produce: (_ emit: (any Collection<UInt8>) throws -> Void) throws -> Void
    ) throws {
        guard let staged = try stage(to: requested, produce) else { return }
        try commit(staged)
        if syncingFolder { syncFolder(staged.folder) }
    }

    /// A file written under its temporary name and not yet flushed nor renamed: `commit(_:)`
    /// finishes it (on any thread), or `discard(_:)` removes it.
    package struct StagedFile: Sendable {
        let descriptor: Int32
        let temporary: String
        /// The file it will replace (a symbolic link resolved).
        package let path: String
        /// The folder holding it, to flush once its renames are done.
        package let folder: String
    }

    /// Writes the pieces `produce` hands to `emit` to a temporary file next to `requested`,
    /// open and not yet flushed; nil when `requested` is a device or a pipe, which is written
    /// to directly (and then is done). When `produce` throws, the temporary file is removed.
    package static func stage(
        to requested: String, _ produce: (_ emit: (any Collection<UInt8>) throws -> Void) throws -> Void
    ) throws -> StagedFile? {
        var path = requested
        var info = stat()
        if lstat(requested, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let resolved = realpath(requested, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            // A device or a pipe is written to as it is.
            let fd = open(path, O_WRONLY)
            guard fd >= 0 else { throw failure("open", path) }
            defer { close(fd) }
            try produce { bytes throws(DiagnosticError) in
                if !writeAll(bytes, to: fd) { throw failure("write", path) }
            }
            return nil
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let (fd, temporary) = try createLockedTemporary(
            "\(folder.isEmpty ? "/" : folder)/.\(temporaryStem(name))\(temporarySuffix)XXXXXX", in: folder, for: path)
        do {
            try produce { bytes throws(DiagnosticError) in
                if !writeAll(bytes, to: fd) { throw failure("write", path) }
            }
        } catch {
            unlink(temporary)
            close(fd)
            throw error
        }
        return StagedFile(descriptor: fd, temporary: temporary, path: path, folder: folder.isEmpty ? "/" : folder)
    }

    /// Flushes a staged file to disk (`fsync`) and renames it over its target; on an error the
    /// temporary file is removed and the target left as it was. The folder is not flushed. The
    /// file is closed (its lock let go) only once it is renamed or removed.
    package static func commit(_ file: StagedFile) throws(DiagnosticError) {
        defer { close(file.descriptor) }
        var ok = fsync(file.descriptor) == 0
        let mode = S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH
        fchmod(file.descriptor, mode)
        if ok { ok = rename(file.temporary, file.path) == 0 }
        guard ok else {
            let error = failure("write", file.path)
            unlink(file.temporary)
            throw error
        }
    }

    /// Removes a staged file without writing its target.
    package static func discard(_ file: StagedFile) {
        unlink(file.temporary)
        close(file.descriptor)
    }

    /// What a temporary file's name ends with before its six random characters.
    static let temporarySuffix = ".alih-"

    /// `name` as a temporary file's name holds it: cut, at a character, to what fits a file
    /// name's 255 bytes beside the dot and `.alih-XXXXXX` (a target's name may use all 255).
    package static func temporaryStem(_ name: String) -> Substring {
        let limit = 255 - 1 - temporarySuffix.utf8.count - 6
        var bytes = 0
        var end = name.startIndex
        for character in name {
            bytes += character.utf8.count
            if bytes > limit { break }
            end = name.index(after: end)
        }
        return name[..<end]
    }

    /// Creates the temporary file of `template` (ending in `XXXXXX`, as `mkstemp` takes it) in
    /// `folder` and locks it (`flock`, exclusive). Should `removeStaleTemporaries(in:)` of
    /// another process have removed it between its creation and the lock (it removes only what
    /// it holds the lock of), the name no longer leads to the file, and another is made. Where
    /// the file system refuses locks, the file is used unlocked.
    private static func createLockedTemporary(_ template: String, in folder: String, for path: String)
        throws(DiagnosticError) -> (Int32, String)
    {
        while true {
            var name = Array(template.utf8CString)
            let fd = name.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { throw failure("create a temporary file in \(folder)", path) }
            let temporary = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var locked = flock(fd, LOCK_EX)
            while locked != 0 && errno == EINTR { locked = flock(fd, LOCK_EX) }
            if locked != 0 || names(temporary, fd) { return (fd, temporary) }
            close(fd)
        }
    }

    /// Whether the file at `path` is the one open as `fd`.
    private static func names(_ path: String, _ fd: Int32) -> Bool {
        var open = stat()
        var named = stat()
        return fstat(fd, &open) == 0 && lstat(path, &named) == 0 && open.st_ino == named.st_ino
            && open.st_dev == named.st_dev
    }

    /// Whether `name` is the name of one of Alih's temporary files: `.NAME.alih-XXXXXX`, the X
    /// six letters or digits (`mkstemp`'s).
    package static func isTemporaryName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let suffix = Array(temporarySuffix.utf8)
        guard bytes.count > 1 + suffix.count + 6, bytes[0] == UInt8(ascii: "."),
            bytes[(bytes.count - 6 - suffix.count)..<(bytes.count - 6)].elementsEqual(suffix)
        else { return false }
        return bytes.suffix(6).allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0)
        }
    }

    /// Removes Alih's temporary files (`isTemporaryName(_:)`) in `folder` that no process is
    /// writing, left by an interrupted run, and returns their names.
    ///
    /// A writer holds an exclusive `flock` on its temporary file until it is renamed or removed;
    /// a file is removed only while this function holds that lock itself (taken without
    /// waiting), so a file another process is writing — another shard's run into the same
    /// folder — stays. On a network file system this needs locks that reach across machines
    /// (NFS: lockd, or NFSv4).
    package static func removeStaleTemporaries(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        var candidates: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                raw[0] == UInt8(ascii: ".") ? String(cString: raw.bindMemory(to: CChar.self).baseAddress!) : nil
            }
            if let name, isTemporaryName(name) { candidates.append(name) }
        }
        closedir(directory)
        var removed: [String] = []
        for name in candidates.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, flock(fd, LOCK_EX | LOCK_NB) == 0,
                names(path, fd)
            else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// Flushes a folder's entries (renames into it) to disk.
    package static func syncFolder(_ folder: String) {
        let dirfd = open(folder, O_RDONLY)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Writes every byte to `fd` (retrying interrupted and partial writes); false on an error.
    private static func writeAll(_ bytes: any Collection<UInt8>, to fd: Int32) -> Bool {
        func write(_ raw: UnsafeRawBufferPointer) -> Bool {
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        func contiguous(_ bytes: some Collection<UInt8>) -> Bool {
            bytes.withContiguousStorageIfAvailable { write(UnsafeRawBufferPointer($0)) }
                ?? Array(bytes).withUnsafeBytes { write($0) }
        }
        return contiguous(bytes)
    }

    private static func failure(_ action: String, _ path: String) -> DiagnosticError {
        let reason = String(cString: strerror(errno))
        return DiagnosticError(
            code: "output.write", "cannot \(action) \(path): \(reason)", at: SourceLocation(file: path),
            hint: "check that the folder exists and is writable and that the disk is not full")
    }
}
