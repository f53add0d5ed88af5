import AlihCore
import AlihFormats
import AlihStages

extension GlossaryFile {
    /// The glossary at `path` in the given languages, read to be matched: the Indonesian
    /// morphology its terms are compiled with loads while the file is read; the file's warnings
    /// go to `warning`.
    package static func readForMatching(
        path: String, sourceLanguage: String, targetLanguage: String, warning: (Diagnostic) -> Void
    ) throws -> Glossary {
        IndonesianLemmatizer.preload()
        let reading = try read(path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        reading.diagnostics.forEach(warning)
        return reading.glossary
    }
}
