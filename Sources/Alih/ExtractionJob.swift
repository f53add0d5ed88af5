import AlihCore
import AlihFormats
import AlihMemory
import Foundation

/// One article to XLIFF, written where it goes: the library entry point of `alih extract`.
///
/// With an XLIFF path the XLIFF goes to its file as it is written (atomically: nothing is left
/// behind if anything fails); without one it is handed over whole once made, so that an error
/// leaves no partial XLIFF. With a memory file, its exact matches prefill targets and its fuzzy
/// matches are offered; with a TBX path, the glossary entries found are written there.
public struct ExtractionJob: Sendable {
    public var pipeline: ArticlePipeline
    public var options: ExtractionOptions
    /// The translation memory file to take matches from, if any (created when missing).
    public var memoryPath: String?
    /// Where to write the glossary entries found as TBX (with a glossary), if anywhere.
    public var tbxPath: String?
    /// Where to write the report as JSON (`run(_:input:output:standardOutput:)`), if anywhere.
    public var reportPath: String?

    public init(
        pipeline: ArticlePipeline, options: ExtractionOptions, memoryPath: String? = nil, tbxPath: String? = nil,
        reportPath: String? = nil
    ) {
        self.pipeline = pipeline
        self.options = options
        self.memoryPath = memoryPath
        self.tbxPath = tbxPath
        self.reportPath = reportPath
    }

    /// Extracts the article `bytes` (named `name` in the XLIFF and in messages) into the file
    /// `xliffPath`, or, when nil, hands the whole XLIFF to `whole`; returns the report.
    ///
    /// The bytes are released once decoded (pass them with `consume`). Blocks of 1 MB or more
    /// that the run frees go back to the system (`HeapSettings`): a large article's arrays,
    /// freed on the threads that made them, otherwise stay in their arenas and raise the peak
    /// (20 MB of varied text with the shipped glossary: 116 MB, 104 MB with it, for about 0.1 s
    /// more system time).
    public func run(
        _ bytes: consuming [UInt8], name: String, to xliffPath: String?, whole: (String) -> Void = { _ in }
    ) throws -> ExtractionReport? {
        HeapSettings.returnLargeBlocksWhenFreed(from: 1 << 20)
        // An existing memory is only read (it may be on read-only storage, or shared); a missing
        // or empty file is made a memory, as it always was.
        let memory = try memoryPath.map {
            let size = (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0
            return try TranslationMemory.open(path: $0, readOnly: size > 0)
        }
        var extraction: StreamedExtraction?
        if let xliffPath {
            var handed: [UInt8]? = consume bytes
            try AtomicFile.write(to: xliffPath) { emit in
                extraction = try pipeline.extract(
                    handed.take()!, name: name, options: options, memory: memory, writingUTF8To: { try emit($0) })
            }
        } else {
            var xliff = ""
            extraction = try pipeline.extract(consume bytes, name: name, options: options, memory: memory) {
                xliff += $0
            }
            whole(xliff)
        }
        guard let extraction else { return nil }
        if let tbxPath, let found = pipeline.matchedEntries(in: extraction.document) {
            try GlossaryFile.write(found, to: tbxPath, format: .tbx)
        }
        return extraction.report
    }

    /// Extracts the article `bytes` read from `input` (`-`: standard input; it and a pipe such
    /// as `<(curl -s URL)` are named `stdin`) to `output`, as `destination(input:output:)`
    /// resolves it, a destination `-` handing the whole XLIFF to `standardOutput`; the report
    /// says where the XLIFF went, and goes to `reportPath` as JSON too. Nothing is written
    /// when the input is an XLIFF file (`input.xliff`: a translated file given by mistake), or
    /// when an output would replace the article, the glossary, the pipeline's file or the
    /// memory, or another output (`OutputGuard`: `output.is-input`, `output.twice`).
    public func run(
        _ bytes: consuming [UInt8], input: String, output: String?, standardOutput: (String) -> Void
    ) throws -> Outcome? {
        let destination = Self.destination(input: input, output: output)
        try Self.requireArticle(input)
        try OutputGuard.check(
            inputs: [
                ("article", input), ("glossary", pipeline.glossary?.origin?.path), ("translation memory", memoryPath),
            ]
                + pipeline.definitionFiles.map { ("pipeline", $0) },
            outputs: [
                ("XLIFF", destination), ("TBX file", tbxPath), ("JSON report", reportPath),
                ("translation memory", memoryPath),
            ])
        let report = try run(
            bytes, name: InputFile.articleName(input), to: destination == "-" ? nil : destination,
            whole: standardOutput)
        let outcome = report.map { Outcome(report: $0, destination: destination) }
        if let outcome, let reportPath { try outcome.writeJSON(to: reportPath) }
        return outcome
    }

    /// What `run(_:input:output:standardOutput:)` did: the report, and where the XLIFF went.
    public struct Outcome: JobReport, Sendable, Equatable {
        public var report: ExtractionReport
        /// The XLIFF's file, or `-` for standard output.
        public var destination: String

        /// The report's summary and the file written.
        public var summary: String {
            report.summary + (destination == "-" ? "" : "\n  wrote \(destination)")
        }

        /// The report's JSON (the destination is not part of it).
        public func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
        }
    }

    /// Refuses an XLIFF file given as an article (`input.xliff`): a translated file given to
    /// the wrong command, whose markup would be extracted as text.
    static func requireArticle(_ input: String) throws(DiagnosticError) {
        guard ["xlf", "xliff"].contains((input as NSString).pathExtension.lowercased()) else { return }
        throw DiagnosticError(
            code: "input.xliff", "this is an XLIFF file, not an article: extraction takes the article itself",
            at: SourceLocation(file: input),
            hint: "to check its translations run alih check \(input); to rebuild the translated article, "
                + "alih reimport \(input)")
    }

    /// Where the XLIFF of `input` goes: `output` when given; otherwise `ARTICLE.xlf` next to the
    /// input, or `-` (standard output) when the input is `-` (standard input) or a pipe.
    public static func destination(input: String, output: String?) -> String {
        output ?? (InputFile.isStream(input) ? "-" : defaultOutput(for: input))
    }

    /// Where the XLIFF goes by default: `article.txt` → `article.xlf`, in the same folder.
    public static func defaultOutput(for input: String) -> String {
        let base = (input as NSString).deletingPathExtension
        return (base.isEmpty ? input : base) + ".xlf"
    }
}
