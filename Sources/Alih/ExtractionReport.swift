import AlihCore
import AlihStages
import Foundation

/// What `alih extract` did to one article, for the summary line and `--report json`.
public struct ExtractionReport: Sendable, Codable, Equatable {
    /// A boilerplate block: which rule, where, and the start of its text.
    public struct BoilerplateEntry: Sendable, Codable, Equatable {
        public var unit: String
        public var rule: String
        public var line: Int
        public var text: String
        /// Whether it was left out of the XLIFF (`--drop-boilerplate`).
        public var dropped: Bool
    }

    public var source: String
    public var pipeline: String
    public var xliffVersion: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var encoding: String
    public var byteOrderMark: Bool
    public var blocks: Int
    public var translatableBlocks: Int
    public var segments: Int
    /// Words in translatable segments.
    public var words: Int
    public var boilerplate: [BoilerplateEntry]
    /// Glossary terms found in translatable segments, by tier (absent without a glossary).
    public var terms: TermSummary?
    /// What the translation memory offered, in words (absent without a memory).
    public var leverage: LeverageAnalysis?
    public var normalization: NormalizationReport
    public var diagnostics: [Diagnostic]

    /// How many glossary terms were found.
    public struct TermSummary: Sendable, Codable, Equatable {
        public var glossary: String
        public var matches: Int
        public var exact: Int
        public var `case`: Int
        public var inflected: Int
        /// Distinct entries found.
        public var entries: Int
        /// Translatable segments with at least one term.
        public var segmentsWithTerms: Int
    }

