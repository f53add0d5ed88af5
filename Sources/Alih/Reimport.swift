import AlihChecks
import AlihCore
import AlihFormats
import AlihMemory
import Foundation

/// Rebuilds the translated article from a translated XLIFF file: the library entry point of
/// `alih reimport`.
///
/// Merges the file (`ArticleMerger`, which checks it against what was sent out), runs the QA
/// checks (`TranslationCheck`), decides whether the article may be written, hands it to the
/// caller's `write` when it may, and then stores the translated segments in the memory.
/// Nothing is written when a check fails, unless `force`; even then missing translations stop
/// the write unless `keepSourceForMissing`. With `strict`, QA errors stop the write too.
///
/// A file without Alih's extraction record is refused (nothing can prove that no paragraph was
/// lost) unless `foreign`: it is then merged unit by unit as blocks, and the outcome says what
/// could not be checked.
public struct Reimport: Sendable {
    public var boilerplate: ArticleMerger.Boilerplate
    /// Use the source where a translation is missing (otherwise missing translations are errors).
    public var keepSourceForMissing: Bool
    /// Write even when checks fail (missing translations still stop it).
    public var force: Bool
    /// QA errors stop the write.
    public var strict: Bool
    /// The QA checks (by default all but `untranslated`, which the merge reports itself).
    public var check: TranslationCheck
    /// The translation memory file the translated segments go into once written, if any.
    public var memoryPath: String?
    /// Merge a file that carries no Alih extraction record (otherwise it is refused).
    public var foreign: Bool
    /// For a file made from an HTML page: the page (nil: the file the XLIFF names as its
    /// original, in the XLIFF's folder).
    public var pagePath: String?
    /// Whether a run that reads the file hands the document it read back in the outcome
    /// (`Outcome.readDocument`) rather than freeing it: for a process that exits right after and
    /// keeps the outcome until then (its memory goes back with the process), freeing a large
    /// document unit by unit is work for nothing. False: the run frees it on a thread of its own.
    public var handsBackDocument = false

    public init(
        boilerplate: ArticleMerger.Boilerplate = .drop, keepSourceForMissing: Bool = false, force: Bool = false,
        strict: Bool = false, check: TranslationCheck = TranslationCheck(disabled: ["untranslated"]),
        memoryPath: String? = nil, foreign: Bool = false
    ) {
        self.boilerplate = boilerplate
        self.keepSourceForMissing = keepSourceForMissing
        self.force = force
        self.strict = strict
        self.check = check
        self.memoryPath = memoryPath
        self.foreign = foreign
    }

    /// Why the article was not written.
    public enum Refusal: Sendable, Equatable {
        /// The file failed a check against what was sent out (source, languages, units).
        case checksFailed
        /// QA found errors, and `strict` is set.
        case qaFailed
        /// Translations are missing, or targets are still the source: `force` does not write
        /// over them (see `keepSourceForMissing`).
        case missingTranslations
    }

    /// What is found on the way, in order, as it is found (for a caller that reports as it goes).
    public enum Notice: Sendable {
        /// A finding of the merge (see `ArticleMerger`).
        case merge(Diagnostic)
        /// A warning about the glossary file.
        case glossary(Diagnostic)
        /// QA found errors that stop the write (`strict`).
        case qaStopsWrite(QAReport)

        /// The notice for standard error: the finding, the warning, or the QA report.
        public var description: String {
            switch self {
            case .merge(let diagnostic), .glossary(let diagnostic): diagnostic.description
            case .qaStopsWrite(let qa): qa.text
            }
        }
    }

    /// The outcome of a reimport.
    public struct Outcome: Sendable {
        /// The XLIFF file, as named in messages.
        public var file: String
        /// What was done with boilerplate units.
        public var boilerplate: ArticleMerger.Boilerplate
        /// The memory file the pairs went into, if any.
        public var memoryPath: String?
        /// The merged article and the merge's findings and counts.
        public var merge: ArticleMerger.Result
        public var qa: QAReport
        /// The file's target language (empty when it names none).
        public var targetLanguage: String
        /// Why the article was not written; nil when it was.
        public var refusal: Refusal?
        /// Where `run(path:output:notice:standardOutput:)` wrote the article: a file, or `-` for
        /// standard output; nil when it was not written, or the caller's `write` wrote it.
        public var destination: String?
        /// What went into the memory; nil without one, or when the article was not written.
        public var stored: TranslationMemory.StoreResult?
        /// The document read from the file, when the run was asked to hand it back
        /// (`handsBackDocument`); nil otherwise.
        public var readDocument: TranslatedDocument?

