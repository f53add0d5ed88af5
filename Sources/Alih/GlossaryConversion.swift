import AlihCore
import AlihFormats

/// A glossary file converted to another format, or left unwritten because it has errors: the
/// library entry point of `alih glossary convert`.
public struct GlossaryConversion: Sendable {
    /// The glossary read and checked.
    public var review: GlossaryReview
    public var input: String
    public var output: String
    /// The output's format, from its extension.
    public var format: GlossaryFileFormat

    /// Whether the output was written: not when the glossary has errors.
    public var written: Bool { review.summary.errors == 0 }

    /// What was written, or why nothing was.
    public var summary: String {
        written
            ? "wrote \(output) (\(format.rawValue.uppercased())): \(review.summary)"
            : "\(input): \(review.summary)\n  not written: fix the errors first (alih glossary check \(input))"
    }

    /// Reads and checks the glossary at `input`, then writes it to `output` in the format its
    /// extension names, with the languages given in place of the file's (as for
    /// `GlossaryReview.write`), unless it has errors. The check's findings go to `diagnostic`
    /// before anything is written; failures are `GlossaryReview.Failure`s.
    public init(
        _ input: String, to output: String, sourceLanguage: String? = nil, targetLanguage: String? = nil,
        diagnostic: (Diagnostic) -> Void = { _ in }
    ) throws(GlossaryReview.Failure) {
        do {
            format = try GlossaryFileFormat(path: output)
            try OutputGuard.check(inputs: [("glossary", input)], outputs: [("converted glossary", output)])
        } catch {
            throw .file(error)
        }
        review = try GlossaryReview(path: input, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        self.input = input
        self.output = output
        review.diagnostics.forEach(diagnostic)
        guard written else { return }
        try review.write(to: output, format: format, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
}