    init(
        document: Document, options: ExtractionOptions, pipeline: PipelineDefinition, glossary: Glossary?,
        diagnostics: [Diagnostic]
    ) {
        source = document.sourceName
        self.pipeline = pipeline.name
        xliffVersion = options.xliffVersion.rawValue
        sourceLanguage = options.sourceLanguage
        targetLanguage = options.targetLanguage
        encoding = document.origin.encoding.rawValue
        byteOrderMark = document.origin.hadByteOrderMark
        blocks = document.blocks.count
        let translatable = document.blocks.lazy.filter(\.isTranslatable)
        translatableBlocks = translatable.count
        segments = translatable.reduce(0) { $0 + $1.segments.count }
        // Words and chrome entries per run of blocks, in one pass on several threads for a large
        // document. A run counts lines from its first block (not once per block); its entries are
        // then moved down by the lines before the run.
        let blocks = document.blocks
        let text = document.text
        let dropped = options.dropBoilerplate
        // Counted on the text's bytes: a Substring per segment retained the text's storage, shared
        // by the threads.
        let runs = ParallelChunks.map(count: blocks.count, minimumChunk: 2_000) {
            chunk -> (words: Int, entries: [BoilerplateEntry], lines: Int) in
            guard !chunk.isEmpty else { return (0, [], 0) }
            return text.withContiguousUTF8 { bytes in
                var words = 0
                var line = 0
                var counted = text.utf8Offsets(of: blocks[chunk.lowerBound].range).lowerBound
                var entries: [BoilerplateEntry] = []
                func lineFeeds(upTo end: Int) -> Int {
                    defer { counted = end }
                    return TextLines.lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[counted..<end]))
                }
                for block in blocks[chunk] {
                    line += lineFeeds(upTo: text.utf8Offsets(of: block.range).lowerBound)
                    if block.kind.repeatedBlock != nil { continue }
                    guard let rule = block.kind.boilerplateRule else {
                        for segment in block.segments {
                            words += WordCounter.count(
                                utf8: UnsafeBufferPointer(rebasing: bytes[text.utf8Offsets(of: segment.range)]))
                        }
                        continue
                    }
                    entries.append(
                        BoilerplateEntry(
                            unit: block.id, rule: rule, line: line, text: Self.preview(text[block.range]),
                            dropped: dropped))
                }
                // To the next run's first block (or the end): the lines this run moves the next one down by.
                line += lineFeeds(
                    upTo: chunk.upperBound < blocks.count
                        ? text.utf8Offsets(of: blocks[chunk.upperBound].range).lowerBound : bytes.count)
                return (words, entries, line)
            }
        }
        words = runs.reduce(0) { $0 + $1.words }
        let firstBlock = blocks.first.map { text.utf8Offsets(of: $0.range).lowerBound } ?? text.utf8.count
        var line =
            1 + text.withContiguousUTF8 { TextLines.lineFeeds(in: UnsafeBufferPointer(rebasing: $0[..<firstBlock])) }
        var chrome: [BoilerplateEntry] = []
        for run in runs {
            chrome.append(
                contentsOf: run.entries.map { entry in
                    var entry = entry
                    entry.line += line
                    return entry
                })
            line += run.lines
        }
        boilerplate = chrome
        if let glossary {
            // One pass over the terms, without gathering them.
            var exact = 0
            var sameCase = 0
            var inflected = 0
            // The entries used, one bit each.
            var used = [UInt64](repeating: 0, count: (glossary.entries.count + 63) / 64)
            var entries = 0
            var segmentsWithTerms = 0
            for block in document.blocks where block.isTranslatable {
                for segment in block.segments where !segment.terms.isEmpty {
                    segmentsWithTerms += 1
                    for term in segment.terms {
                        switch term.tier {
                        case .exact: exact += 1
                        case .case: sameCase += 1
                        case .inflected: inflected += 1
                        }
                        let (word, bit) = (term.entryIndex / 64, UInt64(1) << (term.entryIndex % 64))
                        if used[word] & bit == 0 {
                            used[word] |= bit
                            entries += 1
                        }
                    }
                }
            }
            terms = TermSummary(
                glossary: glossary.name, matches: exact + sameCase + inflected, exact: exact, case: sameCase,
                inflected: inflected, entries: entries, segmentsWithTerms: segmentsWithTerms)
        }
        normalization = document.normalization
        self.diagnostics = diagnostics + [document.normalization.mojibake?.warning(file: source)].compactMap { $0 }
    }

    /// The start of a boilerplate block's text on one line: at most 60 characters (57 and
    /// `...` when longer), line breaks shown as ` ⏎ `.
    static func preview(_ text: Substring) -> String {
        let long = text.index(text.startIndex, offsetBy: 61, limitedBy: text.endIndex) != nil
        let cut = long ? text.prefix(57) : text
        var preview = String(cut)
        if cut.utf8.contains(UInt8(ascii: "\n")) {
            preview = preview.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ")
        }
        return long ? preview + "..." : preview
    }

    /// A few lines for standard error.
    public var summary: String {
        let repeats = diagnostics.count { $0.code == "input.repeated-paragraph" }
        var lines = [
            "\(source): \(counted(blocks, "block")) (\(translatableBlocks) to translate), \(counted(segments, "segment")), \(counted(words, "word")), \(counted(boilerplate.count, "boilerplate unit"))\(boilerplate.first?.dropped == true ? " dropped" : "")"
                + (repeats == 0 ? "" : ", \(counted(repeats, "repeated paragraph")) sent once")
        ]
        if let terms {
            lines.append(
                "  glossary: \(terms.matches) terms (\(terms.exact) exact, \(terms.case) case, \(terms.inflected) inflected) from \(terms.entries) entries in \(terms.segmentsWithTerms) of \(segments) segments"
            )
        }
        if let leverage { lines.append("  memory: \(leverage.summary)") }
        if normalization.entries.isEmpty {
            lines.append("  normalization: no changes")
        } else {
            let parts = normalization.entries.map {
                "\($0.kind.rawValue) \($0.count) (first at \($0.firstPositions.first.map(String.init(describing:)) ?? "?"))"
            }
            lines.append("  normalization: " + parts.joined(separator: ", "))
        }
        for diagnostic in diagnostics where diagnostic.severity >= .warning {
            lines.append("  " + diagnostic.description)
        }
        return lines.joined(separator: "\n")
    }
}
