import AlihFormats
import Foundation

/// What a job reports when it is done: a summary for people, and the same as JSON
/// (`--report json`, `--report-file`), encoded by `ReportEncoder` so that the same report gives
/// the same bytes.
public protocol JobReport: Encodable {
    /// A few lines for standard error.
    var summary: String { get }
}

extension JobReport {
    /// The report as `format` asks for it; nil for `none`.
    public func rendered(as format: ReportFormat) throws -> String? {
        switch format {
        case .text: summary
        case .json: String(decoding: try ReportEncoder.make().encode(self), as: UTF8.self)
        case .none: nil
        }
    }

    /// Writes the JSON report, ended by a line feed, to the file at `path` (atomically).
    public func writeJSON(to path: String) throws {
        try AtomicFile.write(Array(try ReportEncoder.make().encode(self)) + [0x0A], to: path)
    }
}
