import Foundation

/// What an extraction sent out, written into the XLIFF so that a reimport can check the file
/// that comes back against it (same pipeline, same source text).
@usableFromInline
package struct ExtractionRecord: Sendable, Equatable, Codable {
    /// The Alih version that wrote the file.
    package var toolVersion: String
    package var pipelineName: String
    package var pipelineVersion: Int
    /// Checksum of the pipeline definition's content.
    package var pipelineChecksum: String
    /// Checksum of the normalized article text.
    package var sourceChecksum: String
    package var sourceEncoding: TextOrigin.Encoding
    package var sourceHadByteOrderMark: Bool
    package var sourceLanguage: String
    package var targetLanguage: String
    /// Whether boilerplate blocks were left out of the file.
    package var droppedBoilerplate: Bool
    /// Checksum of the ids of the units written, in order (`unitIDsChecksum(_:)`): a reimport
    /// refuses a file whose units are not the ones sent out, even with boilerplate dropped.
    package var unitIDsChecksum: String?
    /// Glossary entries left out for this article (`--skip-term`), by source term: the QA of
    /// the file that comes back leaves them out too.
    package var skippedTerms: [String] = []
    /// The glossary terms were recognised with, if any: the QA of the file that comes back
    /// checks terminology against it when no glossary is given (`glossary` is its file name,
    /// `glossary-checksum` its bytes', `glossary-path` the path given, when relative: as a page's,
    /// absolute paths are not recorded).
    package var glossary: GlossaryOrigin?
    /// For an HTML page: the checksum of its bytes (`TextOrigin.pageChecksum`). The file is then
    /// merged back into that page, and `input-format` says `html`.
    package var pageChecksum: String?
    /// For an HTML page: the pipeline's selectors of chrome and content (`HTMLOptions`), which
    /// the reimport needs to read the page as extraction did.
    package var html: HTMLOptions?
    /// For an HTML page: the version of the generic rules that laid it out
    /// (`HTMLArticleText.layoutVersion`); a file without it was laid out by version 1.
    package var htmlLayout: Int?
    /// For an HTML page given by a relative path: that path, as a reimport's second place to look
    /// for the page (after the XLIFF's folder). Absolute paths are not recorded: the file goes to
    /// translators.
    package var pagePath: String?

    package init(
        toolVersion: String, pipelineName: String, pipelineVersion: Int, pipelineChecksum: String,
        sourceChecksum: String, sourceEncoding: TextOrigin.Encoding, sourceHadByteOrderMark: Bool,
        sourceLanguage: String, targetLanguage: String, droppedBoilerplate: Bool, unitIDsChecksum: String? = nil
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
        self.unitIDsChecksum = unitIDsChecksum
    }

    /// The checksum of a sequence of unit ids, as `unitIDsChecksum` holds it.
    ///
    /// Inlinable so that it is specialized for the caller's sequence (a lazy filter and map over
    /// a large document's blocks went through generic witnesses and metadata lookups per id).
    @inlinable
    package static func unitIDsChecksum(_ ids: some Sequence<String>) -> String {
        var hash = SHA256()
        // The ids are gathered into 64 KB runs: hashing 400,000 ids of a few bytes one by one
        // cost more than the bytes themselves.
        var run: [UInt8] = []
        run.reserveCapacity(1 << 16)
        for id in ids {
            run.append(contentsOf: id.utf8)
            run.append(UInt8(ascii: "\n"))
            if run.count >= 1 << 16 {
                hash.update(run)
                run.removeAll(keepingCapacity: true)
            }
        }
        hash.update(run)
        return hash.finalizeChecksum()
    }

    /// The record as ordered key–value pairs, the form both XLIFF writers store.
    package var fields: [(key: String, value: String)] {
        var fields: [(key: String, value: String)] = [
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
        if let unitIDsChecksum { fields.append(("unit-ids", unitIDsChecksum)) }
        if let glossary {
            fields.append(("glossary", glossary.fileName))
            fields.append(("glossary-checksum", glossary.checksum))
            if !glossary.path.hasPrefix("/") { fields.append(("glossary-path", glossary.path)) }
        }
        if !skippedTerms.isEmpty { fields.append(("skipped-terms", Glossary.skipListField(skippedTerms))) }
        if let pageChecksum {
            fields.append(("input-format", "html"))
            fields.append(("page-checksum", pageChecksum))
            if let pagePath { fields.append(("page-path", pagePath)) }
            if let htmlLayout { fields.append(("html-layout", String(htmlLayout))) }
            if let html, !html.chrome.isEmpty { fields.append(("html-chrome", Self.list(html.chrome))) }
            if let html, !html.content.isEmpty { fields.append(("html-content", Self.list(html.content))) }
        }
        return fields
    }

    /// A list of selectors as a record field: a JSON array.
    static func list(_ items: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(items)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The selectors of an `html-chrome` or `html-content` field (none when it is missing or not
    /// a JSON array of strings).
    package static func selectors(field: String?) -> [String] {
        guard let field, let list = try? JSONDecoder().decode([String].self, from: Data(field.utf8)) else { return [] }
        return list
    }
}

/// The version of Alih, written into every file it makes.
package enum AlihVersion {
    package static let current = "0.1.0"
}
