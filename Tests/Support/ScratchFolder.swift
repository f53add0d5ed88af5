import Foundation

/// A new, empty folder under the system's temporary directory for one test's files.
///
/// Each instance makes its own folder (named `alih-<label>-<UUID>`), so tests running in
/// parallel never share files; `remove()` deletes it with everything in it.
public struct ScratchFolder: Sendable {
    public let url: URL

    public init(_ label: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("alih-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` in the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Deletes the folder and its contents (nothing happens when it is already gone).
    public func remove() { try? FileManager.default.removeItem(at: url) }
}
