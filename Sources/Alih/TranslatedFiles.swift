import AlihCore
import Foundation

/// The translated XLIFF files a command is given: files as they are, folders searched for
/// their `.xlf` and `.xliff` files (for `alih reimport` and `alih check` of several files).
public enum TranslatedFiles {
    /// The extensions of the files taken from folders.
    public static let extensions = [".xlf", ".xliff"]

    /// Whether `inputs` make a batch: more than one, or a folder (one file is handled alone,
    /// and may name where its results go).
    public static func isBatch(_ inputs: [String]) -> Bool {
        var isFolder: ObjCBool = false
        return inputs.count > 1
            || inputs.first.map { FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) } == true
                && isFolder.boolValue
    }

    /// The XLIFF files of `inputs`, in order: a file as given, a folder's `.xlf` and `.xliff`
    /// files (searched recursively as `alih run` searches folders: hidden files left out) in
    /// path order; each file once, however it is named (`a.xlf`, `./a.xlf`, a link to it).
    /// Throws when an input does not exist or there is no file at all.
    public static func files(in inputs: [String]) throws -> [String] {
        var seen = Set<FileIdentity>()
        let files = try BatchRun.jobs(for: inputs, extensions: extensions, outputFolder: "").map(\.input).filter {
            FileIdentity(path: $0).map { seen.insert($0).inserted } ?? true
        }
        guard !files.isEmpty else {
            throw DiagnosticError(
                code: "input.no-xliff", "no .xlf or .xliff file in \(inputs.joined(separator: ", "))",
                at: inputs.first.map { SourceLocation(file: $0) },
                hint: "give the translated XLIFF files, or the folder that holds them")
        }
        return files
    }
}
