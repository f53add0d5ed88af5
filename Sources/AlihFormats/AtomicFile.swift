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
/// leaves the old file (or none) and at most a `.NAME.alih-*` temporary file.
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
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).alih-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure("create a temporary file in \(folder)", path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try produce { bytes throws(DiagnosticError) in
                if !writeAll(bytes, to: fd) { throw failure("write", path) }
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        return StagedFile(descriptor: fd, temporary: temporary, path: path, folder: folder.isEmpty ? "/" : folder)
    }

    /// Flushes a staged file to disk (`fsync`) and renames it over its target; on an error the
    /// temporary file is removed and the target left as it was. The folder is not flushed.
    package static func commit(_ file: StagedFile) throws(DiagnosticError) {
        var ok = fsync(file.descriptor) == 0
        let mode = S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH
        fchmod(file.descriptor, mode)
        close(file.descriptor)
        if ok { ok = rename(file.temporary, file.path) == 0 }
        guard ok else {
            let error = failure("write", file.path)
            unlink(file.temporary)
            throw error
        }
    }

    /// Removes a staged file without writing its target.
    package static func discard(_ file: StagedFile) {
        close(file.descriptor)
        unlink(file.temporary)
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
