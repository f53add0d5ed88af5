import Foundation

/// The items of a comma-separated option value (`length, punctuation`): trimmed, blanks left out.
enum CommaSeparatedList {
    static func items(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
