import AlihCore
import AlihMemory
import AlihStages

extension TranslationMemory {
    /// The Alih translation memory at `path` (created when missing), its fuzzy index without
    /// Indonesian stop words; a file that will not open is a `tm.open` error naming it.
    public static func open(path: String) throws -> TranslationMemory {
        do {
            return try TranslationMemory(path: path, indexStopWords: IndonesianStopWords.words)
        } catch {
            throw DiagnosticError(
                code: "tm.open", error.description, at: SourceLocation(file: path),
                hint: "check that the file is an Alih translation memory and its folder is writable")
        }
    }
}
