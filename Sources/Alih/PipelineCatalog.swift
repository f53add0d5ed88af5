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
        /// The files the definition was read from (its own, then those it extends); none for a
        /// built-in one.
        package var files: [String] = []
    }

    /// The definition for `nameOrPath` (the default pipeline when nil) and warnings about it.
    public func resolve(_ nameOrPath: String?) throws -> Entry {
        try resolve(nameOrPath, extending: [])
    }

    /// Pipelines one file may extend through others (`a` extends `b` extends `c` …).
    static let extendsDepth = 8

    /// `resolve`, from a file that the pipelines of `chain` extend (in order: the first asked for).
    private func resolve(_ nameOrPath: String?, extending chain: [String]) throws -> Entry {
        let request = nameOrPath ?? Self.defaultName
        let isPath = request.contains("/") || request.hasSuffix(".yaml") || request.hasSuffix(".yml")
        if isPath {
            return try load(path: request, extending: chain)
        }
        let local = "Pipelines/\(request).yaml"
        if FileManager.default.fileExists(atPath: (workingDirectory as NSString).appendingPathComponent(local)) {
            return try load(path: local, extending: chain)
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
        var pipeline = try ArticlePipeline(definition: definition, glossary: glossary, skippedTerms: skippedTerms)
        pipeline.definitionFiles = entry.files
        return pipeline
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

    /// Reads and parses the pipeline file at `path` (relative to the working directory); the
    /// pipeline its `extends` names is resolved as `resolve` resolves a name or path.
    public func load(path: String) throws -> Entry { try load(path: path, extending: []) }

    private func load(path: String, extending chain: [String]) throws -> Entry {
        let full = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw DiagnosticError(
                code: "pipeline.unreadable", "cannot read pipeline file \(path)",
                at: SourceLocation(file: path),
                hint: "check the path; the built-in pipelines are "
                    + PipelineDefinition.builtIn.keys.sorted().joined(separator: ", "))
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(
                code: "pipeline.encoding", "pipeline file \(path) is not UTF-8", at: SourceLocation(file: path))
        }
        let chain = chain + [path]
        var baseWarnings: [Diagnostic] = []
        var baseFiles: [String] = []
        let (definition, warnings) = try PipelineFile(path: path).parse(yaml) { name, at throws(DiagnosticError) in
            guard !chain.contains(where: { $0 == name || $0 == "Pipelines/\(name).yaml" }) else {
                throw DiagnosticError(
                    code: "pipeline.extends",
                    "pipeline '\(name)' extends itself, through \(chain.joined(separator: " → "))",
                    at: at, hint: "make the last pipeline of the chain extend a built-in one, or none")
            }
            guard chain.count < Self.extendsDepth else {
                throw DiagnosticError(
                    code: "pipeline.extends",
                    "more than \(Self.extendsDepth) pipelines extend each other: \(chain.joined(separator: " → "))",
                    at: at, hint: "extend the base pipeline directly")
            }
            do {
                let base = try resolve(name, extending: chain)
                baseWarnings = base.warnings
                baseFiles = base.files
                return base.definition
            } catch let error as DiagnosticError {
                var diagnostic = error.diagnostic
                diagnostic.message = "the pipeline it extends, '\(name)': \(diagnostic.message)"
                diagnostic.location = diagnostic.location ?? at
                throw DiagnosticError(diagnostic)
            } catch {
                throw DiagnosticError(code: "pipeline.extends", "the pipeline it extends, '\(name)': \(error)", at: at)
            }
        }
        return Entry(definition: definition, warnings: baseWarnings + warnings, files: [full] + baseFiles)
    }
}
