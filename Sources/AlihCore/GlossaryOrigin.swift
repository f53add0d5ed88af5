/// The file a glossary was read from, as an extraction records it: so that the QA of the file
/// that comes back can check terminology against the same glossary without being told again.
package struct GlossaryOrigin: Sendable, Equatable, Codable {
    /// The path as it was given (relative to the working folder, or absolute).
    package var path: String
    /// The checksum of the file's bytes (`sha256:…`): a glossary edited since is told apart.
    package var checksum: String

    package init(path: String, checksum: String) {
        self.path = path
        self.checksum = checksum
    }

    /// The file's name, without its folders.
    package var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}
