import AlihChecks
import AlihCore
import AlihFormats
import AlihStages
import Foundation

/// The QA checks of `alih check` on a translated XLIFF file: the library entry point.
///
/// Set up with the glossary file (recognised with the installed Indonesian morphology), the
/// checks to switch off and whether segments must be final; `report` reads, checks and
/// reports. The glossary is read in the document's languages (`id` → `en` when it names
/// none), so the checker is made per document.
///
/// Without a glossary, the terminology check uses the one the file was extracted with
/// (`RecordedGlossary`): found beside the XLIFF or at the path extraction recorded, and only
/// when its checksum is the recorded one; a note says which was used, or why none was.
public struct TranslationCheck: Sendable {
    /// The glossary file whose terms the terminology check looks for, if any.
    public var glossaryPath: String?
    /// Report segments whose state is not final.
    public var requireFinal: Bool
    /// Ids of the checks to switch off.
    public var disabled: Set<String>
    /// Glossary entries the terminology check leaves out, by source term, besides those the
    /// file's extraction record lists (`alih extract --skip-term`).
    public var skippedTerms: [String]
    /// Where the glossaries compiled for one file are kept for the next (a batch's), if anywhere.
    package var matchers: GlossaryMatcherCache?

    public init(
        glossaryPath: String? = nil, requireFinal: Bool = false, disabled: Set<String> = [],
        skippedTerms: [String] = []
    ) {
        self.glossaryPath = glossaryPath
        self.requireFinal = requireFinal
        self.disabled = disabled
        self.skippedTerms = skippedTerms
    }

    /// The ids of every check (`--disable` takes these).
    package static let checkNames = QualityChecker(requireFinal: true).ids

    /// The ids among `ids` that name no check (a typo would switch nothing off), in order.
    package static func unknownChecks(in ids: Set<String>) -> [String] {
        ids.filter { !checkNames.contains($0) }.sorted()
    }

    /// The check ids in a comma-separated list (`length, punctuation`), blanks left out.
    package static func checkIDs(_ list: String) -> Set<String> {
        Set(CommaSeparatedList.items(list))
    }

    /// The checker for `document` (the file `file`); the glossary's warnings go to `warning` as
    /// it is read.
    package func checker(
        for document: TranslatedDocument, file: String, warning: (Diagnostic) -> Void = { _ in }
    ) throws -> QualityChecker {
        let source = document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage
        let target = document.targetLanguage.isEmpty ? "en" : document.targetLanguage
        var matcher: GlossaryMatcher? = nil
        var glossaryPath = glossaryPath
        if glossaryPath == nil, !disabled.contains("terminology"),
            let recorded = RecordedGlossary(document: document, file: file)
        {
            let (found, note) = recorded.locate()
            glossaryPath = found
            warning(note)
        }
        if let glossaryPath {
            let skippedTerms = skippedTerms
            func make() throws -> GlossaryMatcher {
                var glossary = try GlossaryFile.readForMatching(
                    path: glossaryPath, sourceLanguage: source, targetLanguage: target, warning: warning)
                glossary = try Self.skipping(
                    skippedTerms, and: document.record["skipped-terms"], in: glossary, warning)
                return try GlossaryMatcher.withInstalledMorphology(glossary: glossary, locale: source)
            }
            matcher =
                try matchers?.matcher(
                    path: glossaryPath, source: source, target: target, skipped: skippedTerms,
                    recordedSkips: document.record["skipped-terms"], make: make) ?? make()
        } else if !skippedTerms.isEmpty {
            throw DiagnosticError(
                code: "glossary.skip", "terms to skip were given without a glossary",
                hint: "give the glossary with -g, or leave out --skip-term")
        }
        return QualityChecker(matcher: matcher, requireFinal: requireFinal, disabled: disabled)
    }

    /// `glossary` without the entries of `terms` (a term it does not have is an error) and of
    /// the record's skip list (one it does not have is a warning: the file may have been
    /// extracted with another version of the glossary).
    static func skipping(
        _ terms: [String], and recorded: String?, in glossary: Glossary, _ warning: (Diagnostic) -> Void
    ) throws -> Glossary {
        let kept = try glossary.skippingEach(terms)
        guard let recorded else { return kept }
        let (result, missing) = kept.skipping(Glossary.skipList(field: recorded))
        for term in missing where !glossary.skipping([term]).unknown.isEmpty {
            warning(
                Diagnostic(
                    .warning, code: "glossary.skip",
                    "the file was extracted skipping '\(term)', which \(glossary.name) does not have",
                    at: SourceLocation(file: glossary.name),
                    hint: "the glossary changed since; check the term's translation by hand"))
        }
        return result
    }

    /// The findings for `document`, named `file` in the report.
    ///
    /// A file made from an HTML page is checked on its text without the inline codes' markers
    /// (words, numbers and terms read as the page shows them); its codes are checked by kind and
    /// count (`tags`), and a reimport checks each code by its id.
    public func report(_ document: TranslatedDocument, file: String, warning: (Diagnostic) -> Void = { _ in })
        throws -> QAReport
    {
        let checked = document.hasCodeMarkers ? Self.withoutCodeMarkers(document) : document
        return try checker(for: checked, file: file, warning: warning).report(checked, file: file)
    }

    /// `document` with its sources and targets without inline code markers.
    static func withoutCodeMarkers(_ document: TranslatedDocument) -> TranslatedDocument {
        var plain = document
        for u in plain.units.indices {
            for p in plain.units[u].pieces.indices {
                guard case .segment(var segment) = plain.units[u].pieces[p] else { continue }
                segment.source = InlineCodeMarker.plain(segment.source)
                segment.target = segment.target.map(InlineCodeMarker.plain)
                plain.units[u].pieces[p] = .segment(segment)
            }
        }
        return plain
    }

    /// Reads the XLIFF file at `path` and reports its findings.
    public func report(path: String, warning: (Diagnostic) -> Void = { _ in }) throws -> QAReport {
        try report(try XLIFFReader().read(path: path), file: path, warning: warning)
    }
}