        /// The article, when it was written.
        public var article: String? { refusal == nil ? merge.text : nil }
        /// Whether QA errors stopped the write (`strict`).
        public var qaStopsWrite: Bool
        /// Whether the reimport failed (the command's exit status 1): a merge error, or QA
        /// errors with `strict`, whether or not `force` wrote the article.
        public var failed: Bool { merge.hasErrors || qaStopsWrite }
    }

    /// Reimports the XLIFF file at `path`.
    public func run(
        path: String, notice: (Notice) -> Void = { _ in },
        write: (_ article: String, _ targetLanguage: String) throws -> Void
    ) throws -> Outcome {
        let document = try XLIFFReader().read(path: path)
        var outcome = try run(document, file: path, notice: notice, write: write)
        dispose(of: document, into: &outcome)
        return outcome
    }

    /// Reimports the XLIFF file at `path` and writes the article, when it may be written, to
    /// `output` (atomically): a file, `-` handing the article to `standardOutput`, nil the
    /// `defaultOutput(for:targetLanguage:page:)` of `path` (a page for a file made from one), or
    /// standard output when `path` is a pipe (`<(…)`: there is no folder beside it). The outcome
    /// says where it went. `claim` is given the destination before anything is written there;
    /// when it throws, nothing is written and nothing stored (a batch refuses a second article
    /// for the same file).
    public func run(
        path: String, output: String?, notice: (Notice) -> Void = { _ in }, standardOutput: (String) -> Void,
        claim: (String) throws -> Void = { _ in }
    ) throws -> Outcome {
        var destination: String?
        let document = try XLIFFReader().read(path: path)
        let page = document.hasCodeMarkers
        var outcome = try run(document, file: path, notice: notice) { article, targetLanguage in
            let resolved =
                output
                ?? (InputFile.isStream(path)
                    ? "-" : Self.defaultOutput(for: path, targetLanguage: targetLanguage, page: page))
            try OutputGuard.check(
                inputs: [
                    ("translated XLIFF", path),
                    ("HTML page", page ? Self.pageLocation(of: document, file: path, at: pagePath) : nil),
                    ("translation memory", memoryPath), ("glossary", check.glossaryPath),
                ],
                outputs: [("translated article", resolved), ("translation memory", memoryPath)])
            try claim(resolved)
            destination = resolved
            if resolved == "-" {
                standardOutput(article)
            } else {
                try AtomicFile.write(article.utf8, to: resolved)
            }
        }
        dispose(of: document, into: &outcome)
        outcome.destination = destination
        return outcome
    }

    /// Hands the document read from the file back in `outcome` (`handsBackDocument`), or frees
    /// it on a thread of its own.
    func dispose(of document: consuming TranslatedDocument, into outcome: inout Outcome) {
        if handsBackDocument {
            outcome.readDocument = consume document
        } else {
            BackgroundRelease.release(consume document)
        }
    }

