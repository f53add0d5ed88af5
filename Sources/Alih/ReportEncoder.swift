import Foundation

/// The JSON encoder of Alih's reports (`--report json`, `--format json`): pretty-printed with
/// sorted keys, so the same report gives the same bytes, and slashes in paths left as they are.
package enum ReportEncoder {
    package static func make() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
