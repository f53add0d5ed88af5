/// A problem a QA check found in a translated segment.
public struct QAFinding: Sendable, Equatable, Codable {
    /// The check's id (`numbers`, `terminology`, `untranslated` …).
    public var check: String
    public var severity: Diagnostic.Severity
    public var message: String
    /// The segment (or unit) id.
    public var segmentID: String
    /// Line of the segment in the XLIFF file.
    public var line: Int?
    /// The source text involved (a term, a number), when the check points at one.
    public var sourceSpan: String?
    /// The target text involved, when the check points at one.
    public var targetSpan: String?

    package init(
        check: String, severity: Diagnostic.Severity, message: String, segmentID: String, line: Int? = nil,
        sourceSpan: String? = nil, targetSpan: String? = nil
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.segmentID = segmentID
        self.line = line
        self.sourceSpan = sourceSpan
        self.targetSpan = targetSpan
    }
}
