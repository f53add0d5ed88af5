import AlihCore
import AlihFormats

/// A glossary file read and checked: the library entry point of `alih glossary check` and
/// `alih glossary convert`.
///
/// A failure says whose fault it is: the file could not be opened or written (`file`), or the
/// glossary in it is the problem (`content`), which is what a check reports.
public struct GlossaryReview: Sendable {
    /// Why a glossary could not be read or written.
    public enum Failure: Error, Sendable {
        /// The file could not be opened at all, or the output could not be written.
        case file(DiagnosticError)
        /// The file was opened, but its content is not a glossary the format can hold.
        case content(DiagnosticError)

        /// The error, whichever kind.
        public var error: DiagnosticError {
            switch self {
            case .file(let error), .content(let error): error
            }
        }
    }

    /// Codes of failures to open the file at all; any other failure to read is in its content.
    static let fileErrors: Set<String> = [
        "glossary.not-found", "glossary.directory", "glossary.unreadable", "glossary.format",
    ]

    public var reading: GlossaryReading
    /// What `GlossaryChecker` finds, in order.
    public var diagnostics: [Diagnostic]
    public var summary: GlossaryChecker.Summary

    /// Reads and checks the glossary at `path`; `sourceLanguage` and `targetLanguage` as for
    /// `GlossaryFile.load`.
    public init(path: String, sourceLanguage: String? = nil, targetLanguage: String? = nil) throws(Failure) {
        do {
            reading = try GlossaryFile.read(
                path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, allRows: true)
        } catch {
            throw Self.fileErrors.contains(error.diagnostic.code) ? .file(error) : .content(error)
        }
        diagnostics = GlossaryChecker().check(reading)
        summary = GlossaryChecker.Summary(glossary: reading.glossary, diagnostics: diagnostics)
    }

    /// Writes the glossary to `output` in `format`, with the languages given in place of the
    /// file's; what the format cannot hold is a `content` failure, a failed write a `file` one.
    public func write(
        to output: String, format: GlossaryFileFormat, sourceLanguage: String? = nil, targetLanguage: String? = nil
    ) throws(Failure) {
        var glossary = reading.glossary
        if let sourceLanguage { glossary.sourceLanguage = sourceLanguage }
        if let targetLanguage { glossary.targetLanguage = targetLanguage }
        do { try GlossaryFile.write(glossary, to: output, format: format) } catch {
            throw error.diagnostic.code == "output.write" ? .file(error) : .content(error)
        }
    }
}
