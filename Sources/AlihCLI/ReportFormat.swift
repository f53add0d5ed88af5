import ArgumentParser

/// How a command reports what it did on standard error (`--report`): a summary, JSON, or nothing.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, none
}