    /// Reimports `document`, named `file` in messages: merges and checks it, calls `write` with
    /// the article and the file's target language when it may be written, then stores the
    /// translated segments in the memory.
    public func run(
        _ document: TranslatedDocument, file: String, notice: (Notice) -> Void = { _ in },
        write: (_ article: String, _ targetLanguage: String) throws -> Void
    ) throws -> Outcome {
        if !foreign, document.record["source-checksum"] == nil { throw Self.noRecord(document, file: file) }
        // The target language names the article written (`defaultOutput`): a file that came back
        // from translators says what it likes there (`en/../x` would name another folder).
        for (side, language) in [("source", document.sourceLanguage), ("target", document.targetLanguage)]
        where !language.isEmpty && !LanguageTag.isWellFormed(language) {
            throw DiagnosticError(
                code: "reimport.language",
                "the file's \(side) language '\(language)' is not a BCP-47 language tag (such as en or en-GB)",
                at: SourceLocation(file: file),
                hint: "check that this is the file Alih extracted; a CAT tool keeps the languages it was given")
        }
        // The merge runs on a thread of its own while the QA checks run on the cores: its serial
        // part (the article joined, the whole source hashed) fills the moments they wait. What
        // each finds is told in the order it always was: the merge's findings, then the glossary's.
        // A page keeps its chrome as it was: every paragraph goes back into its place.
        let merger = ArticleMerger(
            boilerplate: document.hasCodeMarkers ? .keep : boilerplate, keepSourceForMissing: keepSourceForMissing)
        let page = document.hasCodeMarkers ? try Self.page(of: document, file: file, at: pagePath) : nil
        let layout = document.hasCodeMarkers ? try Self.pageLayout(of: document, file: file) : 1
        let merging = BackgroundValue { merger.merge(document, file: file) }
        var glossaryWarnings: [Diagnostic] = []
        let checked = Result { try check.report(document, file: file) { glossaryWarnings.append($0) } }
        let merged = merging.value
        for diagnostic in DiagnosticDigest.condensed(merged.diagnostics) { notice(.merge(diagnostic)) }
        for warning in glossaryWarnings { notice(.glossary(warning)) }
        let qa = try checked.get()
        let qaStopsWrite = strict && qa.errors > 0
        if qaStopsWrite { notice(.qaStopsWrite(qa)) }
        var outcome = Outcome(
            file: file, boilerplate: boilerplate, memoryPath: memoryPath.map(TranslationMemory.displayed),
            merge: merged, qa: qa,
            targetLanguage: document.targetLanguage,
            refusal: refusal(merged, qaStopsWrite: qaStopsWrite), stored: nil, qaStopsWrite: qaStopsWrite)
        guard outcome.refusal == nil else { return outcome }
        if let page {
            let name = pagePath ?? document.original
            let selectors = { (field: String) in
                try ExtractionRecord.selectors(field: document.record[field]).map(HTMLSelector.init)
            }
            let bytes = try HTMLPageMerge.merge(
                page: page, name: name, translated: merged.text, targetLanguage: document.targetLanguage,
                chrome: try selectors("html-chrome"), content: try selectors("html-content"), layout: layout)
            try write(String(decoding: bytes, as: UTF8.self), document.targetLanguage)
        } else {
            try write(merged.text, document.targetLanguage)
        }
        if let memoryPath {
            let memory = try TranslationMemory.open(path: memoryPath)
            do {
                outcome.stored = try memory.store(Self.pairs(of: document, file: file))
            } catch {
                throw DiagnosticError(
                    code: "tm.write", error.description,
                    hint: "the article was written; rerun with --tm to store the pairs")
            }
        }
        return outcome
    }

    /// The write policy: why `merged` may not be written, or nil when it may.
    func refusal(_ merged: ArticleMerger.Result, qaStopsWrite: Bool) -> Refusal? {
        guard merged.hasErrors || qaStopsWrite else { return nil }
        if force {
            let missing = merged.diagnostics.contains { Self.untranslatedCodes.contains($0.code) }
            return missing ? .missingTranslations : nil
        }
        return merged.hasErrors ? .checksFailed : .qaFailed
    }

    /// The merge's codes for segments left in Indonesian: no target, or the source copied.
    static let untranslatedCodes: Set<String> = ["reimport.missing-translation", "reimport.untranslated"]

    /// The refusal of a file without the extraction record, saying what it still carries.
    static func noRecord(_ document: TranslatedDocument, file: String) -> DiagnosticError {
        let withChecksums = document.units.count { $0.checksum != nil }
        let alihIDs = !document.units.isEmpty && document.units.allSatisfy { BlockIDs.unitNumber($0.id) != nil }
        let carries =
            withChecksums > 0
            ? "its units still carry their checksums, so with --foreign each unit's source is checked and a deleted "
                + "or swapped unit is caught by its id"
            : alihIDs
                ? "its units still have Alih's ids, so with --foreign a deleted or swapped unit is caught; their sources "
                    + "cannot be checked"
                : "with --foreign its units are joined as blocks, one blank line apart, and nothing shows whether one "
                    + "was lost"
        return DiagnosticError(
            code: "reimport.no-record",
            "\(file) carries no Alih extraction record (another tool wrote it, or removed Alih's metadata), so nothing "
                + "proves that every paragraph came back; \(carries)",
            at: SourceLocation(file: file),
            hint: "reimport the file the CAT tool exported from Alih's XLIFF, or add --foreign to merge it anyway")
    }

