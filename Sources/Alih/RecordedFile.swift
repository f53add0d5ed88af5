import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The bytes of a file an XLIFF file's extraction record names (its glossary, its page).
///
/// The names come from a file that went to translators and came back, so they are not trusted:
/// a file is read only when it is a regular file (symbolic links followed) of at most `limit`
/// bytes — never a device (`/dev/zero` would be read forever), a pipe (which would block) or a
/// file larger than anything the record could have named.
enum RecordedFile {
    static func contents(atPath path: String, limit: Int) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= limit else {
            return nil
        }
        return FileManager.default.contents(atPath: path).map(Array.init)
    }
}
