import Alih
import Foundation

/// Reading an article from a path or from standard input (`-`).
enum InputFile {
    /// The bytes of `path`, with errors users can act on for missing files, folders and
    /// unreadable files.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(code: "input.not-found", "no such file: \(path)", at: SourceLocation(file: path),
                                  hint: "check the path; use - to read standard input")
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(code: "input.directory", "\(path) is a folder, not an article", at: SourceLocation(file: path),
                                  hint: "name one .txt file (batch runs over folders come with `alih run`)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(code: "input.unreadable", "cannot read \(path)", at: SourceLocation(file: path),
                                  hint: "check the file's permissions")
        }
        return Array(data)
    }

    /// The name written into the XLIFF for an input path.
    static func name(of path: String) -> String {
        path == "-" ? "stdin" : (path as NSString).lastPathComponent
    }
}
