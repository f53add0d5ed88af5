import AlihCore
import AlihFormats
import Foundation

/// Many translated XLIFF files reimported one after another, each article written beside its
/// XLIFF: the library entry point of `alih reimport` given several files or a folder.
///
/// Each file is reimported by `reimport` as it would be alone (checked against what was sent
/// out, QA, written only when it may be, its pairs stored in the memory once written); a file
/// that cannot be reimported (not XLIFF, damaged, no record; a pipe, whose article would go to
/// standard output with the others'; an article another file of the batch already wrote, as
/// `berita.xlf` and `berita.en.xlf` both write `berita.en.txt`) is reported and the others go on.
/// The summary counts the files by outcome; the batch failed when any file did. The files of
/// the inputs (folders searched) are `TranslatedFiles.files(in:)`.
public struct ReimportBatch: Sendable {
    /// How each file is reimported (its `pagePath` is ignored: each page is found beside its file).
    public var reimport: Reimport

    public init(reimport: Reimport) {
        self.reimport = reimport
        self.reimport.pagePath = nil
        // The documents of a batch are freed as it goes, not held until the process exits; its
        // files share the glossaries compiled for them.
        self.reimport.handsBackDocument = false
        self.reimport.check.matchers = GlossaryMatcherCache()
    }

    /// Reimports `files` in order; `notice` sees what each finds as it goes, `finished` each
    /// file's outcome once it is done (an error when it could not be reimported).
    public func run(
        _ files: [String], notice: (Reimport.Notice) -> Void = { _ in },
        finished: (Result<Reimport.Outcome, DiagnosticError>) -> Void = { _ in }
    ) -> Summary {
        var summary = Summary()
        var written: [String: String] = [:]
        var paths = PathResolver()
        for file in files {
            do {
                guard !InputFile.isStream(file) else {
                    throw DiagnosticError(
                        code: "reimport.stream-in-batch",
                        "\(file) is a pipe: its article would go to standard output with the others'",
                        at: SourceLocation(file: file), hint: "reimport it on its own, or save it as a file first")
                }
                // The article's file, claimed before it is written: a second one is refused.
                func claim(_ destination: String) throws {
                    let resolved = paths.resolve(destination)
                    if let first = written[resolved] {
                        throw DiagnosticError(
                            code: "output.collision",
                            "\(file) would write \(destination), which \(first) wrote in this batch; not written",
                            at: SourceLocation(file: file),
                            hint: "reimport one of them on its own with -o, or leave it out of the folder")
                    }
                    written[resolved] = file
                }
                let outcome = try reimport.run(
                    path: file, output: nil, notice: notice, standardOutput: { _ in }, claim: claim)
                summary.add(outcome)
                finished(.success(outcome))
            } catch {
                var failure =
                    (error as? DiagnosticError)
                    ?? DiagnosticError(code: "reimport.file", "\(file): \(error)", at: SourceLocation(file: file))
                // A failure after reading (the memory, the article's folder) names the file too.
                if failure.diagnostic.location == nil { failure.diagnostic.location = SourceLocation(file: file) }
                summary.add(failure)
                finished(.failure(failure))
            }
        }
        return summary
    }

    /// What a batch did: the files by outcome, totals, and each file's report.
    public struct Summary: JobReport, Sendable {
        public var files = 0
        /// Files whose article was written.
        public var written = 0
        /// Files read whose article was not written (see their verdicts).
        public var notWritten = 0
        /// Files that could not be reimported (not XLIFF, damaged, no record, a pipe, an
        /// article another file already wrote, the memory or the article's folder failing).
        public var notReimported = 0
        /// Files that failed: not written, written over errors (`--force`), QA errors with
        /// `--strict`, or not reimported.
        public var failed = 0
        public var segments = 0
        public var translated = 0
        /// Segments still in Indonesian or without a translation, over the files read.
        public var leftInIndonesian = 0
        public var qaErrors = 0
        public var qaWarnings = 0
        /// Pairs that went into the memory.
        public var pairsAdded = 0
        /// Each file's report, in order.
        public var reports: [Reimport.Report] = []
        /// Why each file that was not reimported was not.
        public var errors: [Diagnostic] = []

        public init() {}

        mutating func add(_ outcome: Reimport.Outcome) {
            files += 1
            if outcome.refusal == nil { written += 1 } else { notWritten += 1 }
            if outcome.failed || outcome.refusal != nil { failed += 1 }
            segments += outcome.merge.segments
            translated += outcome.merge.translated
            leftInIndonesian += outcome.merge.untranslated + outcome.merge.missing
            qaErrors += outcome.qa.errors
            qaWarnings += outcome.qa.warnings
            pairsAdded += outcome.stored?.added ?? 0
            reports.append(outcome.report(destination: outcome.destination ?? "-"))
        }

        mutating func add(_ error: DiagnosticError) {
            files += 1
            notReimported += 1
            failed += 1
            errors.append(error.diagnostic)
        }

        /// One line: the files by outcome, the segments, QA and the memory.
        public var summary: String {
            var parts = [
                "\(counted(files, "file")): \(written) written, \(notWritten) not written"
                    + (notReimported > 0 ? ", \(notReimported) could not be reimported" : ""),
                "\(counted(segments, "segment")), \(translated) translated"
                    + (leftInIndonesian > 0 ? ", \(leftInIndonesian) left in Indonesian" : ""),
                "QA \(counted(qaErrors, "error")), \(counted(qaWarnings, "warning"))",
            ]
            if pairsAdded > 0 { parts.append("\(counted(pairsAdded, "pair")) added to the memory") }
            return parts.joined(separator: "; ")
        }
    }
}