    /// The page a file made from an HTML page goes back into: `path`, or the file's original
    /// next to it, or the relative path extraction recorded (`page-path`); its checksum must be
    /// the one recorded at extraction.
    static func page(of document: TranslatedDocument, file: String, at path: String?) throws -> [UInt8] {
        let location = pageLocation(of: document, file: file, at: path)
        // A page the record names is read only if it is a regular file (the names come from the
        // file translators had); one given with --page is read as the user gave it.
        let read =
            path != nil
            ? FileManager.default.contents(atPath: location).map(Array.init)
            : RecordedFile.contents(atPath: location, limit: Int(Int32.max))
        guard let bytes = read else {
            throw DiagnosticError(
                code: "reimport.page-missing",
                "\(file) was extracted from the HTML page \(document.original); the translation goes back into that page, "
                    + "but \(location) cannot be read",
                at: SourceLocation(file: file),
                hint: "put the page next to the XLIFF file, or give it with --page FILE")
        }
        if let expected = document.record["page-checksum"], SHA256.checksum(bytes: bytes) != expected {
            throw DiagnosticError(
                code: "reimport.page-changed",
                "\(location) is not the page \(file) was extracted from (its checksum differs): it was edited since",
                at: SourceLocation(file: location),
                hint: "give the page as it was when extracted with --page FILE, or extract the new page again")
        }
        return bytes
    }

    /// Where the page of `document` (read from `file`) is: `path` when given, else beside the
    /// XLIFF, or where extraction read it (a relative path, recorded).
    static func pageLocation(of document: TranslatedDocument, file: String, at path: String?) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        let beside = folder.isEmpty ? document.original : folder + "/" + document.original
        let candidates = path.map { [$0] } ?? [beside] + (document.record["page-path"].map { [$0] } ?? [])
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    /// The version of the generic rules the page of `document` was laid out by (its record's
    /// `html-layout`; 1 for a file written before the record had it), refused when this Alih
    /// does not know it.
    static func pageLayout(of document: TranslatedDocument, file: String) throws -> Int {
        guard let field = document.record["html-layout"] else { return 1 }
        guard let layout = Int(field), (1...HTMLArticleText.layoutVersion).contains(layout) else {
            throw DiagnosticError(
                code: "reimport.page-layout-version",
                "\(file) was extracted with page layout \(field), which this Alih (\(AlihVersion.current)) does not "
                    + "know: it reads layouts 1 to \(HTMLArticleText.layoutVersion)",
                at: SourceLocation(file: file),
                hint: "reimport with the version of Alih that extracted the page, or a newer one")
        }
        return layout
    }

    /// The translated segments of `document` as memory pairs: segments with a target that is
    /// neither blank nor the source, boilerplate left out.
    package static func pairs(of document: TranslatedDocument, file: String) -> [TranslationPair] {
        let now = Date()
        let origin = document.record["tool-version"] == nil ? nil : "Alih"
        return document.units.filter(\.translate).flatMap(\.segments).compactMap { segment in
            guard let target = segment.target, !target.allSatisfy(\.isWhitespace), target != segment.source else {
                return nil
            }
            let codes = document.hasCodeMarkers
            return TranslationPair(
                source: codes ? InlineCodeMarker.plain(segment.source) : segment.source,
                target: codes ? InlineCodeMarker.plain(target) : target,
                sourceLanguage: document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage,
                targetLanguage: document.targetLanguage.isEmpty ? "en" : document.targetLanguage,
                document: document.original.isEmpty ? (file as NSString).lastPathComponent : document.original,
                segmentID: segment.id, origin: origin, created: now)
        }
    }

    /// Where the article goes by default: `article.en.xlf` → `article.en.txt`;
    /// `article.xlf` → `article.en.txt` (`translated` when the file names no target language).
    public static func defaultOutput(for input: String, targetLanguage: String, page: Bool = false) -> String {
        var base = (input as NSString).deletingPathExtension
        let language = targetLanguage.isEmpty ? "translated" : targetLanguage
        if !base.hasSuffix(".\(language)") { base += ".\(language)" }
        return base + (page ? ".html" : ".txt")
    }
}
