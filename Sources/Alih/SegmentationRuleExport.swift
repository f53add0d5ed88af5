import AlihCore
import AlihFormats
import AlihStages

/// A pipeline's sentence segmentation as rules a CAT tool loads, so that the tool segments as
/// Alih does: the library entry point of `alih srx`.
///
/// The segmenter's abbreviations (with the pipeline's additions and removals), initials and
/// ICU's sentence rules become ordered break and no-break rules (`SegmentationRuleSet`),
/// written as SRX 2.0, the exchange format (Okapi; OmegaT 6.1 and later as
/// `omegat/segmentation.srx`), or as OmegaT's own `segmentation.conf` (OmegaT 3.6 reads only
/// that, in a project's `omegat/` folder). The file's opening comment says what the rules
/// cannot express.
public struct SegmentationRuleExport: Sendable {
    /// The file to write.
    public enum Format: String, Sendable, CaseIterable {
        /// SRX 2.0 (LISA's Segmentation Rules eXchange).
        case srx
        /// OmegaT's `segmentation.conf`.
        case omegat
    }

    package let ruleSet: SegmentationRuleSet
    /// The pipeline files the rules come from (none for a built-in pipeline).
    let pipelineFiles: [String]

    /// The rules of `pipeline`'s segment stage, for its source language.
    public init(pipeline: ArticlePipeline) throws {
        let definition = pipeline.definition
        pipelineFiles = pipeline.definitionFiles
        let segmenter = try SentenceSegmenter(
            options: definition.segmentation, sourceLanguage: definition.sourceLanguage)
        ruleSet = SegmentationRuleSet(
            segmenter: segmenter, options: definition.segmentation, language: definition.sourceLanguage,
            name: "Alih \(definition.name) (\(definition.sourceLanguage))")
    }

    /// Writes `document` (a `document(_:)`) to `path`, atomically; refused, with nothing
    /// written, when `path` is the pipeline's own file (`output.is-input`).
    public func write(_ document: String, to path: String) throws {
        try OutputGuard.check(inputs: pipelineFiles.map { ("pipeline", $0) }, outputs: [("rules file", path)])
        try AtomicFile.write(Array(document.utf8), to: path)
    }

    /// The rules as a file in `format`.
    public func document(_ format: Format) -> String {
        var ruleSet = ruleSet
        switch format {
        case .srx:
            ruleSet.remarks.insert(
                "Written by alih \(AlihVersion.current) (alih srx). OmegaT 6.1 and later read it as "
                    + "PROJECT/omegat/segmentation.srx; OmegaT 3.6 reads no SRX: give it the omegat format of alih srx.",
                at: 0)
            return SRXWriter.document(ruleSet)
        case .omegat:
            ruleSet.remarks.insert(
                "Written by alih \(AlihVersion.current) (alih srx, omegat format). Save it as "
                    + "PROJECT/omegat/segmentation.conf for project-specific segmentation, and keep sentence "
                    + "segmentation on in the project's properties.",
                at: 0)
            return OmegaTSegmentationWriter.document(ruleSet)
        }
    }
}
