import AlihCore

/// Many translated XLIFF files checked one after another: the library entry point of
/// `alih check` given several files or a folder (`TranslatedFiles.files(in:)`).
///
/// Each file is checked by `check` as it would be alone (against its recorded glossary when no
/// glossary is given, each its own), its report rendered as it is done: in text one after
/// another, then a line of totals; in JSON an array of the reports, each what `alih check -f
/// json` writes for one file. A file that cannot be read is reported and the others go on.
public struct CheckBatch: Sendable {
    public var check: TranslationCheck

    public init(check: TranslationCheck) {
        self.check = check
        // The files of a batch share the glossaries compiled for them.
        self.check.matchers = GlossaryMatcherCache()
    }

    /// Checks `files` in order, each report rendered in `format` to `emit` as it is done; the
    /// glossary notes and warnings go to `warning`, the files that cannot be read to `failure`.
    /// Returns the totals.
    public func run(
        _ files: [String], format: QAReport.Format, emit: ([UInt8]) throws -> Void,
        warning: (Diagnostic) -> Void = { _ in }, failure: (DiagnosticError) -> Void = { _ in }
    ) throws -> Totals {
        var totals = Totals()
        if format == .json { try emit(Array("[\n".utf8)) }
        for file in files {
            let report: QAReport
            do {
                report = try check.report(path: file, warning: warning)
            } catch let error as DiagnosticError {
                totals.unreadable += 1
                failure(error)
                continue
            }
            if totals.checked > 0 { try emit(Array((format == .json ? ",\n" : "\n").utf8)) }
            try report.render(as: format, emit)
            totals.add(report)
        }
        switch format {
        case .json: try emit(Array((totals.checked > 0 ? "\n]\n" : "]\n").utf8))
        case .text: try emit(Array(((totals.checked > 0 ? "\n" : "") + totals.summary + "\n").utf8))
        }
        return totals
    }

    /// The files checked and what the checks found in all of them.
    public struct Totals: Sendable, Equatable {
        public var checked = 0
        /// Files that could not be read (not found, not XLIFF, damaged).
        public var unreadable = 0
        public var segments = 0
        public var errors = 0
        public var warnings = 0
        /// Files whose checks found errors.
        public var filesWithErrors = 0

        public init() {}

        mutating func add(_ report: QAReport) {
            checked += 1
            segments += report.segments
            errors += report.errors
            warnings += report.warnings
            if report.errors > 0 { filesWithErrors += 1 }
        }

        /// Whether any file had errors or could not be read (`alih check` exits 1).
        public var failed: Bool { errors > 0 || unreadable > 0 }

        /// `3 files checked (1 with errors), 1 could not be read: 111 segments, 7 errors, 39 warnings`.
        public var summary: String {
            "\(counted(checked, "file")) checked"
                + (filesWithErrors > 0 ? " (\(filesWithErrors) with errors)" : "")
                + (unreadable > 0 ? ", \(unreadable) could not be read" : "")
                + ": \(counted(segments, "segment")), \(counted(errors, "error")), \(counted(warnings, "warning"))"
        }
    }
}
