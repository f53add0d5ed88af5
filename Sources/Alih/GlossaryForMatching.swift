import AlihCore
import AlihFormats
import AlihStages

extension GlossaryFile {
    /// The glossary at `path` in the given languages, read to be matched: the Indonesian
    /// morphology its terms are compiled with loads while the file is read; the file's warnings
    /// go to `warning`. It knows its `origin`, which an extraction records.
    package static func readForMatching(
        path: String, sourceLanguage: String, targetLanguage: String, warning: (Diagnostic) -> Void
    ) throws -> Glossary {
        IndonesianLemmatizer.preload()
        let bytes = try contents(of: path)
        let reading = try decode(
            bytes, path: path, format: try GlossaryFileFormat(path: path), sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage)
        try requireEveryRow(of: reading, path: path)
        reading.diagnostics.forEach(warning)
        var glossary = reading.glossary
        glossary.origin = GlossaryOrigin(path: path, checksum: SHA256.checksum(bytes: bytes))
        return glossary
    }
}
