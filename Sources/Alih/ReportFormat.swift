/// How a job's report is shown (`--report`): its summary, JSON, or nothing.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, none
}
