import AlihCore
import AlihStages

extension GlossaryMatcher {
    /// A matcher for `glossary` with the installed Indonesian morphology (`hunspell-id`).
    ///
    /// The one set-up of glossary → lemmatizer → matcher, shared by the pipeline's term stage
    /// and the QA checks; a missing dictionary is a `morphology.dictionary` error.
    package static func withInstalledMorphology(glossary: Glossary, locale: String) throws -> GlossaryMatcher {
        try GlossaryMatcher(glossary: glossary, lemmatizer: try IndonesianLemmatizer.requireInstalled(), locale: locale)
    }
}

extension IndonesianLemmatizer {
    /// The installed lemmatizer (`installed()`); a missing dictionary is a
    /// `morphology.dictionary` error that says what to install.
    package static func requireInstalled() throws -> IndonesianLemmatizer {
        do {
            return try installed()
        } catch {
            throw missing(error)
        }
    }

    /// Throws what `requireInstalled()` throws when the dictionary is not installed, without
    /// loading it.
    static func checkRequired() throws {
        do {
            try checkInstalled()
        } catch {
            throw missing(error)
        }
    }

    private static func missing(_ error: any Error) -> DiagnosticError {
        DiagnosticError(code: "morphology.dictionary", "\(error)", hint: "apt-get install hunspell-id")
    }
}
