/// What an extraction sent out, written into the XLIFF so that a reimport can check the file
/// that comes back against it (same pipeline, same source text).
public struct ExtractionRecord: Sendable, Equatable, Codable {
    /// The Alih version that wrote the file.
    public var toolVersion: String
    public var pipelineName: String
    public var pipelineVersion: Int
    /// Checksum of the pipeline definition's content.
    public var pipelineChecksum: String
    /// Checksum of the normalized article text.
    public var sourceChecksum: String
    public var sourceEncoding: TextOrigin.Encoding
    public var sourceHadByteOrderMark: Bool
    public var sourceLanguage: String
    public var targetLanguage: String
    /// Whether boilerplate blocks were left out of the file.
    public var droppedBoilerplate: Bool

    public init(
        toolVersion: String, pipelineName: String, pipelineVersion: Int, pipelineChecksum: String,
        sourceChecksum: String, sourceEncoding: TextOrigin.Encoding, sourceHadByteOrderMark: Bool,
        sourceLanguage: String, targetLanguage: String, droppedBoilerplate: Bool
    ) {
        self.toolVersion = toolVersion
        self.pipelineName = pipelineName
        self.pipelineVersion = pipelineVersion
        self.pipelineChecksum = pipelineChecksum
        self.sourceChecksum = sourceChecksum
        self.sourceEncoding = sourceEncoding
        self.sourceHadByteOrderMark = sourceHadByteOrderMark
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.droppedBoilerplate = droppedBoilerplate
    }

    /// The record as ordered key–value pairs, the form both XLIFF writers store.
    public var fields: [(key: String, value: String)] {
        [
            ("tool-version", toolVersion),
            ("pipeline", pipelineName),
            ("pipeline-version", String(pipelineVersion)),
            ("pipeline-checksum", pipelineChecksum),
            ("source-checksum", sourceChecksum),
            ("source-encoding", sourceEncoding.rawValue),
            ("source-bom", sourceHadByteOrderMark ? "yes" : "no"),
            ("source-language", sourceLanguage),
            ("target-language", targetLanguage),
            ("boilerplate", droppedBoilerplate ? "dropped" : "kept"),
        ]
    }
}

/// The version of Alih, written into every file it makes.
public enum AlihVersion {
    public static let current = "0.1.0"
}
