import AlihStages
import Foundation

/// `alih coverage --format html`: one self-contained page (no scripts, no external files)
/// showing each article with its glossary terms highlighted by tier and the missing
/// candidates marked, then the tables of `CoverageReport`.
public struct CoverageHTMLRenderer: Sendable {
    public init() {}

    /// The page: `articleSections` (from `articleSection`, one per article in the report's order)
    /// and the report's tables.
    public func render(_ report: CoverageReport, articleSections: [String]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Glossary coverage — \(escape(report.glossary))</title>
            <style>
            body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; color: #1d2329; }
            h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 1px solid #d8dee4; padding-bottom: .3rem; }
            .sub { color: #57606a; margin-top: 0; }
            .cards { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
            .card { border: 1px solid #d8dee4; border-radius: 8px; padding: .7rem 1rem; min-width: 10rem; }
            .card b { display: block; font-size: 1.6rem; }
            .legend span { margin-right: 1rem; }
            article { border: 1px solid #d8dee4; border-radius: 8px; padding: .5rem 1.2rem; margin: 1rem 0; }
            article p { margin: .6rem 0; } span.chrome { color: #8c959f; font-size: .85em; }
            .seg { border-radius: 3px; } .seg:hover { background: #f6f8fa; }
            mark { padding: 0 .1em; border-radius: 3px; }
            mark.exact { background: #ccf0d6; } mark.case { background: #cfe3ff; } mark.inflected { background: #ffe4b3; }
            mark.forbidden-note { outline: 1px solid #cf222e; }
            .missing { border-bottom: 2px dashed #cf222e; }
            table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .92em; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
            th { background: #f6f8fa; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .tag { font-size: .78em; padding: .05em .4em; border-radius: 4px; background: #eaeef2; }
            details summary { cursor: pointer; color: #0969da; }
            </style>
            </head>
            <body>
            <h1>Glossary coverage</h1>
            <p class="sub">Glossary <b>\(escape(report.glossary))</b> (\(report.glossaryEntries) entries) · \(report.articles.count) article(s)</p>
            <div class="cards">
            <div class="card"><b>\(percent(report.total.coverage))</b>term coverage</div>
            <div class="card"><b>\(percent(report.total.segmentCoverage))</b>segments with a term</div>
            <div class="card"><b>\(report.total.termOccurrences)</b>glossary terms found</div>
            <div class="card"><b>\(report.total.missingOccurrences)</b>missing-term places</div>
            </div>
            <p class="legend"><span><mark class="exact">exact</mark></span><span><mark class="case">case</mark></span><span><mark class="inflected">inflected</mark></span><span><span class="missing">candidate missing from the glossary</span></span><span class="chrome">page chrome (not translated)</span></p>

            """
        for section in articleSections { html += section }
        html += "<h2>Glossary entries found</h2>\n" + entriesTable(report.total.entries)
        html += "<h2>Candidate terms missing from the glossary</h2>\n" + candidatesTable(report.total.candidates)
        html += "<h2>Entries not used</h2>\n<details><summary>\(report.unusedEntries.count) of \(report.glossaryEntries) entries were not found</summary>\n<p>"
        html += report.unusedEntries.map { escape($0.source) }.joined(separator: " · ")
        html += "</p></details>\n</body>\n</html>\n"
        return html
    }

    /// One article with its terms highlighted and candidates underlined, made as soon as the
    /// article is analysed so that the document need not be kept.
    public func articleSection(_ document: Document, _ article: CoverageAnalysis.Article, glossary: Glossary) -> String {
        "<h2>\(escape(document.sourceName)) — \(percent(article.coverage.coverage)) coverage</h2>\n<article>\n"
            + articleHTML(document, candidates: article.candidates, glossary: glossary) + "</article>\n"
    }

    private func articleHTML(_ document: Document, candidates: [TermCandidateFinder.Occurrence], glossary: Glossary) -> String {
        var html = ""
        let bySegment = Dictionary(grouping: candidates, by: \.segmentID)
        var paragraph = ""
        for block in document.blocks {
            var cursor = block.range.lowerBound
            var inner = ""
            for segment in block.segments {
                inner += escape(document.text(cursor..<segment.range.lowerBound)).replacingOccurrences(of: "\n", with: "<br>")
                inner += #"<span class="seg" title="\#(segment.id)">"# + segmentHTML(document, segment, bySegment[segment.id] ?? [], glossary: glossary) + "</span>"
                cursor = segment.range.upperBound
            }
            paragraph += block.isTranslatable ? inner : #"<span class="chrome" title="\#(block.id): \#(block.kind.boilerplateRule ?? "")">\#(inner)</span>"#
            let separator = document.text(block.separator)
            if separator.contains("\n\n") || block.id == document.blocks.last?.id {
                html += "<p>\(paragraph)</p>\n"
                paragraph = ""
            } else {
                paragraph += separator.contains("\n") ? "<br>" : " "
            }
        }
        if !paragraph.isEmpty { html += "<p>\(paragraph)</p>\n" }
        return html
    }

    /// A segment's text with terms in `<mark>` and candidates underlined (terms first: they
    /// never overlap candidates, which are found outside them).
    private func segmentHTML(_ document: Document, _ segment: Segment, _ candidates: [TermCandidateFinder.Occurrence], glossary: Glossary) -> String {
        enum Span { case term(TermMatch), candidate(TermCandidateFinder.Occurrence) }
        var spans: [(Range<String.Index>, Span)] = segment.terms.map { ($0.range, .term($0)) } + candidates.map { ($0.range, .candidate($0)) }
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = segment.range.lowerBound
        for (range, span) in spans where range.lowerBound >= cursor {
            out += escape(document.text(cursor..<range.lowerBound))
            let text = escape(document.text(range))
            switch span {
            case .term(let term):
                let entry = glossary.entries[term.entryIndex]
                var title = "\(entry.source) → " + (entry.doNotTranslate ? "do not translate" : entry.allowedTranslations.map(\.text).joined(separator: " / "))
                let forbidden = entry.forbiddenTranslations.map(\.text)
                if !forbidden.isEmpty { title += " (not: " + forbidden.joined(separator: ", ") + ")" }
                title += " · \(term.tier.rawValue)"
                out += #"<mark class="\#(term.tier.rawValue)" title="\#(escape(title))">\#(text)</mark>"#
            case .candidate(let candidate):
                out += #"<span class="missing" title="missing \#(candidate.kind.rawValue): \#(escape(candidate.key))">\#(text)</span>"#
            }
            cursor = range.upperBound
        }
        out += escape(document.text(cursor..<segment.range.upperBound))
        return out
    }

    private func entriesTable(_ entries: [CoverageReport.EntryUse]) -> String {
        var html = "<table>\n<tr><th>term</th><th>translation</th><th class=\"n\">count</th><th>tiers</th><th>forms seen</th></tr>\n"
        for use in entries {
            let tiers = use.tiers.sorted { $0.key < $1.key }.map { #"<span class="tag">\#($0.key) \#($0.value)</span>"# }.joined(separator: " ")
            html += "<tr><td>\(escape(use.source))</td><td>\(escape(use.translation))</td><td class=\"n\">\(use.count)</td><td>\(tiers)</td><td>\(escape(use.forms.map(\.text).joined(separator: ", ")))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func candidatesTable(_ candidates: [CoverageReport.Candidate]) -> String {
        var html = "<table>\n<tr><th>candidate</th><th>kind</th><th class=\"n\">count</th><th>example</th></tr>\n"
        for candidate in candidates {
            html += "<tr><td>\(escape(candidate.text))</td><td><span class=\"tag\">\(candidate.kind)</span></td><td class=\"n\">\(candidate.count)</td><td>\(escape(candidate.example.segment)): \(escape(candidate.example.text))</td></tr>\n"
        }
        return html + "</table>\n"
    }

    private func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + "%" }

    private func escape(_ text: some StringProtocol) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
