import AlihCore
import Foundation

/// Writes a `CoverageReport` as `alih coverage --format json`: the bytes Foundation's
/// `JSONEncoder` gives for the whole report (pretty-printed, sorted keys, slashes as they are),
/// written field by field into bytes, article by article.
///
/// A report over a large archive never exists as an encoder tree or one string (for one large
/// article the encoder's tree would be the largest thing a coverage run holds). Articles are
/// written on the cores a round at a time and emitted in order. The layout follows
/// `JSONEncoder`'s pretty printer: two spaces per level, `"key" : value`, an empty array or
/// object as an opening and a closing bracket with an empty line between; numbers as Swift
/// writes them, whole doubles without `.0`; strings with `"`, `\`, and control characters
/// escaped as it escapes them. The tests compare it with `JSONEncoder` on reports of real and
/// made-up articles.
public struct CoverageJSONWriter {
    public init() {}

    /// Articles written at once.
    static let articlesPerRound = 256

    /// From this many candidates on, an article is written on its own, its bytes emitted as
    /// they are made (`streamedBytes` at a time) rather than as one piece.
    static let streamedCandidates = 2_000
    static let streamedBytes = 1 << 20

    /// Emits the report and a final line feed.
    public func write(_ report: CoverageReport, _ emit: ([UInt8]) throws -> Void) throws {
        try write(
            header: report, articles: report.articles.count, candidates: { report.articles[$0].candidates.count },
            article: { report.articles[$0] }, total: report.total, unusedEntries: report.unusedEntries, emit)
    }

    /// Emits the report of `results`, making each article's figures as it is written.
    func write(_ results: CoverageResults, _ emit: ([UInt8]) throws -> Void) throws {
        let header = CoverageReport(
            glossary: results.glossary.name, glossaryEntries: results.glossary.entries.count,
            minimumPhraseCount: results.minimumPhraseCount, articles: [], total: results.total, unusedEntries: [])
        try write(
            header: header, articles: results.articles.count, candidates: { results.articles[$0].candidates.count },
            article: { results.article($0) }, total: results.total, unusedEntries: results.unusedEntries, emit)
    }

    /// The report whose header fields are `header`'s and whose articles `article` makes.
    private func write(
        header: CoverageReport, articles count: Int, candidates: (Int) -> Int,
        article: @Sendable (Int) -> CoverageReport.Coverage, total: CoverageReport.Coverage,
        unusedEntries: [CoverageReport.UnusedEntry], _ emit: ([UInt8]) throws -> Void
    ) throws {
        try emit(Array("{\n  \"articles\" : [".utf8))
        if count == 0 {
            try emit(Array("\n\n  ]".utf8))
        } else {
            var start = 0
            while start < count {
                // A large article on its own; the others in rounds on the cores.
                if candidates(start) >= Self.streamedCandidates {
                    var out = JSONBytes()
                    out.raw(start == 0 ? "\n" : ",\n")
                    out.indent(2)
                    try out.coverage(article(start), level: 2) { try Self.flush(&$0, emit) }
                    try emit(out.bytes)
                    start += 1
                    continue
                }
                var end = start + 1
                while end < min(count, start + Self.articlesPerRound), candidates(end) < Self.streamedCandidates {
                    end += 1
                }
                let pieces = ParallelChunks.map(count: end - start, minimumChunk: 8) { [start] chunk -> [[UInt8]] in
                    chunk.map { offset in
                        var out = JSONBytes()
                        out.raw(start + offset == 0 ? "\n" : ",\n")
                        out.indent(2)
                        out.coverage(article(start + offset), level: 2)
                        return out.bytes
                    }
                }
                for piece in pieces.joined() { try emit(piece) }
                start = end
            }
            try emit(Array("\n  ]".utf8))
        }
        var rest = JSONBytes()
        rest.raw(",\n  \"glossary\" : ")
        rest.string(header.glossary)
        rest.raw(",\n  \"glossaryEntries\" : ")
        rest.int(header.glossaryEntries)
        rest.raw(",\n  \"minimumPhraseCount\" : ")
        rest.int(header.minimumPhraseCount)
        rest.raw(",\n  \"total\" : ")
        try rest.coverage(total, level: 1) { try Self.flush(&$0, emit) }
        rest.raw(",\n  \"unusedEntries\" : ")
        rest.array(unusedEntries, level: 1) { out, entry, level in
            out.object(level: level, ["id", "source"]) { out, key in
                out.string(key == "id" ? entry.id : entry.source)
            }
        }
        rest.raw(",\n  \"version\" : ")
        rest.int(header.version)
        rest.raw("\n}\n")
        try emit(rest.bytes)
    }

    /// Emits what `out` holds once it is `streamedBytes` or more.
    private static func flush(_ out: inout JSONBytes, _ emit: ([UInt8]) throws -> Void) throws {
        guard out.bytes.count >= streamedBytes else { return }
        try emit(out.bytes)
        out.bytes.removeAll(keepingCapacity: true)
    }
}

extension JSONBytes {
    mutating func coverage(_ coverage: CoverageReport.Coverage, level: Int) {
        self.coverage(coverage, level: level) { _ in }
    }

