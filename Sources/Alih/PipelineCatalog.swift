import AlihCore
import AlihFormats
import AlihStages
import Foundation

/// Finds a pipeline definition by name or path.
///
/// A path (anything with a `/` or ending in `.yaml`/`.yml`) is read as it is. A name is looked
/// up as `Pipelines/NAME.yaml` under the working directory first, so that edits to the
/// project's pipeline files take effect, then among the built-in definitions.
public struct PipelineCatalog: Sendable {
    public static let defaultName = PipelineDefinition.newsArticle.name

    public var workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    /// A definition found in the catalog, with the warnings its file gave.
    public struct Entry: Sendable {
        public var definition: PipelineDefinition
        /// Warnings about the file (unknown keys, say). Errors are thrown.
        public var warnings: [Diagnostic]
    }

    /// The definition for `nameOrPath` (the default pipeline when nil) and warnings about it.
    public func resolve(_ nameOrPath: String?) throws -> Entry {
        let request = nameOrPath ?? Self.defaultName
        let isPath = request.contains("/") || request.hasSuffix(".yaml") || request.hasSuffix(".yml")
        if isPath {
            return try load(path: request)
        }
        let local = "Pipelines/\(request).yaml"
        if FileManager.default.fileExists(atPath: (workingDirectory as NSString).appendingPathComponent(local)) {
            return try load(path: local)
        }
        if let builtIn = PipelineDefinition.builtIn[request] { return Entry(definition: builtIn, warnings: []) }
        let known = PipelineDefinition.builtIn.keys.sorted().joined(separator: ", ")
        throw DiagnosticError(
            code: "pipeline.not-found", "no pipeline named '\(request)'",
            hint: "use a built-in name (\(known)), a file in ./Pipelines, or a path to a .yaml file")
    }

    /// The pipeline `nameOrPath` (see `resolve`) compiled, with `sourceLanguage` and
    /// `targetLanguage` in place of the definition's when given, and the glossary at
    /// `glossaryPath` read in the pipeline's languages; warnings about the definition, then
    /// about the glossary, go to `warning`.
    public func compile(
        _ nameOrPath: String?, sourceLanguage: String? = nil, targetLanguage: String? = nil,
        glossaryPath: String? = nil, skippedTerms: [String] = [], repairMojibake: Bool = false,
        warning: (Diagnostic) -> Void = { _ in }
    ) throws -> ArticlePipeline {
        // The morphology a glossary is compiled with loads while the pipeline and glossary are read.
        if glossaryPath != nil { IndonesianLemmatizer.preload() }
        let entry = try resolve(nameOrPath)
        var definition = entry.definition
        if let sourceLanguage { definition.sourceLanguage = sourceLanguage }
        if let targetLanguage { definition.targetLanguage = targetLanguage }
        if repairMojibake { definition.normalization.repairMojibake = true }
        entry.warnings.forEach(warning)
        let glossary = try glossaryPath.map {
            try GlossaryFile.readForMatching(
                path: $0, sourceLanguage: definition.sourceLanguage, targetLanguage: definition.targetLanguage,
                warning: warning)
        }
        return try ArticlePipeline(definition: definition, glossary: glossary, skippedTerms: skippedTerms)
    }

    /// A problem in a pipeline definition's content (as opposed to a file that cannot be found
    /// or read): what `check` reports.
    public struct DefinitionProblem: Error, Sendable {
        public var error: DiagnosticError
    }

    /// Validates the pipeline `nameOrPath`: resolves it (warnings go to `warning`) and compiles
    /// it, so its patterns are checked too. A definition that is wrong throws a
    /// `DefinitionProblem`; one that cannot be found or read, its `DiagnosticError`.
    public func check(_ nameOrPath: String, warning: (Diagnostic) -> Void = { _ in }) throws -> PipelineDefinition {
        do {
            let entry = try resolve(nameOrPath)
            entry.warnings.forEach(warning)
            _ = try ArticlePipeline(definition: entry.definition)
            return entry.definition
        } catch let error as DiagnosticError
            where !error.diagnostic.code.hasPrefix("pipeline.unreadable")
            && error.diagnostic.code != "pipeline.not-found"
        {
            throw DefinitionProblem(error: error)
        }
    }

    /// The line for a definition `check` passed, asked for as `nameOrPath`:
    /// `news-article: ok (pipeline news-article, version 1, 12 boilerplate rules)`.
    public static func summary(of definition: PipelineDefinition, checkedAs nameOrPath: String) -> String {
        "\(nameOrPath): ok (pipeline \(definition.name), version \(definition.version), "
            + "\(definition.boilerplate.rules.count) boilerplate rules)"
    }

    /// Reads and parses the pipeline file at `path` (relative to the working directory).
    public func load(path: String) throws -> Entry {
        let full = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw DiagnosticError(
                code: "pipeline.unreadable", "cannot read pipeline file \(path)",
                at: SourceLocation(file: path),
                hint: "check the path; built-in pipelines are news-article and plain-text")
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(
                code: "pipeline.encoding", "pipeline file \(path) is not UTF-8", at: SourceLocation(file: path))
        }
        let (definition, warnings) = try PipelineFile(path: path).parse(yaml)
        return Entry(definition: definition, warnings: warnings)
    }
}
