import AlihCore
import Foundation

/// Writes a `CoverageReport` as `alih coverage --format json`: the bytes Foundation's
/// `JSONEncoder` gives for the whole report (pretty-printed, sorted keys, slashes as they are),
/// written field by field into bytes, article by article.
///
/// A report over a large archive never exists as an encoder tree or one string: a run's report
/// is written from its compact results (`CoverageResults`), each value where it is kept, with
/// no article's figures made in full. Articles are written on the cores a round at a time and
/// emitted in order; a large article's bytes (and the total's) are emitted as they are made.
/// The layout follows `JSONEncoder`'s pretty printer: two spaces per level, `"key" : value`, an
/// empty array or object as an opening and a closing bracket with an empty line between;
/// numbers as Swift writes them, whole doubles without `.0`; strings with `"`, `\`, and control
/// characters escaped as it escapes them. The tests compare it with `JSONEncoder` on reports of
/// real and made-up articles.
package struct CoverageJSONWriter {
    package init() {}

    /// Articles written at once.
    static let articlesPerRound = 256

    /// From this many candidates on, an article is written on its own, its bytes emitted as
    /// they are made (`streamedBytes` at a time) rather than as one piece.
    static let streamedCandidates = 2_000
    static let streamedBytes = 1 << 20

    /// A large article's (or the total's) candidates are written on the cores, this many at a time.
    static let candidatesPerRound = 8_192

    /// Emits the report and a final line feed.
    package func write(_ report: CoverageReport, _ emit: ([UInt8]) throws -> Void) throws {
        try write(
            glossary: report.glossary, glossaryEntries: report.glossaryEntries,
            minimumPhraseCount: report.minimumPhraseCount, version: report.version, articles: report.articles.count,
            streams: { report.articles[$0].candidates.count >= Self.streamedCandidates },
            article: { out, index, level in out.coverage(report.articles[index], level: level) },
            streamedArticle: { out, index, level, flush in
                try out.coverage(report.articles[index], level: level, flush: flush)
            }, total: { out, flush in try out.coverage(report.total, level: 1, flush: flush) },
            unusedEntries: report.unusedEntries, emit)
    }

    /// Emits the report of `results`, each value written from where the results keep it.
    func write(_ results: CoverageResults, _ emit: ([UInt8]) throws -> Void) throws {
        try write(
            glossary: results.glossary.name, glossaryEntries: results.glossary.entries.count,
            minimumPhraseCount: results.minimumPhraseCount, version: CoverageReport.currentVersion,
            articles: results.articles.count,
            streams: {
                results.articles[$0].spilled != nil || results.articles[$0].candidateCount >= Self.streamedCandidates
            },
            article: { out, index, level in results.writeArticle(index, into: &out, level: level) { _ in } },
            streamedArticle: { out, index, level, flush in
                try results.writeArticle(index, into: &out, level: level, flush)
            }, total: { out, flush in try results.writeTotal(into: &out, level: 1, flush) },
            unusedEntries: results.unusedEntries, emit)
    }

    /// The report with its header fields, articles written by `article`, the total by `total`.
    private func write(
        glossary: String, glossaryEntries: Int, minimumPhraseCount: Int, version: Int, articles count: Int,
        streams: (Int) -> Bool,
        article: @Sendable (inout JSONBytes, Int, Int) -> Void,
        streamedArticle: (inout JSONBytes, Int, Int, (inout JSONBytes) throws -> Void) throws -> Void,
        total: (inout JSONBytes, (inout JSONBytes) throws -> Void) throws -> Void,
        unusedEntries: [CoverageReport.UnusedEntry], _ emit: ([UInt8]) throws -> Void
    ) throws {
        let flush = { (out: inout JSONBytes) throws in try Self.flush(&out, emit) }
        try emit(Array("{\n  \"articles\" : [".utf8))
        if count == 0 {
            try emit(Array("\n\n  ]".utf8))
        } else {
            var start = 0
            while start < count {
                // Large articles (and those written out already) streamed, a megabyte at a time;
                // the others in rounds on the cores.
                if streams(start) {
                    var out = JSONBytes()
                    while start < count && streams(start) {
                        out.raw(start == 0 ? "\n" : ",\n")
                        out.indent(2)
                        try streamedArticle(&out, start, 2, flush)
                        start += 1
                    }
                    try emit(out.bytes)
                    continue
                }
                var end = start + 1
                while end < min(count, start + Self.articlesPerRound), !streams(end) {
                    end += 1
                }
                let pieces = ParallelChunks.map(count: end - start, minimumChunk: 8) { [start] chunk -> [[UInt8]] in
                    chunk.map { offset in
                        var out = JSONBytes()
                        out.raw(start + offset == 0 ? "\n" : ",\n")
                        out.indent(2)
                        article(&out, start + offset, 2)
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
        rest.string(glossary)
        rest.raw(",\n  \"glossaryEntries\" : ")
        rest.int(glossaryEntries)
        rest.raw(",\n  \"minimumPhraseCount\" : ")
        rest.int(minimumPhraseCount)
        rest.raw(",\n  \"total\" : ")
        try total(&rest, flush)
        rest.raw(",\n  \"unusedEntries\" : ")
        rest.array(unusedEntries, level: 1) { out, entry, level in
            out.object(level: level, ["id", "source"]) { out, key in
                out.string(key == "id" ? entry.id : entry.source)
            }
        }
        rest.raw(",\n  \"version\" : ")
        rest.int(version)
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

/// A coverage object's figures, as `JSONBytes.coverage` writes them.
struct CoverageFigures {
    var source: String
    var segments: Int
    var segmentsWithTerms: Int
    var termOccurrences: Int
    var missingOccurrences: Int
    var segmentCoverage: Double
    var coverage: Double
}

extension JSONBytes {
    mutating func coverage(_ coverage: CoverageReport.Coverage, level: Int) {
        self.coverage(coverage, level: level) { _ in }
    }

    /// `coverage`, with `flush` given the bytes so far after each candidate and entry (it may
    /// hand them on and empty them).
    mutating func coverage(
        _ coverage: CoverageReport.Coverage, level: Int, flush: (inout JSONBytes) throws -> Void
    ) rethrows {
        try self.coverage(
            CoverageFigures(
                source: coverage.source, segments: coverage.segments, segmentsWithTerms: coverage.segmentsWithTerms,
                termOccurrences: coverage.termOccurrences, missingOccurrences: coverage.missingOccurrences,
                segmentCoverage: coverage.segmentCoverage, coverage: coverage.coverage),
            level: level, candidates: coverage.candidates.count, entries: coverage.entries.count,
            candidate: { out, index, level in out.candidate(coverage.candidates[index], level: level) },
            entry: { out, index, level in out.entry(coverage.entries[index], level: level) }, flush: flush)
    }

    /// A coverage object whose candidates and entries `candidate` and `entry` write (given their
    /// index and level): an object whose keys are all there, laid out as `object` and `array`
    /// lay it out; `flush` is given the bytes so far after each candidate and entry.
    mutating func coverage(
        _ figures: CoverageFigures, level: Int, candidates: Int, entries: Int,
        candidate: @Sendable (inout JSONBytes, Int, Int) -> Void, entry: (inout JSONBytes, Int, Int) -> Void,
        flush: (inout JSONBytes) throws -> Void
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
                if candidates >= CoverageJSONWriter.candidatesPerRound {
                    try parallelArray(count: candidates, level: level + 1, flush, candidate)
                } else {
                    try streamedArray(count: candidates, level: level + 1, flush, candidate)
                }
            case "coverage": double(figures.coverage)
            case "entries": try streamedArray(count: entries, level: level + 1, flush, entry)
            case "missingOccurrences": int(figures.missingOccurrences)
            case "segmentCoverage": double(figures.segmentCoverage)
            case "segments": int(figures.segments)
            case "segmentsWithTerms": int(figures.segmentsWithTerms)
            case "source": string(figures.source)
            default: int(figures.termOccurrences)
            }
            raw(n == keys.count - 1 ? "\n" : ",\n")
        }
        indent(level)
        raw("}")
    }

    /// `streamedArray`, its elements written on the cores in rounds of
    /// `CoverageJSONWriter.candidatesPerRound`,
    /// each round's pieces appended in order (`flush` after each piece).
    private mutating func parallelArray(
        count: Int, level: Int, _ flush: (inout JSONBytes) throws -> Void,
        _ element: @Sendable (inout JSONBytes, Int, Int) -> Void
    ) rethrows {
        raw("[\n")
        var start = 0
        while start < count {
            let end = min(count, start + CoverageJSONWriter.candidatesPerRound)
            let pieces = ParallelChunks.map(count: end - start, minimumChunk: 512) { [start] chunk -> [UInt8] in
                var out = JSONBytes()
                for offset in chunk {
                    let n = start + offset
                    out.indent(level + 1)
                    element(&out, n, level + 1)
                    out.raw(n == count - 1 ? "\n" : ",\n")
                }
                return out.bytes
            }
            for piece in pieces {
                bytes.append(contentsOf: piece)
                try flush(&self)
            }
            start = end
        }
        indent(level)
        raw("]")
    }

    /// `array` of `count` elements written by `element` (given their index and level), with
    /// `flush` called after each.
    private mutating func streamedArray(
        count: Int, level: Int, _ flush: (inout JSONBytes) throws -> Void,
        _ element: (inout JSONBytes, Int, Int) -> Void
    ) rethrows {
        guard count > 0 else {
            raw("[\n\n")
            indent(level)
            raw("]")
            return
        }
        raw("[\n")
        for n in 0..<count {
            indent(level + 1)
            element(&self, n, level + 1)
            raw(n == count - 1 ? "\n" : ",\n")
            try flush(&self)
        }
        indent(level)
        raw("]")
    }

    /// The string `first + separator + second`, written without making it.
    mutating func string(_ first: String, _ separator: String, _ second: String) {
        bytes.append(UInt8(ascii: "\""))
        for piece in [first, separator, second] { piece.withContiguousUTF8 { escaped($0) } }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func candidate(_ candidate: CoverageReport.Candidate, level: Int) {
        self.candidate(
            kind: candidate.kind, text: candidate.text, key: candidate.key, count: candidate.count,
            score: candidate.score, article: candidate.example.article, segment: candidate.example.segment,
            level: level
        ) { $0.string(candidate.example.text) }
    }

    /// A candidate as `object` lays it out, its keys and indents written as bytes prepared for
    /// its level (a report has tens of thousands of candidates); `exampleText` writes its
    /// example's text.
    mutating func candidate(
        kind: TermCandidateKind, text: String, key: String, count: Int, score: Double,
        article: String, segment: String, level: Int, exampleText: (inout JSONBytes) -> Void
    ) {
        let layout = CandidateLayout.at(level)
        bytes.append(contentsOf: layout.count)
        int(count)
        bytes.append(contentsOf: layout.article)
        string(article)
        bytes.append(contentsOf: layout.segment)
        string(segment)
        bytes.append(contentsOf: layout.exampleText)
        exampleText(&self)
        bytes.append(contentsOf: layout.key)
        string(key)
        bytes.append(contentsOf: layout.kind)
        string(kind.rawValue)
        bytes.append(contentsOf: layout.score)
        double(score)
        bytes.append(contentsOf: layout.text)
        string(text)
        bytes.append(contentsOf: layout.end)
    }

    mutating func entry(_ entry: CoverageReport.EntryUse, level: Int) {
        self.entry(
            count: entry.count, forms: entry.forms[...], id: entry.id, segments: entry.segments.count,
            source: entry.source,
            tiers: entry.tiers.map { ($0.key.rawValue, $0.value) }.sorted {
                Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8))
            }, translation: entry.translation, level: level
        ) { out, index in out.string(entry.segments[index]) }
    }

    /// An entry use as `object` lays it out; `segment` writes its segments (given their index),
    /// `tiers` are in the order of their names' bytes.
    mutating func entry(
        count: Int, forms: ArraySlice<CoverageReport.Form>, id: String, segments: Int, source: String,
        tiers: [(String, Int)], translation: String, level: Int, segment: (inout JSONBytes, Int) -> Void
    ) {
        object(level: level, ["count", "forms", "id", "segments", "source", "tiers", "translation"]) { out, key in
            switch key {
            case "count": out.int(count)
            case "forms":
                out.array(Array(forms), level: level + 1) { out, form, level in
                    out.object(level: level, ["count", "text"]) { out, key in
                        if key == "count" { out.int(form.count) } else { out.string(form.text) }
                    }
                }
            case "id": out.string(id)
            case "segments":
                out.streamedArray(count: segments, level: level + 1, { _ in }) { out, n, _ in segment(&out, n) }
            case "source": out.string(source)
            case "tiers":
                out.object(level: level + 1, tiers.map(\.0)) { out, key in out.int(tiers.first { $0.0 == key }!.1) }
            default: out.string(translation)
            }
        }
    }
}

/// The bytes between a candidate's values at one level of indentation, as `JSONBytes.object`
/// writes them.
private final class CandidateLayout: Sendable {
    let count: [UInt8]
    let article: [UInt8]
    let segment: [UInt8]
    let exampleText: [UInt8]
    let key: [UInt8]
    let kind: [UInt8]
    let score: [UInt8]
    let text: [UInt8]
    let end: [UInt8]

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
