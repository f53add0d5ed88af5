import Alih
import AlihFormats
import Foundation

/// Reading an article from a path or from standard input (`-`).
enum ArticleInput {
    /// The bytes of `path` (standard input for `-`), with errors users can act on for missing
    /// files, folders and unreadable files.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        return try InputFile.contents(
            of: path, noun: "article", codePrefix: "input", missingHint: "check the path; use - to read standard input",
            directoryHint: "name one .txt file (batch runs over folders come with `alih run`)")
    }
}