    /// `coverage`, with `flush` given the bytes so far after each candidate and entry (it may
    /// hand them on and empty them): an object whose keys are all there, laid out as `object`
    /// and `array` lay it out.
    mutating func coverage(
        _ coverage: CoverageReport.Coverage, level: Int, flush: (inout JSONBytes) throws -> Void
    ) rethrows {
        let keys = [
            "candidates", "coverage", "entries", "missingOccurrences", "segmentCoverage", "segments",
            "segmentsWithTerms", "source", "termOccurrences",
        ]
        raw("{\n")
        for (n, key) in keys.enumerated() {
            indent(level + 1)
            string(key)
            raw(" : ")
            switch key {
            case "candidates":
                try streamedArray(coverage.candidates, level: level + 1, flush) { $0.candidate($1, level: $2) }
            case "coverage": double(coverage.coverage)
            case "entries": try streamedArray(coverage.entries, level: level + 1, flush) { $0.entry($1, level: $2) }
            case "missingOccurrences": int(coverage.missingOccurrences)
            case "segmentCoverage": double(coverage.segmentCoverage)
            case "segments": int(coverage.segments)
            case "segmentsWithTerms": int(coverage.segmentsWithTerms)
            case "source": string(coverage.source)
            default: int(coverage.termOccurrences)
            }
            raw(n == keys.count - 1 ? "\n" : ",\n")
        }
        indent(level)
        raw("}")
    }

    /// `array`, with `flush` called after each element.
    private mutating func streamedArray<Element>(
        _ elements: [Element], level: Int, _ flush: (inout JSONBytes) throws -> Void,
        _ element: (inout JSONBytes, Element, Int) -> Void
    ) rethrows {
        guard !elements.isEmpty else {
            raw("[\n\n")
            indent(level)
            raw("]")
            return
        }
        raw("[\n")
        for (n, item) in elements.enumerated() {
            indent(level + 1)
            element(&self, item, level + 1)
            raw(n == elements.count - 1 ? "\n" : ",\n")
            try flush(&self)
        }
        indent(level)
        raw("]")
    }

    /// A candidate as `object` lays it out, its keys and indents written as bytes prepared for
    /// its level (a report has tens of thousands of candidates).
    mutating func candidate(_ candidate: CoverageReport.Candidate, level: Int) {
        let layout = CandidateLayout.at(level)
        bytes.append(contentsOf: layout.count)
        int(candidate.count)
        bytes.append(contentsOf: layout.article)
        string(candidate.example.article)
        bytes.append(contentsOf: layout.segment)
        string(candidate.example.segment)
        bytes.append(contentsOf: layout.exampleText)
        string(candidate.example.text)
        bytes.append(contentsOf: layout.key)
        string(candidate.key)
        bytes.append(contentsOf: layout.kind)
        string(candidate.kind.rawValue)
        bytes.append(contentsOf: layout.score)
        double(candidate.score)
        bytes.append(contentsOf: layout.text)
        string(candidate.text)
        bytes.append(contentsOf: layout.end)
    }

    mutating func entry(_ entry: CoverageReport.EntryUse, level: Int) {
        object(level: level, ["count", "forms", "id", "segments", "source", "tiers", "translation"]) { out, key in
            switch key {
            case "count": out.int(entry.count)
            case "forms":
                out.array(entry.forms, level: level + 1) { out, form, level in
                    out.object(level: level, ["count", "text"]) { out, key in
                        if key == "count" { out.int(form.count) } else { out.string(form.text) }
                    }
                }
            case "id": out.string(entry.id)
            case "segments": out.array(entry.segments, level: level + 1) { out, segment, _ in out.string(segment) }
            case "source": out.string(entry.source)
            case "tiers":
                let tiers = entry.tiers.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
                out.object(level: level + 1, tiers) { out, key in out.int(entry.tiers[key] ?? 0) }
            default: out.string(entry.translation)
            }
        }
    }
}

/// The bytes between a candidate's values at one level of indentation, as `JSONBytes.object`
/// writes them.
private struct CandidateLayout {
    var count: [UInt8]
    var article: [UInt8]
    var segment: [UInt8]
    var exampleText: [UInt8]
    var key: [UInt8]
    var kind: [UInt8]
    var score: [UInt8]
    var text: [UInt8]
    var end: [UInt8]

    init(level: Int) {
        func indent(_ level: Int) -> String { String(repeating: " ", count: 2 * level) }
        let inner = indent(level + 1)
        let example = indent(level + 2)
        count = Array("{\n\(inner)\"count\" : ".utf8)
        article = Array(",\n\(inner)\"example\" : {\n\(example)\"article\" : ".utf8)
        segment = Array(",\n\(example)\"segment\" : ".utf8)
        exampleText = Array(",\n\(example)\"text\" : ".utf8)
        key = Array("\n\(inner)},\n\(inner)\"key\" : ".utf8)
        kind = Array(",\n\(inner)\"kind\" : ".utf8)
        score = Array(",\n\(inner)\"score\" : ".utf8)
        text = Array(",\n\(inner)\"text\" : ".utf8)
        end = Array("\n\(indent(level))}".utf8)
    }

    /// Candidates are written at levels 3 (the total's) and 4 (an article's).
    private static let common = (0...6).map(CandidateLayout.init(level:))

    static func at(_ level: Int) -> CandidateLayout {
        level < common.count ? common[level] : CandidateLayout(level: level)
    }
}
