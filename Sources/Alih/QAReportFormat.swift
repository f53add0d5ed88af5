extension QAReport {
    /// How a report is printed (`alih check --format`): the findings grouped for reading, or JSON.
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    /// The report in `format`, handed to `emit` in pieces (JSON in rounds of findings, as
    /// `QAReportJSONWriter` writes it).
    public func render(as format: Format, _ emit: ([UInt8]) throws -> Void) throws {
        switch format {
        case .text: try emit(Array(text.utf8))
        case .json: try QAReportJSONWriter().write(self, emit)
        }
    }
}
