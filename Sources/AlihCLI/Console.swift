import Alih
import Foundation

/// The terminal's standard streams.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Where warnings go: standard error, or nowhere when `quiet`.
    static func warnings(quiet: Bool) -> (Diagnostic) -> Void {
        { if !quiet { error($0.description) } }
    }

    /// The lines of standard input, trimmed, blank ones left out.
    static func inputLines() -> [String] {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
