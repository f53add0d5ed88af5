import AlihStages
import Foundation

/// `alih coverage --format html`: one self-contained page (no scripts, no external files).
///
/// The summary and the tables come first — the candidates missing from the glossary (best
/// first, each example naming its article), the entries found, the figures per article — and
/// the articles after, each a closed `<details>` with its figures in the summary line, so a
/// report over thousands of articles stays a page one can scroll. Long tables show their first
/// rows and keep the rest in a `<details>`. In an article, glossary terms are highlighted by
/// tier with their translation printed after them (visible on paper and in screenshots, no
/// hovering needed), and candidates are underlined.
package struct CoverageHTMLRenderer: Sendable {
    /// Rows a table shows before the rest is folded away.
    package var tableRows: Int
    /// Up to this many articles, the per-article table is open.
    package var openArticleTable: Int

    package init(tableRows: Int = 50, openArticleTable: Int = 25) {
        self.tableRows = tableRows
        self.openArticleTable = openArticleTable
    }

    /// The page: the report's summary and tables, then `articleSections` (from
    /// `articleSection`, one per article in the report's order).
    package func render(_ report: CoverageReport, articleSections: [String]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Glossary coverage — \(escape(report.glossary))</title>
            <style>
            body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1.5rem; color: #1d2329; }
            h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d8dee4; padding-bottom: .3rem; }
            .sub { color: #57606a; margin-top: 0; }
            .cards { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
            .card { border: 1px solid #d8dee4; border-radius: 8px; padding: .6rem 1rem; min-width: 9rem; }
            .card b { display: block; font-size: 1.6rem; }
            .legend span { margin-right: 1rem; }
            details.article { border: 1px solid #d8dee4; border-radius: 8px; padding: .4rem 1rem; margin: .5rem 0; }
            details.article > summary { font-weight: 600; } details.article > summary span { font-weight: normal; color: #57606a; }
            article p { margin: .6rem 0; } span.chrome { color: #8c959f; font-size: .85em; }
            mark { padding: 0 .15em; border-radius: 3px; color: inherit; }
            mark.exact { background: #ccf0d6; } mark.case { background: #cfe3ff; } mark.inflected { background: #ffe4b3; }
            mark .tr { font-size: .74em; color: #3b4450; margin-left: .3em; font-style: italic; }
            mark .tr.forbidden { color: #cf222e; }
            .missing { border-bottom: 2px dashed #cf222e; }
            table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .92em; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
            th { background: #f6f8fa; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.example { color: #3b4450; } td.example b { color: #1d2329; font-weight: 600; }
            .tag { font-size: .78em; padding: .05em .4em; border-radius: 4px; background: #eaeef2; }
            details summary { cursor: pointer; } details.more > summary { color: #0969da; }
            @media print { details.article { break-inside: avoid-page; } body { margin: 0; max-width: none; } }
            </style>
            </head>
            <body>
            <h1>Glossary coverage</h1>
            <p class="sub">Glossary <b>\(escape(report.glossary))</b> (\(report.glossaryEntries) entries) · \(report.articles.count) article(s) · phrases reported from \(report.minimumPhraseCount) occurrences</p>
            <div class="cards" id="summary">
            <div class="card"><b>\(percent(report.total.coverage))</b>term coverage</div>
            <div class="card"><b>\(percent(report.total.segmentCoverage))</b>segments with a term</div>
            <div class="card"><b>\(report.total.termOccurrences)</b>glossary terms found</div>
            <div class="card"><b>\(report.total.missingOccurrences)</b>missing-term places</div>
            <div class="card"><b>\(report.total.candidates.count)</b>candidate terms</div>
            </div>

            """
        html += "<h2>Candidate terms missing from the glossary</h2>\n" + candidatesTable(report.total.candidates)
        html += "<h2>Glossary entries found</h2>\n" + entriesTable(report.total.entries)
        html += "<h2>Articles</h2>\n" + articlesTable(report.articles)
        html +=
            #"<p class="legend"><span><mark class="exact">exact</mark></span><span><mark class="case">case</mark></span><span><mark class="inflected">inflected<span class="tr">translation</span></mark></span><span><span class="missing">candidate missing from the glossary</span></span><span class="chrome">page chrome (not translated)</span></p>"#
        html += "\n"
        for section in articleSections { html += section }
        html +=
            "<h2>Entries not used</h2>\n<details class=\"more\"><summary>\(report.unusedEntries.count) of \(report.glossaryEntries) entries were not found</summary>\n<p>"
        html += report.unusedEntries.map { escape($0.source) }.joined(separator: " · ")
        html += "</p></details>\n</body>\n</html>\n"
        return html
    }

    /// One article, folded, with its figures in the summary line, its terms highlighted and
    /// candidates underlined; made as soon as the article is analysed, so that the document
    /// need not be kept.
    package func articleSection(_ document: Document, _ article: CoverageAnalysis.Article, glossary: Glossary) -> String
    {
        let coverage = article.coverage
        return
            "<details class=\"article\"><summary>\(escape(document.sourceName)) <span>— \(percent(coverage.coverage)) coverage · "
            + "\(coverage.termOccurrences) terms · \(coverage.missingOccurrences) missing · \(coverage.segments) segments</span></summary>\n<article>\n"
            + articleHTML(document, candidates: article.candidates, glossary: glossary) + "</article>\n</details>\n"
    }

    private func articleHTML(_ document: Document, candidates: [TermCandidateFinder.Occurrence], glossary: Glossary)
        -> String
    {
        var html = ""
        let bySegment = Dictionary(grouping: candidates, by: \.segmentID)
        var paragraph = ""
        for block in document.blocks {
            var cursor = block.range.lowerBound
            var inner = ""
            for segment in block.segments {
                inner += escape(document.text(cursor..<segment.range.lowerBound)).replacingOccurrences(
                    of: "\n", with: "<br>")
                inner +=
                    #"<span class="seg" title="\#(segment.id)">"#
                    + segmentHTML(document, segment, bySegment[segment.id] ?? [], glossary: glossary) + "</span>"
                cursor = segment.range.upperBound
            }
            paragraph +=
                block.isTranslatable
                ? inner
                : #"<span class="chrome" title="\#(block.id): \#(block.kind.boilerplateRule ?? block.kind.repeatedBlock.map { "repeats " + $0 } ?? "")">\#(inner)</span>"#
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
    private func segmentHTML(
        _ document: Document, _ segment: Segment, _ candidates: [TermCandidateFinder.Occurrence], glossary: Glossary
    ) -> String {
        enum Span {
            case term(TermMatch)
            case candidate(TermCandidateFinder.Occurrence)
        }
        var spans: [(Range<String.Index>, Span)] =
            segment.terms.map { ($0.range, .term($0)) } + candidates.map { ($0.range, .candidate($0)) }
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = segment.range.lowerBound
        for (range, span) in spans where range.lowerBound >= cursor {
            out += escape(document.text(cursor..<range.lowerBound))
            let text = escape(document.text(range))
            switch span {
            case .term(let term):
                let entry = glossary.entries[term.entryIndex]
                let translation =
                    entry.doNotTranslate ? "as is" : entry.allowedTranslations.map(\.text).joined(separator: " / ")
                let forbidden = entry.forbiddenTranslations.map(\.text)
                let title = "\(entry.source) · \(term.tier.rawValue)"
                out +=
                    #"<mark class="\#(term.tier.rawValue)" title="\#(escape(title))">\#(text)<span class="tr">\#(escape(translation))</span>"#
                if !forbidden.isEmpty {
                    out += #"<span class="tr forbidden">not: \#(escape(forbidden.joined(separator: ", ")))</span>"#
                }
                out += "</mark>"
            case .candidate(let candidate):
                out +=
                    #"<span class="missing" title="missing \#(candidate.kind.rawValue): \#(escape(candidate.key))">\#(text)</span>"#
            }
            cursor = range.upperBound
        }
        out += escape(document.text(cursor..<segment.range.upperBound))
        return out
    }

    /// A table with its first `tableRows` rows shown and the rest folded away.
    private func table(_ header: String, _ rows: [String], noun: String) -> String {
        var html = "<table>\n\(header)\n" + rows.prefix(tableRows).joined() + "</table>\n"
        if rows.count > tableRows {
            html +=
                "<details class=\"more\"><summary>\(rows.count - tableRows) more \(noun)</summary>\n<table>\n\(header)\n"
                + rows.dropFirst(tableRows).joined() + "</table>\n</details>\n"
        }
        return html
    }

    private func entriesTable(_ entries: [CoverageReport.EntryUse]) -> String {
        table(
            "<tr><th>term</th><th>translation</th><th class=\"n\">count</th><th>tiers</th><th>forms seen</th></tr>",
            entries.map { use in
                let tiers = use.tiers.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                    #"<span class="tag">\#($0.key.rawValue) \#($0.value)</span>"#
                }.joined(separator: " ")
                return
                    "<tr><td>\(escape(use.source))</td><td>\(escape(use.translation))</td><td class=\"n\">\(use.count)</td><td>\(tiers)</td><td>\(escape(use.forms.map(\.text).joined(separator: ", ")))</td></tr>\n"
            }, noun: "entries")
    }

    private func candidatesTable(_ candidates: [CoverageReport.Candidate]) -> String {
        table(
            "<tr><th>candidate</th><th>kind</th><th class=\"n\">count</th><th class=\"n\">score</th><th>first example</th></tr>",
            candidates.map { candidate in
                "<tr><td>\(escape(candidate.text))</td><td><span class=\"tag\">\(candidate.kind.rawValue)</span></td><td class=\"n\">\(candidate.count)</td>"
                    + "<td class=\"n\">\(String(format: "%.0f", candidate.score))</td><td class=\"example\"><b>\(escape(candidate.example.article)) \(escape(candidate.example.segment))</b>: \(excerpt(candidate))</td></tr>\n"
            }, noun: "candidates")
    }

    /// The example segment around the candidate's first occurrence (up to about 160
    /// characters), the candidate underlined.
    private func excerpt(_ candidate: CoverageReport.Candidate) -> String {
        let text = candidate.example.text
        guard let found = text.range(of: candidate.text, options: .caseInsensitive) else {
            return escape(text.count > 160 ? String(text.prefix(159)) + "…" : text)
        }
        let before = text[..<found.lowerBound]
        let after = text[found.upperBound...]
        let head = before.count > 60 ? "…" + before.suffix(59) : before
        let tail = after.count > 100 ? after.prefix(99) + "…" : after
        return escape(head) + "<span class=\"missing\">" + escape(text[found]) + "</span>" + escape(tail)
    }

    private func articlesTable(_ articles: [CoverageReport.Coverage]) -> String {
        let header =
            "<tr><th>article</th><th class=\"n\">coverage</th><th class=\"n\">terms</th><th class=\"n\">missing</th><th class=\"n\">segments with terms</th></tr>"
        let rows = articles.map { article in
            "<tr><td>\(escape(article.source))</td><td class=\"n\">\(percent(article.coverage))</td><td class=\"n\">\(article.termOccurrences)</td>"
                + "<td class=\"n\">\(article.missingOccurrences)</td><td class=\"n\">\(article.segmentsWithTerms)/\(article.segments)</td></tr>\n"
        }
        let body = "<table>\n\(header)\n" + rows.joined() + "</table>\n"
        return
            "<details class=\"more\"\(articles.count <= openArticleTable ? " open" : "")><summary>figures of the \(articles.count) article(s)</summary>\n\(body)</details>\n"
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
