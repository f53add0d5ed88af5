import AlihCore

/// Puts a translated article back into the HTML page it was extracted from.
///
/// The page is read again as extraction read it (`HTMLArticleText` with its markup kept). First
/// its translatable attributes get their translations (escaped for an attribute, in the quotes
/// they had), `<html lang>` the target language and a declared encoding `utf-8` (the page is
/// written as UTF-8); then that page is read once more and each paragraph's region is replaced
/// by its translation, whose inline code markers become the markup they stood for, as the page
/// had it (with its attributes translated), and whose text is escaped as XML text is (`&`, `<`,
/// `>`; `XMLEscaping`). Every byte outside these stays as it was.
package enum HTMLPageMerge {
    /// The page `bytes` (from `name`) with `translated` in it: the merged article, one paragraph
    /// per region and then one per translatable attribute, separated by blank lines.
    /// `chrome`, `content` and `layout`: the selectors and the layout version the page was
    /// extracted with (`HTMLOptions`, `HTMLArticleText.layoutVersion`).
    package static func merge(
        page bytes: [UInt8], name: String, translated: String, targetLanguage: String,
        chrome: [HTMLSelector] = [], content: [HTMLSelector] = [], layout: Int = HTMLArticleText.layoutVersion
    ) throws(DiagnosticError) -> [UInt8] {
        let article = try HTMLArticleText.read(bytes, name: name, chrome: chrome, content: content, layout: layout)
        let translatedParagraphs = paragraphs(translated)
        let expected = article.regions.count + article.attributes.count
        guard translatedParagraphs.count == expected else {
            throw DiagnosticError(
                code: "reimport.page-layout",
                "the translation has \(translatedParagraphs.count) paragraphs, but \(name) has \(expected) to translate",
                at: SourceLocation(file: name),
                hint: "reimport with the same version of Alih that extracted the page")
        }
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        if let html = article.htmlTag {
            let value = Array("\"\(XMLEscaping.attribute(targetLanguage))\"".utf8)
            if let lang = html.lang {
                edits.append((lang, value))
            } else {
                let at = html.tag.lowerBound + 5
                edits.append((at..<at, Array(" lang=".utf8) + value))
            }
        }
        if article.charset.encoding != "utf-8" {
            for value in article.charsetValues {
                let old = String(decoding: article.page[value], as: UTF8.self)
                let quote = old.first.map { $0 == "\"" || $0 == "'" ? String($0) : "" } ?? ""
                let replacement = old.lowercased().contains("text/html") ? "text/html; charset=utf-8" : "utf-8"
                edits.append((value, Array((quote + replacement + quote).utf8)))
            }
        }
        let sourceParagraphs = paragraphs(article.text)
        for (number, region) in article.attributes.enumerated() {
            let text = translatedParagraphs[article.regions.count + number]
            // An attribute left as it was keeps its bytes.
            if number + article.regions.count < sourceParagraphs.count,
                Self.sameText(text, sourceParagraphs[article.regions.count + number])
            {
                continue
            }
            // In the quotes the value had (double ones for a value without).
            let single = article.page[region.lowerBound] == UInt8(ascii: "'")
            var value = XMLEscaping.attribute(InlineCodeMarker.plain(String(text)))
            if single {
                value = "'" + value.replacingOccurrences(of: "'", with: "&#39;") + "'"
            } else {
                value = "\"" + value + "\""
            }
            edits.append((region, Array(value.utf8)))
        }
        let withAttributes = try applying(edits, to: article.page, name: name)
        let page = try HTMLArticleText.read(
            withAttributes, name: name, chrome: chrome, content: content, layout: layout)
        let laidOut = paragraphs(page.text)
        guard page.regions.count == article.regions.count, laidOut.count == expected else {
            throw DiagnosticError(
                code: "reimport.page-layout", "\(name) reads differently once its attributes are translated",
                at: SourceLocation(file: name), hint: "report this page to the Alih team")
        }
        var markup = page.markup[...]
        var paragraphEdits: [(range: Range<Int>, bytes: [UInt8])] = []
        for (number, region) in page.regions.enumerated() {
            // By id: an opening (or a code alone) and the closing that shares its id.
            var data: [Int: (first: String, closing: String?)] = [:]
            for scalar in laidOut[number].unicodeScalars {
                guard let code = InlineCodeMarker.code(scalar), let next = markup.popFirst() else { continue }
                if code.kind == .closing {
                    data[code.id, default: ("", nil)].closing = next.data
                } else {
                    data[code.id] = (next.data, data[code.id]?.closing)
                }
            }
            // A paragraph left as it was (untranslated, chrome the line rules found) keeps its bytes.
            if Self.sameText(translatedParagraphs[number], laidOut[number]) { continue }
            var seen: Set<Int> = []
            var out: [UInt8] = []
            var run = String.UnicodeScalarView()
            for scalar in translatedParagraphs[number].unicodeScalars {
                if let code = InlineCodeMarker.code(scalar) {
                    out += Array(XMLEscaping.text(String(run)).utf8)
                    run = String.UnicodeScalarView()
                    guard let both = data[code.id] else {
                        throw DiagnosticError(
                            code: "reimport.unknown-code",
                            "paragraph \(number + 1) of the translation has an inline code (id \(code.id)) its page paragraph does not have",
                            at: SourceLocation(file: name), hint: "remove the code the CAT tool added")
                    }
                    // A pair split over two units comes back as two codes alone: the first is the
                    // opening, the second the closing.
                    let closing = code.kind == .closing || (code.kind == .standalone && seen.contains(code.id))
                    seen.insert(code.id)
                    out += Array((closing ? both.closing ?? both.first : both.first).utf8)
                } else {
                    run.append(scalar)
                }
            }
            out += Array(XMLEscaping.text(String(run)).utf8)
            paragraphEdits.append((region, out))
        }
        return try applying(paragraphEdits, to: page.page, name: name)
    }

    /// Whether a translated paragraph is its source paragraph as laid out, but for what
    /// normalizing did to its spaces (no-break spaces as spaces, runs of them as one, none at the
    /// ends).
    static func sameText(_ translated: Substring, _ source: Substring) -> Bool {
        func spaced(_ text: Substring) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = []
            var space = false
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\u{A0}" || scalar == "\t" {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
            return out
        }
        return translated == source || spaced(translated) == spaced(source)
    }

    /// `bytes` with each edit's range replaced by its bytes; overlapping ranges are refused.
    static func applying(_ edits: [(range: Range<Int>, bytes: [UInt8])], to bytes: [UInt8], name: String)
        throws(DiagnosticError) -> [UInt8]
    {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.range.lowerBound < previous.range.upperBound
        {
            throw DiagnosticError(
                code: "reimport.page-layout",
                "two places to translate overlap in \(name) (bytes \(previous.range) and \(next.range))",
                at: SourceLocation(file: name), hint: "report this page to the Alih team")
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.bytes.count })
        var cursor = 0
        for edit in sorted {
            out += bytes[cursor..<edit.range.lowerBound]
            out += edit.bytes
            cursor = edit.range.upperBound
        }
        out += bytes[cursor...]
        return out
    }

    /// An article's paragraphs: split at blank lines, the final line break left off.
    static func paragraphs(_ text: some StringProtocol) -> [Substring] {
        var body = Substring(text)
        while body.last == "\n" { body = body.dropLast() }
        guard !body.isEmpty else { return [] }
        return body.split(separator: "\n\n", omittingEmptySubsequences: false)
    }
}
