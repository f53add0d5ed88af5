/// One step of a pipeline: takes the document as the previous steps left it and refines it.
///
/// Stages are values configured once (from a `PipelineDefinition`) and safe to share between
/// threads. They report what they noticed as diagnostics and throw only when the document
/// cannot go on.
package protocol Stage: Sendable {
    /// A short name for reports (`normalize`, `segment`, …).
    var name: String { get }

    /// Runs the stage on `document`.
    func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws
}
