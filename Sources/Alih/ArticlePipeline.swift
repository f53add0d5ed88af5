import AlihCore
import AlihFormats
import AlihStages

/// A pipeline definition compiled into its stages, ready to process any number of articles.
///
/// Build it once (patterns are checked, ICU is opened once to fail early) and share it: it is
/// a value and safe to use from several threads.
public struct ArticlePipeline: Sendable {
    public let definition: PipelineDefinition
    /// `definition.checksum`, taken once (it encodes the whole definition as JSON, too much to
    /// do per article).
    package let definitionChecksum: String
    /// The glossary whose terms are recognised, if any (without the skipped entries).
    public let glossary: Glossary?
    /// How articles are read; nil: as the definition says, or by each file's extension
    /// (`InputFormat.of`).
    public var inputFormat: InputFormat?
    /// The pipeline files the definition was read from (none for a built-in one): inputs no
    /// output may be written over.
    package var definitionFiles: [String] = []
    /// The glossary entries left out for the articles this pipeline processes, by source term
    /// (recorded in each XLIFF, so that its QA leaves them out too).
    public let skippedTerms: [String]
    /// The compiled glossary, shared by every article this pipeline processes (nil without a
    /// glossary, or if it could not be compiled: extracting then throws why). Reading it waits
    /// for the compilation.
    package var matcher: GlossaryMatcher? { try? compiledGlossary?.value.get() }
    /// The glossary being compiled on a thread of its own: a large article is read, cleaned and
    /// segmented meanwhile, and the glossary stage waits for it.
    private let compiledGlossary: BackgroundValue<Result<GlossaryMatcher, any Error>>?
    /// The first step: decoding and normalizing (`read`).
    private let normalizer: TextNormalizer
    /// The definition's page chrome and content selectors (`HTMLOptions`), read once.
    private let chromeSelectors: [HTMLSelector]
    private let contentSelectors: [HTMLSelector]
    /// The version of the generic rules pages are laid out by (`HTMLArticleText.layoutVersion`;
    /// an earlier one only to make a file as an earlier Alih made it).
    package var pageLayout = HTMLArticleText.layoutVersion
    /// The stages after it, in order: paragraphs, boilerplate, repeated paragraphs, segments,
    /// glossary terms, inline codes.
    private let stages: [any Stage]

    /// Compiles `definition`; with a `glossary`, also the glossary stage (which needs the
    /// Indonesian Hunspell dictionary, `hunspell-id`), without the entries whose source term is
    /// in `skippedTerms` (a term no entry has is an error: a typo would silence nothing).
    public init(definition: PipelineDefinition, glossary: Glossary? = nil, skippedTerms: [String] = []) throws {
        self.definition = definition
        definitionChecksum = definition.checksum
        var glossary = glossary
        if !skippedTerms.isEmpty {
            guard let full = glossary else {
                throw DiagnosticError(
                    code: "glossary.skip", "terms to skip were given without a glossary",
                    hint: "give the glossary with -g, or leave out --skip-term")
            }
            glossary = try full.skippingEach(skippedTerms)
        }
        self.glossary = glossary
        self.skippedTerms = skippedTerms
        normalizer = TextNormalizer(options: definition.normalization)
        do {
            chromeSelectors = try (definition.html?.chrome ?? []).map(HTMLSelector.init)
            contentSelectors = try (definition.html?.content ?? []).map(HTMLSelector.init)
        } catch {
            throw DiagnosticError(
                code: "pipeline.value", "pipeline \(definition.name): \(error.message)",
                hint: "write one element as name.class#id[attr=value]")
        }
        // The glossary starts compiling first, while the other stages are made.
        let locale = definition.sourceLanguage
        let compiled = glossary.map { glossary in
            BackgroundValue {
                Result { try GlossaryMatcher.withInstalledMorphology(glossary: glossary, locale: locale) }
            }
        }
        var stages: [any Stage] = [ParagraphSplitter()]
        if !definition.boilerplate.rules.isEmpty {
            stages.append(try BoilerplateDetector(options: definition.boilerplate))
        }
        if definition.boilerplate.repeatedParagraphs { stages.append(RepeatedParagraphDetector()) }
        stages.append(
            try SentenceSegmenter(options: definition.segmentation, sourceLanguage: definition.sourceLanguage))
        if let compiled {
            // A missing dictionary is reported now; loading it and compiling go on meanwhile.
            try IndonesianLemmatizer.checkRequired()
            stages.append(CompiledGlossaryStage(compiled: compiled))
        }
        stages.append(InlineCodePlacement())
        compiledGlossary = compiled
        self.stages = stages
    }

    /// How the article `name` is read: `inputFormat`, the definition's, or by its extension.
    func format(of name: String) -> InputFormat { inputFormat ?? definition.inputFormat ?? InputFormat.of(name) }

    /// Decodes, normalizes, finds blocks and boilerplate, and segments one article.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - name: the file name written into the XLIFF (folders are stripped).
    ///
    /// The bytes are released once decoded (pass them with `consume` to let a large article's
    /// bytes go before the stages run).
    package func process(_ bytes: consuming [UInt8], name: String) throws -> (Document, [Diagnostic]) {
        try process(consume bytes, name: name) { _ in }
    }

