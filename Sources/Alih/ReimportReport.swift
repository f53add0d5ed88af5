import AlihCore
import AlihFormats

extension Reimport {
    /// What `alih reimport --report json` prints: the merge's counts and findings, the QA
    /// report, what could not be checked, and where the article was written (nil when it was
    /// not).
    public struct Report: Sendable, Encodable {
        public var file: String
        public var units: Int
        public var segments: Int
        public var translated: Int
        public var missing: Int
        /// Segments whose target is still a copy of the Indonesian source.
        public var untranslated: Int
        public var boilerplateUnits: Int
        /// `drop` or `keep`.
        public var boilerplate: String
        /// Units whose whitespace a CAT tool moved, put back.
        public var repairedUnits: Int
        /// Units a CAT tool segmented differently, merged by unit.
        public var resegmentedUnits: Int
        /// What could not be checked (a file without the extraction record).
        public var unchecked: [String]
        public var written: String?
        /// One line: written or not, and why.
        public var verdict: String
        public var diagnostics: [Diagnostic]
        public var qa: QAReport
    }
}

extension Reimport.Outcome {
    /// The report, the article having gone to `destination` (`-`: standard output) if written.
    public func report(destination: String) -> Reimport.Report {
        Reimport.Report(
            file: file, units: merge.units, segments: merge.segments, translated: merge.translated,
            missing: merge.missing, untranslated: merge.untranslated, boilerplateUnits: merge.boilerplateUnits,
            boilerplate: boilerplate.rawValue, repairedUnits: merge.repairedUnits,
            resegmentedUnits: merge.resegmentedUnits, unchecked: merge.unchecked,
            written: refusal == nil ? destination : nil, verdict: verdict(destination: destination),
            diagnostics: merge.diagnostics, qa: qa)
    }

    /// The summary `alih reimport` prints: counts, what the CAT tool changed harmlessly, what
    /// could not be checked, QA, the memory, and last one verdict line: written or not, and why.
    public func summary(destination: String) -> String {
        var lines = [
            "\(file): \(counted(merge.units, "unit")), \(counted(merge.segments, "segment")): "
                + "\(merge.translated) translated, \(merge.untranslated) still in Indonesian, \(merge.missing) missing; "
                + "\(counted(merge.boilerplateUnits, "boilerplate unit")) \(boilerplate == .keep ? "kept" : "dropped")"
        ]
        if merge.resegmentedUnits > 0 {
            lines.append(
                "  \(counted(merge.resegmentedUnits, "unit")) re-segmented by the CAT tool (the text is the same; "
                    + "merged by unit)")
        }
        if merge.repairedUnits > 0 {
            lines.append(
                "  the whitespace of \(counted(merge.repairedUnits, "unit")) moved by the CAT tool, put back (the "
                    + "text is the same)")
        }
        if !merge.unchecked.isEmpty {
            lines.append("  not checked (no Alih extraction record): " + merge.unchecked.joined(separator: "; "))
        }
        lines.append(
            "  QA: \(qa.summary)"
                + (qa.findings.isEmpty || qaStopsWrite || InputFile.isStream(file)
                    ? "" : " — details: alih check \(file)"))
        if let stored {
            lines.append(
                "  memory \(memoryPath ?? ""): \(counted(stored.added, "pair")) added, \(stored.updated) already there")
        }
        lines.append("  " + verdict(destination: destination))
        return lines.joined(separator: "\n")
    }

    /// Whether the article was written and, when it was not, why; with what is left to review.
    public func verdict(destination: String) -> String {
        let mergeErrors = merge.diagnostics.filter { $0.severity == .error }
        let left = merge.untranslated + merge.missing
        let inIndonesian = [
            merge.untranslated > 0 ? "\(counted(merge.untranslated, "segment")) still in Indonesian" : nil,
            merge.missing > 0 ? "\(counted(merge.missing, "segment")) without a translation" : nil,
        ].compactMap { $0 }.joined(separator: " and ")
        switch refusal {
        case nil:
            var verdict = destination == "-" ? "written to standard output" : "wrote \(destination)"
            if !mergeErrors.isEmpty { verdict += " despite \(counted(mergeErrors.count, "error")) (--force)" }
            if left > 0 { verdict += "; \(inIndonesian) kept in Indonesian (--keep-source-for-missing)" }
            if qa.errors > 0 {
                verdict += "; QA found \(counted(qa.errors, "error")) to review (--strict stops the write on them)"
            }
            return verdict
        case .checksFailed:
            let others = mergeErrors.count - mergeErrors.count { Reimport.untranslatedCodes.contains($0.code) }
            let causes = [
                inIndonesian.isEmpty ? nil : inIndonesian,
                others > 0 ? "\(counted(others, "error")) against what was sent out" : nil,
            ].compactMap { $0 }.joined(separator: ", ")
            return "not written: \(causes) (see above); "
                + (others > 0
                    ? "fix them, or --force to write anyway"
                    : "translate them, or --keep-source-for-missing to keep the Indonesian")
        case .qaFailed:
            return "not written: QA found \(counted(qa.errors, "error")) and --strict is set"
        case .missingTranslations:
            return "not written: \(inIndonesian), which --force does not write over; translate them, or add "
                + "--keep-source-for-missing to keep the Indonesian"
        }
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
