import AlihCore
import AlihFormats
import AlihMemory
import AlihStages

/// How to turn an article into XLIFF: the choices a user makes on the command line.
public struct ExtractionOptions: Sendable, Equatable {
    public var xliffVersion: XLIFFVersion
    public var sourceLanguage: String
    public var targetLanguage: String
    public var dropBoilerplate: Bool
    public var prefillTargets: Bool
    /// Wrap glossary terms in `<mrk type="term">` (XLIFF 2.1 with a glossary).
    public var markTerms: Bool
    /// Fuzzy matches from a translation memory at or above this similarity (0–1).
    public var fuzzyThreshold: Double = 0.75

    public init(
        xliffVersion: XLIFFVersion = .v2_1, sourceLanguage: String = "id", targetLanguage: String = "en",
        dropBoilerplate: Bool = false, prefillTargets: Bool = false, markTerms: Bool = true
    ) {
        self.xliffVersion = xliffVersion
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.dropBoilerplate = dropBoilerplate
        self.prefillTargets = prefillTargets
        self.markTerms = markTerms
    }

    /// The options a pipeline definition asks for, with the caller's choices on top:
    /// `xliffVersion` in place of the definition's when given, targets prefilled when either
    /// the caller or the definition asks for it.
    public init(
        definition: PipelineDefinition, xliffVersion: XLIFFVersion? = nil, dropBoilerplate: Bool = false,
        prefillTargets: Bool = false, markTerms: Bool = true, fuzzyThreshold: Double = 0.75
    ) {
        self.init(
            xliffVersion: xliffVersion ?? definition.xliff.version, sourceLanguage: definition.sourceLanguage,
            targetLanguage: definition.targetLanguage, dropBoilerplate: dropBoilerplate,
            prefillTargets: prefillTargets || definition.xliff.prefillTargets, markTerms: markTerms)
        self.fuzzyThreshold = fuzzyThreshold
    }
}

extension XLIFFWriterOptions {
    /// What the XLIFF writers need of `options`, with the extraction's `record` and the
    /// `glossary` the terms point into (named by its file name, without folders).
    init(_ options: ExtractionOptions, record: ExtractionRecord, glossary: Glossary?) {
        self.init(
            sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage,
            dropBoilerplate: options.dropBoilerplate, prefillTargets: options.prefillTargets, record: record,
            glossary: glossary.map {
                var named = $0
                named.name = $0.name.fileName
                return named
            },
            markTerms: options.markTerms)
    }
}

/// The result of extracting one article: the XLIFF text and what was done.
public struct Extraction: Sendable {
    public var xliff: String
    public var report: ExtractionReport
    public var document: Document
}

/// The result of extracting one article whose XLIFF was handed on as it was written: what
/// was done, and the document the XLIFF was written from.
public struct StreamedExtraction: Sendable {
    public var report: ExtractionReport
    public var document: Document
}

extension ArticlePipeline {
    /// Runs the pipeline on one article and writes the XLIFF; with a `memory`, its exact matches
    /// prefill targets and its fuzzy matches are offered as candidates.
    public func extract(_ bytes: [UInt8], name: String, options: ExtractionOptions, memory: TranslationMemory? = nil)
        throws -> Extraction
    {
        var xliff = ""
        let streamed = try extract(bytes, name: name, options: options, memory: memory) { xliff += $0 }
        return Extraction(xliff: xliff, report: streamed.report, document: streamed.document)
    }

    /// `extract`, handing the XLIFF to `emit` in pieces as it is written (to a file, say) rather
    /// than keeping it whole in memory.
    public func extract(
        _ bytes: consuming [UInt8], name: String, options: ExtractionOptions, memory: TranslationMemory? = nil,
        writingTo emit: (String) throws -> Void
    ) throws -> StreamedExtraction {
        try extract(
            bytes, name: name, options: options, memory: memory,
            writingUTF8To: { try emit(String(decoding: $0, as: UTF8.self)) })
    }

    /// The same, with the pieces as UTF-8 bytes (for a file: no String is made of them).
    public func extract(
        _ bytes: consuming [UInt8], name: String, options: ExtractionOptions, memory: TranslationMemory? = nil,
        writingUTF8To emit: ([UInt8]) throws -> Void
    ) throws -> StreamedExtraction {
        // A large text's checksum is taken on a thread of its own while the stages run.
        var sourceChecksum: BackgroundValue<String>? = nil
        var (document, diagnostics) = try process(consume bytes, name: name) { document in
            guard document.text.utf8.count >= Self.backgroundChecksumBytes else { return }
            let text = document.text
            sourceChecksum = BackgroundValue { SHA256.checksum(text) }
        }
        if options.dropBoilerplate && document.origin.pageChecksum != nil {
            throw DiagnosticError(
                code: "input.html-drop-boilerplate",
                "\(name.fileName) is an HTML page: its chrome stays in the page, and the reimport needs every paragraph "
                    + "the file was made from, chrome included",
                at: SourceLocation(file: name),
                hint: "leave out --drop-boilerplate: chrome paragraphs go to the CAT tool as translate=\"no\" units "
                    + "(locked), and come back as they were")
        }
        var analysis: LeverageAnalysis? = nil
        if let memory {
            analysis = try leverage(
                &document, memory: memory, sourceLanguage: options.sourceLanguage,
                targetLanguage: options.targetLanguage, threshold: options.fuzzyThreshold)
        }
        var record = ExtractionRecord(
            toolVersion: AlihVersion.current, pipelineName: definition.name, pipelineVersion: definition.version,
            pipelineChecksum: definitionChecksum,
            sourceChecksum: sourceChecksum?.value ?? SHA256.checksum(document.text),
            sourceEncoding: document.origin.encoding, sourceHadByteOrderMark: document.origin.hadByteOrderMark,
            sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage,
            droppedBoilerplate: options.dropBoilerplate,
            unitIDsChecksum: ExtractionRecord.unitIDsChecksum(
                document.blocks.lazy.filter { !options.dropBoilerplate || !$0.isChrome }.map(\.id)))
        record.skippedTerms = skippedTerms
        record.glossary = glossary?.origin
        record.pageChecksum = document.origin.pageChecksum
        record.html = definition.html
        record.htmlLayout = document.origin.pageLayout
        if record.pageChecksum != nil, !name.hasPrefix("/"), name != "stdin", name != "-" { record.pagePath = name }
        let writerOptions = XLIFFWriterOptions(options, record: record, glossary: glossary)
        switch options.xliffVersion {
        case .v2_1: try XLIFF2Writer(options: writerOptions).write(document, toUTF8: emit)
        case .v1_2: try XLIFF12Writer(options: writerOptions).write(document, toUTF8: emit)
        }
        var report = ExtractionReport(
            document: document, options: options, pipeline: definition, glossary: glossary, diagnostics: diagnostics)
        report.leverage = analysis
        return StreamedExtraction(report: report, document: document)
    }

    /// Texts from this size on are checksummed on a thread of their own (starting one costs
    /// more than hashing an article).
    static let backgroundChecksumBytes = 1 << 20

    /// The entries of the glossary that matched in `document` (for `--emit-tbx`), in glossary order.
    public func matchedEntries(in document: Document) -> Glossary? {
        guard var subset = glossary else { return nil }
        let used = Set(document.blocks.flatMap { $0.segments.flatMap { $0.terms.map(\.entryIndex) } })
        subset.entries = subset.entries.enumerated().filter { used.contains($0.offset) }.map(\.element)
        return subset
    }
}
