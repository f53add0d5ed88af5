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
public struct TranslationCheck: Sendable {
    /// The glossary file whose terms the terminology check looks for, if any.
    public var glossaryPath: String?
    /// Report segments whose state is not final.
    public var requireFinal: Bool
    /// Ids of the checks to switch off.
    public var disabled: Set<String>

    public init(glossaryPath: String? = nil, requireFinal: Bool = false, disabled: Set<String> = []) {
        self.glossaryPath = glossaryPath
        self.requireFinal = requireFinal
        self.disabled = disabled
    }

    /// The check ids in a comma-separated list (`length, punctuation`), blanks left out.
    package static func checkIDs(_ list: String) -> Set<String> {
        Set(CommaSeparatedList.items(list))
    }

    /// The checker for `document`; the glossary's warnings go to `warning` as it is read.
    package func checker(for document: TranslatedDocument, warning: (Diagnostic) -> Void = { _ in }) throws
        -> QualityChecker
    {
        let source = document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage
        let target = document.targetLanguage.isEmpty ? "en" : document.targetLanguage
        var matcher: GlossaryMatcher? = nil
        if let glossaryPath {
            let glossary = try GlossaryFile.readForMatching(
                path: glossaryPath, sourceLanguage: source, targetLanguage: target, warning: warning)
            matcher = try GlossaryMatcher.withInstalledMorphology(glossary: glossary, locale: source)
        }
        return QualityChecker(matcher: matcher, requireFinal: requireFinal, disabled: disabled)
    }

    /// The findings for `document`, named `file` in the report.
    public func report(_ document: TranslatedDocument, file: String, warning: (Diagnostic) -> Void = { _ in })
        throws -> QAReport
    {
        try checker(for: document, warning: warning).report(document, file: file)
    }

    /// Reads the XLIFF file at `path` and reports its findings.
    public func report(path: String, warning: (Diagnostic) -> Void = { _ in }) throws -> QAReport {
        try report(try XLIFFReader().read(path: path), file: path, warning: warning)
    }
}
