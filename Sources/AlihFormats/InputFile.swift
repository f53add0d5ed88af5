import AlihCore
import Foundation

/// Reading an input file, with errors that say what is wrong with the path.
public enum InputFile {
    /// The bytes of `path`. `noun` names what the file should be in messages (`article`,
    /// `glossary file`); error codes are `PREFIX.not-found`, `PREFIX.directory`, `PREFIX.unreadable`.
    public static func contents(
        of path: String, noun: String, codePrefix: String, missingHint: String, directoryHint: String
    ) throws(DiagnosticError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DiagnosticError(code: "\(codePrefix).not-found", "no such \(noun): \(path)", at: SourceLocation(file: path),
                                  hint: missingHint)
        }
        guard !isDirectory.boolValue else {
            throw DiagnosticError(code: "\(codePrefix).directory", "\(path) is a folder, not a\(noun.first.map { "aeiou".contains($0) } == true ? "n" : "") \(noun)",
                                  at: SourceLocation(file: path), hint: directoryHint)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(code: "\(codePrefix).unreadable", "cannot read \(path)", at: SourceLocation(file: path),
                                  hint: "check the file's permissions")
        }
        return Array(data)
    }
}
