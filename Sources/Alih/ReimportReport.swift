import AlihCore

extension Reimport {
    /// What `alih reimport --report json` prints: the merge's counts and findings, the QA
    /// report, and where the article was written (nil when it was not).
    public struct Report: Sendable, Encodable {
        public var file: String
        public var units: Int
        public var segments: Int
        public var translated: Int
        public var missing: Int
        public var boilerplateUnits: Int
        /// `drop` or `keep`.
        public var boilerplate: String
        public var written: String?
        public var diagnostics: [Diagnostic]
        public var qa: QAReport
    }
}

extension Reimport.Outcome {
    /// The report, the article having gone to `destination` (`-`: standard output) if written.
    public func report(destination: String) -> Reimport.Report {
        Reimport.Report(
            file: file, units: merge.units, segments: merge.segments, translated: merge.translated,
            missing: merge.missing, boilerplateUnits: merge.boilerplateUnits, boilerplate: boilerplate.rawValue,
            written: refusal == nil ? destination : nil, diagnostics: merge.diagnostics, qa: qa)
    }

    /// The summary `alih reimport` prints: counts, QA, where the article went (or that it was
    /// not written) and what went into the memory.
    public func summary(destination: String) -> String {
        "\(file): \(merge.units) units, \(merge.segments) segments, \(merge.translated) translated, "
            + "\(merge.missing) missing, \(merge.boilerplateUnits) boilerplate units \(boilerplate == .keep ? "kept" : "dropped"); "
            + "\(merge.diagnostics.filter { $0.severity == .error }.count) errors\n  QA: \(qa.summary)"
            + (qa.findings.isEmpty || qaStopsWrite ? "" : " — details: alih check \(file)")
            + (refusal == nil
                ? (destination == "-" ? "" : "\n  wrote \(destination)")
                : "\n  not written: fix the errors above (or see --force, --keep-source-for-missing)")
            + (stored.map {
                "\n  memory \(memoryPath ?? ""): \($0.added) pairs added, \($0.updated) already there"
            } ?? "")
    }
}

extension Reimport.Outcome: JobReport {
    /// The summary, the article having gone to `destination` (standard output when unknown).
    public var summary: String { summary(destination: destination ?? "-") }

    /// The JSON report (`report(destination:)`).
    public func encode(to encoder: any Encoder) throws {
        try report(destination: destination ?? "-").encode(to: encoder)
    }
}
