extension QAReport {
    /// How a report is printed (`alih check --format`): the findings grouped for reading, or JSON.
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    /// The report in `format`, handed to `emit` in pieces: in rounds of findings, as
    /// `QAReportTextWriter` and `QAReportJSONWriter` write them.
    public func render(as format: Format, _ emit: ([UInt8]) throws -> Void) throws {
        switch format {
        case .text: try QAReportTextWriter().write(self, emit)
        case .json: try QAReportJSONWriter().write(self, emit)
        }
    }
}