    /// The pipeline's first step: the article's bytes decoded and normalized into a document
    /// whose text is final (the stages after it only find blocks and segments in it).
    ///
    /// UTF-8 goes to the normalizer as bytes once checked, so the raw text is never made into a
    /// String of its own (a serial pass and a copy of the whole input); UTF-16 is decoded first.
    ///
    /// Mojibake (`MojibakeScanner`) is looked for in the decoded text before it is normalized:
    /// repaired when the pipeline says so (a change in the report), otherwise reported.
    ///
    /// An HTML page (`format(of:)`) is read as its article's text first: title and blocks,
    /// one paragraph each, without scripts, styles and page chrome (each element of chrome a
    /// note); its inline markup becomes the document's inline codes.
    func read(_ bytes: consuming [UInt8], name: String, diagnostics: inout [Diagnostic]) throws -> Document {
        guard format(of: name) == .html else { return try readText(bytes, name: name, diagnostics: &diagnostics) }
        let page = try HTMLArticleText.read(
            bytes, name: name, chrome: chromeSelectors, content: contentSelectors, layout: pageLayout)
        diagnostics += page.diagnostics(name: name)
        var document = try readText(Array(page.text.utf8), name: name, diagnostics: &diagnostics)
        document.takeCodeMarkers(markup: page.markup.map { ($0.name, $0.data) })
        document.origin.byteCount = bytes.count
        document.origin.pageChecksum = SHA256.checksum(bytes: bytes)
        document.origin.pageLayout = pageLayout
        document.origin.attributeOwners = page.attributeOwners
        return document
    }

    /// `read` of text: decoded, mojibake looked for, normalized.
    private func readText(_ bytes: consuming [UInt8], name: String, diagnostics: inout [Diagnostic]) throws
        -> Document
    {
        let repair = normalizer.options.repairMojibake
        if let origin = try TextDecoder().checkUTF8(bytes, name: name) {
            var start = origin.hadByteOrderMark ? 3 : 0
            var mojibake = NormalizationReport()
            let findings = bytes.withUnsafeBufferPointer { all in
                let text = UnsafeBufferPointer(rebasing: all[start...])
                let findings = MojibakeScanner.findings(in: text)
                MojibakeScanner.report(findings, in: text, repaired: repair, into: &mojibake)
                return findings
            }
            if repair && !findings.isEmpty {
                bytes = bytes.withUnsafeBufferPointer {
                    MojibakeScanner.repaired(UnsafeBufferPointer(rebasing: $0[start...]), findings)
                }
                start = 0
            }
            var (text, report) = try normalizer.normalize(utf8: consume bytes, from: start)
            report.include(mojibake)
            var document = Document(sourceName: name.fileName, text: text, origin: origin)
            document.normalization = report
            return document
        }
        var (text, origin) = try TextDecoder().decode(bytes, name: name)
        _ = consume bytes
        var mojibake = NormalizationReport()
        text.makeContiguousUTF8()
        let findings = text.utf8.withContiguousStorageIfAvailable { utf8 in
            let findings = MojibakeScanner.findings(in: utf8)
            MojibakeScanner.report(findings, in: utf8, repaired: repair, into: &mojibake)
            return repair && !findings.isEmpty ? MojibakeScanner.repaired(utf8, findings) : nil
        }
        if let repaired = findings ?? nil { text = String(decoding: repaired, as: UTF8.self) }
        var document = Document(sourceName: name.fileName, text: consume text, origin: origin)
        try normalizer.run(on: &document, diagnostics: &diagnostics)
        document.normalization.include(mojibake)
        return document
    }

    /// `process`, calling `normalized` with the document as soon as its text is final (after
    /// the normalize stage; the stages after it only find blocks and segments in the text), so
    /// that work on the text alone can start while they run.
    func process(_ bytes: consuming [UInt8], name: String, normalized: (Document) -> Void) throws -> (
        Document, [Diagnostic]
    ) {
        var diagnostics: [Diagnostic] = []
        var document = try read(consume bytes, name: name, diagnostics: &diagnostics)
        normalized(document)
        for stage in stages {
            try stage.run(on: &document, diagnostics: &diagnostics)
        }
        guard !document.blocks.isEmpty else {
            throw DiagnosticError(
                code: "input.empty", "there is no text to translate in \(name)",
                at: SourceLocation(file: name),
                hint: "check that this is the article you meant (the file is empty or only whitespace)")
        }
        return (document, diagnostics)
    }
}

/// The glossary stage of a pipeline whose glossary is compiled on a thread of its own: it waits
/// for the compiled glossary (or throws why it could not be compiled), then finds the terms
/// (`TermRecognizer`).
struct CompiledGlossaryStage: Stage {
    let compiled: BackgroundValue<Result<GlossaryMatcher, any Error>>
    var name: String { "glossary" }

    func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        try TermRecognizer(matcher: compiled.value.get()).run(on: &document, diagnostics: &diagnostics)
    }
}
