import Foundation

/// The inputs of the commands that take many articles (`alih run`, `alih coverage`).
enum InputPaths {
    /// `inputs` with each `-` replaced by the paths listed on standard input, one a line
    /// (blank lines skipped).
    static func expand(_ inputs: [String]) -> [String] {
        var paths = inputs.filter { $0 != "-" }
        if inputs.contains("-") {
            let listed = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            paths += listed.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
        }
        return paths
    }

    /// The file name endings of an `--extensions` list (`.txt,.md`).
    static func endings(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
