#if canImport(Glibc)
    import Glibc
#endif

/// What a file is, whatever it is called: its device and inode (`a.txt`, `./a.txt`,
/// `dir/../a.txt` and a link to it are one file), for taking an input once.
package struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file `path` names (links followed); nil when it cannot be asked.
    package init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
