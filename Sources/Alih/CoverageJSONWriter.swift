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
package struct CoverageJSONWriter {
    package init() {}

    /// Articles written at once.
    static let articlesPerRound = 256

    /// Emits the report and a final line feed.
    package func write(_ report: CoverageReport, _ emit: ([UInt8]) throws -> Void) throws {
        try emit(Array("{\n  \"articles\" : [".utf8))
        let articles = report.articles
        if articles.isEmpty {
            try emit(Array("\n\n  ]".utf8))
        } else {
            var start = 0
            while start < articles.count {
                let end = min(articles.count, start + Self.articlesPerRound)
                let pieces = ParallelChunks.map(count: end - start, minimumChunk: 8) { [start] chunk -> [[UInt8]] in
                    chunk.map { offset in
                        var out = JSONBytes()
                        out.raw(start + offset == 0 ? "\n" : ",\n")
                        out.indent(2)
                        out.coverage(articles[start + offset], level: 2)
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
        rest.string(report.glossary)
        rest.raw(",\n  \"glossaryEntries\" : ")
        rest.int(report.glossaryEntries)
        rest.raw(",\n  \"minimumPhraseCount\" : ")
        rest.int(report.minimumPhraseCount)
        rest.raw(",\n  \"total\" : ")
        rest.coverage(report.total, level: 1)
        rest.raw(",\n  \"unusedEntries\" : ")
        rest.array(report.unusedEntries, level: 1) { out, entry, level in
            out.object(level: level, ["id", "source"]) { out, key in
                out.string(key == "id" ? entry.id : entry.source)
            }
        }
        rest.raw(",\n  \"version\" : ")
        rest.int(report.version)
        rest.raw("\n}\n")
        try emit(rest.bytes)
    }
}

extension JSONBytes {
    mutating func coverage(_ coverage: CoverageReport.Coverage, level: Int) {
        let keys = [
            "candidates", "coverage", "entries", "missingOccurrences", "segmentCoverage", "segments",
            "segmentsWithTerms", "source", "termOccurrences",
        ]
        object(level: level, keys) { out, key in
            switch key {
            case "candidates": out.array(coverage.candidates, level: level + 1) { $0.candidate($1, level: $2) }
            case "coverage": out.double(coverage.coverage)
            case "entries": out.array(coverage.entries, level: level + 1) { $0.entry($1, level: $2) }
            case "missingOccurrences": out.int(coverage.missingOccurrences)
            case "segmentCoverage": out.double(coverage.segmentCoverage)
            case "segments": out.int(coverage.segments)
            case "segmentsWithTerms": out.int(coverage.segmentsWithTerms)
            case "source": out.string(coverage.source)
            default: out.int(coverage.termOccurrences)
            }
        }
    }

    mutating func candidate(_ candidate: CoverageReport.Candidate, level: Int) {
        object(level: level, ["count", "example", "key", "kind", "score", "text"]) { out, key in
            switch key {
            case "count": out.int(candidate.count)
            case "example":
                out.object(level: level + 1, ["article", "segment", "text"]) { out, key in
                    let example = candidate.example
                    out.string(key == "article" ? example.article : key == "segment" ? example.segment : example.text)
                }
            case "key": out.string(candidate.key)
            case "kind": out.string(candidate.kind.rawValue)
            case "score": out.double(candidate.score)
            default: out.string(candidate.text)
            }
        }
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
