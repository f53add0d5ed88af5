import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Paths resolved as Foundation's `standardizingPath` resolves them on Linux, each folder worked out once for all its files (on macOS, Foundation's
/// `/private` prefix is dropped only for paths that exist, which a folder's resolution cannot
/// tell for a file not written yet).
///
/// Foundation resolves a path a component at a time, with a system call or two per component:
/// for the 2,000 inputs and outputs of a batch that was 50 ms before the first file was read,
/// on one thread. A file's path is its folder's resolution and its name, unless the name is a
/// symbolic link itself (or `.`, `..`, `~…`), which is resolved in full, as Foundation would.
package struct PathResolver {
    private var folders: [String: String] = [:]

    package init() {}

    /// `path` resolved.
    package mutating func resolve(_ path: String) -> String {
        // The folder and the name, split at the last slash (Foundation's own path functions
        // cost more than the look-up); a path Foundation would tidy first (`a//b`, `a/`), or
        // whose name is special or a link, is resolved in full.
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = slash.map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard !name.isEmpty, name != ".", name != "..", !name.hasPrefix("~"), !Self.hasDoubledSlash(path),
            !Self.isLink(path)
        else {
            return resolvedInFull(path)
        }
        let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        let resolved: String
        if let known = folders[folder] {
            resolved = known
        } else {
            resolved = resolvedInFull(folder)
            folders[folder] = resolved
        }
        if resolved.isEmpty { return String(name) }
        return resolved.hasSuffix("/") ? resolved + name : resolved + "/" + name
    }

    /// `path` resolved by Foundation.
    package func resolvedInFull(_ path: String) -> String {
        (path as NSString).standardizingPath
    }

    /// Whether `path` holds `//` (on the bytes: `String.contains` goes through Foundation's search).
    private static func hasDoubledSlash(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") && previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// Whether `path` names a symbolic link (not followed).
    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
