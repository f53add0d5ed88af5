import AlihCore
import AlihStages

extension GlossaryMatcher {
    /// A matcher for `glossary` with the installed Indonesian morphology (`hunspell-id`).
    ///
    /// The one set-up of glossary → lemmatizer → matcher, shared by the pipeline's term stage
    /// and the QA checks; a missing dictionary is a `morphology.dictionary` error.
    public static func withInstalledMorphology(glossary: Glossary, locale: String) throws -> GlossaryMatcher {
        let lemmatizer: IndonesianLemmatizer
        do {
            lemmatizer = try IndonesianLemmatizer.installed()
        } catch {
            throw DiagnosticError(code: "morphology.dictionary", "\(error)", hint: "apt-get install hunspell-id")
        }
        return try GlossaryMatcher(glossary: glossary, lemmatizer: lemmatizer, locale: locale)
    }
}
