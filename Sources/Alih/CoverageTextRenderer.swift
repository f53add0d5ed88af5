import Foundation

/// `alih coverage --format text`: tables for the terminal.
package struct CoverageTextRenderer: Sendable {
    /// How many rows each table shows at most.
    package var limit: Int

    package init(limit: Int = 25) { self.limit = limit }

    package func render(_ report: CoverageReport) -> String {
        var out = "Glossary \(report.glossary): \(report.glossaryEntries) entries\n\n"
        let rows = (report.articles.count > 1 ? report.articles + [report.total] : report.articles).map { coverage in
            [
                coverage.source, "\(coverage.segmentsWithTerms)/\(coverage.segments)",
                percent(coverage.segmentCoverage),
                String(coverage.termOccurrences), String(coverage.missingOccurrences), percent(coverage.coverage),
            ]
        }
        out += table(["article", "segments with terms", "", "terms", "missing", "coverage"], rows)
        let total = report.total
        out += "\nGlossary entries found (\(total.entries.count)):\n"
        out += table(
            ["term", "translation", "count", "tiers", "forms"],
            total.entries.prefix(limit).map { use in
                [
                    use.source, use.translation, String(use.count),
                    use.tiers.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
                        .joined(separator: ", "),
                    use.forms.prefix(4).map(\.text).joined(separator: ", "),
                ]
            })
        if total.entries.count > limit { out += "  … \(total.entries.count - limit) more (--format json lists all)\n" }
        out += "\nCandidate terms missing from the glossary (\(total.candidates.count)):\n"
        // Over several articles an example names its article.
        let several = report.articles.count > 1
        out += table(
            ["candidate", "kind", "count", "example"],
            total.candidates.prefix(limit).map { candidate in
                let place = (several ? candidate.example.article + " " : "") + candidate.example.segment
                return [
                    candidate.text, candidate.kind.rawValue, String(candidate.count),
                    "\(place): " + clip(candidate.example.text, 60),
                ]
            })
        if total.candidates.count > limit {
            out += "  … \(total.candidates.count - limit) more (--format json lists all)\n"
        }
        out += "\nEntries not used: \(report.unusedEntries.count) of \(report.glossaryEntries)\n"
        return out
    }

    private func percent(_ value: Double) -> String {
        String(Int((value * 100).rounded())) + "%"
    }

    private func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in min(48, all.map { $0[column].count }.max() ?? 0) }
        var out = ""
        for (index, row) in all.enumerated() {
            let cells = row.enumerated().map { column, cell in
                let text = clip(cell, max(widths[column], 1))
                return column == row.count - 1
                    ? text : text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            out += "  " + cells.joined(separator: "  ") + "\n"
            if index == 0 {
                out += "  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }
}
