import Alih
import ArgumentParser
import Foundation

/// `alih reimport`: translated XLIFF → the translated article.
struct ReimportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reimport",
        abstract: "Rebuild the translated article from a translated XLIFF (2.x or 1.2).",
        discussion: """
            Checks the file against what was sent out (every unit's source against its checksum, \
            all units against the article's), then joins the translations with the original \
            whitespace and paragraph breaks. Nothing is written when a check fails, unless \
            --force; even then missing translations stop the write unless \
            --keep-source-for-missing. The QA checks of `alih check` run too and are summarised; \
            with --strict their errors stop the write. Page chrome is left out of the translated article unless \
            --boilerplate keep. Writes ARTICLE.<target-lang>.txt next to the XLIFF unless -o.
            """
    )

    @Argument(help: ArgumentHelp("The translated XLIFF file.", valueName: "xliff"))
    var input: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the article (- for standard output).", valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Page chrome in the translated article: drop or keep (in the source language).", valueName: "mode"))
    var boilerplate: String = ArticleMerger.Boilerplate.drop.rawValue

    @Flag(help: "Write the article even when checks fail (missing translations still stop it).")
    var force = false

    @Flag(
        name: .customLong("keep-source-for-missing"), help: "Use the Indonesian source where a translation is missing.")
    var keepSourceForMissing = false

    @Option(help: ArgumentHelp("Summary on standard error: text, json or none.", valueName: "format"))
    var report: ReportFormat = .text

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Treat QA errors (alih check) as errors that stop the write.")
    var strict = false

    @Flag(name: .customLong("require-final"), help: "QA: report segments whose state is not final.")
    var requireFinal = false

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var memoryOptions: MemoryOptions

    func validate() throws {
        guard ArticleMerger.Boilerplate(rawValue: boilerplate) != nil else {
            throw ValidationError("--boilerplate must be drop or keep, not '\(boilerplate)'.")
        }
        if let output, output == input {
            throw ValidationError("-o names the XLIFF file itself; it would be overwritten.")
        }
    }

    func run() throws {
        let document = try XLIFFReader().read(path: input)
        let merger = ArticleMerger(
            boilerplate: ArticleMerger.Boilerplate(rawValue: boilerplate)!, keepSourceForMissing: keepSourceForMissing)
        let result = merger.merge(document, file: input)
        for diagnostic in result.diagnostics where !quiet || diagnostic.severity == .error {
            Console.error(diagnostic.description)
        }
        let qa = try QualityCheckerFactory.make(
            glossary: glossaryOptions, document: document, requireFinal: requireFinal, disable: "untranslated"
        )
        .report(document, file: input)
        let qaBlocks = strict && qa.errors > 0
        if qaBlocks { Console.error(qa.text) }
        let missingBlocks = result.diagnostics.contains { $0.code == "reimport.missing-translation" }
        let writable = (!result.hasErrors && !qaBlocks) || (force && !missingBlocks)
        let destination = output ?? Self.defaultOutput(for: input, targetLanguage: document.targetLanguage)
        var stored: TranslationMemory.StoreResult? = nil
        if writable {
            if destination == "-" {
                Console.output(result.text)
            } else {
                try AtomicFile.write(result.text.utf8, to: destination)
            }
            if let memory = try memoryOptions.open() {
                do {
                    stored = try memory.store(Self.pairs(of: document, file: input))
                } catch {
                    throw DiagnosticError(
                        code: "tm.write", error.description,
                        hint: "the article was written; rerun with --tm to store the pairs")
                }
            }
        }
        if !quiet {
            let summary =
                "\(input): \(result.units) units, \(result.segments) segments, \(result.translated) translated, "
                + "\(result.missing) missing, \(result.boilerplateUnits) boilerplate units \(boilerplate == "keep" ? "kept" : "dropped"); "
                + "\(result.diagnostics.filter { $0.severity == .error }.count) errors\n  QA: \(qa.summary)"
                + (qa.findings.isEmpty || qaBlocks ? "" : " — details: alih check \(input)")
                + (writable
                    ? (destination == "-" ? "" : "\n  wrote \(destination)")
                    : "\n  not written: fix the errors above (or see --force, --keep-source-for-missing)")
                + (stored.map {
                    "\n  memory \(memoryOptions.memory ?? ""): \($0.added) pairs added, \($0.updated) already there"
                } ?? "")
            switch report {
            case .text: Console.error(summary)
            case .json:
                let encoder = ReportEncoder.make()
                let json = ReimportReport(
                    file: input, units: result.units, segments: result.segments, translated: result.translated,
                    missing: result.missing, boilerplateUnits: result.boilerplateUnits, boilerplate: boilerplate,
                    written: writable ? destination : nil, diagnostics: result.diagnostics, qa: qa)
                Console.error(String(decoding: try encoder.encode(json), as: UTF8.self))
            case .none: break
            }
        }
        if result.hasErrors || qaBlocks { throw ExitCode(1) }
    }

    /// The translated segments of `document` as memory pairs.
    static func pairs(of document: TranslatedDocument, file: String) -> [TranslationPair] {
        let now = Date()
        let origin = document.record["tool-version"] == nil ? nil : "Alih"
        return document.units.filter(\.translate).flatMap(\.segments).compactMap { segment in
            guard let target = segment.target, !target.allSatisfy(\.isWhitespace), target != segment.source else {
                return nil
            }
            return TranslationPair(
                source: segment.source, target: target,
                sourceLanguage: document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage,
                targetLanguage: document.targetLanguage.isEmpty ? "en" : document.targetLanguage,
                document: document.original.isEmpty ? (file as NSString).lastPathComponent : document.original,
                segmentID: segment.id, origin: origin, created: now)
        }
    }

    /// `article.en.xlf` → `article.en.txt`; `article.xlf` → `article.en.txt`.
    static func defaultOutput(for input: String, targetLanguage: String) -> String {
        var base = (input as NSString).deletingPathExtension
        let language = targetLanguage.isEmpty ? "translated" : targetLanguage
        if !base.hasSuffix(".\(language)") { base += ".\(language)" }
        return base + ".txt"
    }
}

/// What `alih reimport --report json` prints.
struct ReimportReport: Encodable {
    var file: String
    var units: Int
    var segments: Int
    var translated: Int
    var missing: Int
    var boilerplateUnits: Int
    var boilerplate: String
    var written: String?
    var diagnostics: [Diagnostic]
    var qa: QAReport
}
