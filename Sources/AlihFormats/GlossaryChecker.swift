import AlihCore

/// The checks behind `alih glossary check`: problems a reader lets through but a translator
/// or the glossary stage would trip over, each pointing at the row (or TBX term) concerned.
///
/// Errors: an empty source or target (or an entry without translations), the same
/// translation listed twice for one source, two preferred translations for one source, a
/// translation both allowed and forbidden, a source with only forbidden translations.
///
/// Warnings: leading or trailing spaces in a source or target, an all-caps source that is not
/// case-sensitive, a do-not-translate entry none of whose allowed translations is the source
/// itself, a note longer than `maxNoteLength` characters, a source or target of more than
/// `maxTermWords` words, unbalanced brackets or double quotes.
public struct GlossaryChecker: Sendable {
    /// Notes longer than this (in characters) are a warning.
    package var maxNoteLength = 500
    /// Terms with more words than this are a warning.
    package var maxTermWords = 8

    public init() {}

    /// The reader's own warnings and the checks' findings, in file order.
    public func check(_ reading: GlossaryReading) -> [Diagnostic] {
        var found = reading.diagnostics
        let glossary = reading.glossary
        let file = glossary.name

        func entryLocation(_ i: Int) -> SourceLocation {
            glossary.entries[i].definedAt ?? reading.location(entry: i, translation: 0) ?? SourceLocation(file: file)
        }
        func location(_ i: Int, _ j: Int) -> SourceLocation {
            reading.location(entry: i, translation: j) ?? entryLocation(i)
        }
        func lineText(_ location: SourceLocation) -> String {
            location.line.map { "line \($0)" } ?? "elsewhere"
        }
        func add(
            _ severity: Diagnostic.Severity, _ code: String, _ message: String, _ at: SourceLocation,
            _ hint: String? = nil
        ) {
            found.append(Diagnostic(severity, code: code, message, at: at, hint: hint))
        }

        // Every translation of one source, across entries (a TBX file may split a source over concepts).
        var bySource: [String: [(entry: Int, translation: Int)]] = [:]

        for (i, entry) in glossary.entries.enumerated() {
            let source = entry.source
            let here = entryLocation(i)
            if GlossaryCell.trimmed(source).isEmpty {
                add(
                    .error, "glossary.empty-source", "a row has an empty source term", here,
                    "fill in the source or delete the row")
            } else if entry.translations.isEmpty {
                add(
                    .error, "glossary.no-translation", "'\(source)' has no translation", here,
                    entry.doNotTranslate
                        ? "a do-not-translate term lists itself as its translation"
                        : "add its translation or delete the entry")
            }
            if source.contains(where: { $0 == "\t" || $0.isNewline }) {
                add(
                    .warning, "glossary.line-break",
                    "the source '\(source.replacingOccurrences(of: "\n", with: "\\n"))' holds a line break or a tab: "
                        + "it is matched as a space, but a TSV glossary (OmegaT's) cannot hold it", here,
                    "write the term on one line, words separated by single spaces")
            }
            if hasOuterSpaces(source) {
                add(
                    .warning, "glossary.spaces", "the source '\(source)' starts or ends with a space", here,
                    "remove it: the term would only match with the space")
            }
            if !entry.caseSensitive, isAllCaps(source) {
                add(
                    .warning, "glossary.all-caps",
                    "'\(source)' is all capitals but not case-sensitive, so it also matches '\(source.lowercased())'",
                    here, "set case_sensitive to yes for acronyms")
            }
            if words(source) > maxTermWords {
                add(
                    .warning, "glossary.long-term",
                    "the source '\(source)' has \(words(source)) words (more than \(maxTermWords))", here,
                    "glossary terms are short; split it or move the explanation into the note")
            }
            checkBrackets(source, what: "the source '\(source)'", at: here, add)
            if entry.doNotTranslate, !entry.translations.isEmpty,
                !entry.translations.contains(where: { $0.text == source && $0.status != .forbidden })
            {
                add(
                    .warning, "glossary.dnt-target",
                    "'\(source)' is marked do-not-translate but its translation is '\(entry.translations[0].text)', not '\(source)' itself",
                    location(i, 0), "add a row with the source as its target, or set dnt to no")
            }

            var firstPreferred: Int?
            for (j, translation) in entry.translations.enumerated() {
                let at = location(i, j)
                let target = translation.text
                bySource[source, default: []].append((i, j))
                if GlossaryCell.trimmed(target).isEmpty {
                    add(
                        .error, "glossary.empty-target", "'\(source)' has an empty translation", at,
                        "fill in the target or delete the row")
                    continue
                }
                if hasOuterSpaces(target) {
                    add(
                        .warning, "glossary.spaces",
                        "the translation '\(target)' of '\(source)' starts or ends with a space", at, "remove it")
                }
                if words(target) > maxTermWords {
                    add(
                        .warning, "glossary.long-term",
                        "the translation '\(target)' of '\(source)' has \(words(target)) words (more than \(maxTermWords))",
                        at, "glossary terms are short; move the explanation into the note")
                }
                checkBrackets(target, what: "the translation '\(target)'", at: at, add)
                if translation.note.count > maxNoteLength {
                    add(
                        .warning, "glossary.long-note",
                        "the note on '\(source)' → '\(target)' has \(translation.note.count) characters (more than \(maxNoteLength))",
                        at, "translators read notes in a tooltip; keep them short")
                }
                checkBrackets(translation.note, what: "the note on '\(source)' → '\(target)'", at: at, add)
                if translation.status == .preferred {
                    // The same translation twice is a duplicate row (reported below), not two.
                    if let first = firstPreferred, entry.translations[first].text != target {
                        add(
                            .error, "glossary.two-preferred",
                            "'\(source)' has two preferred translations: '\(entry.translations[first].text)' (\(lineText(location(i, first)))) and '\(target)'",
                            at, "make one of them admitted")
                    } else if firstPreferred == nil {
                        firstPreferred = j
                    }
                }
            }
            if !entry.translations.isEmpty, entry.translations.allSatisfy({ $0.status == .forbidden }) {
                add(
                    .error, "glossary.only-forbidden", "'\(source)' has only forbidden translations", here,
                    "add the translation to use (status preferred)")
            }
        }

        // Duplicates, and translations both allowed and forbidden, per source.
        for (i, entry) in glossary.entries.enumerated() {
            guard let all = bySource[entry.source], all.first?.entry == i else { continue }
            var seen: [String: (entry: Int, translation: Int)] = [:]
            for (e, t) in all {
                let translation = glossary.entries[e].translations[t]
                guard !GlossaryCell.trimmed(translation.text).isEmpty else { continue }
                guard let earlier = seen[translation.text] else {
                    seen[translation.text] = (e, t)
                    continue
                }
                let first = glossary.entries[earlier.entry].translations[earlier.translation]
                let firstAt = location(earlier.entry, earlier.translation)
                if (first.status == .forbidden) != (translation.status == .forbidden) {
                    add(
                        .error, "glossary.allowed-and-forbidden",
                        "'\(entry.source)' → '\(translation.text)' is \(translation.status.rawValue) here but \(first.status.rawValue) at \(lineText(firstAt))",
                        location(e, t), "decide whether it may be used and keep one row")
                } else {
                    add(
                        .error, "glossary.duplicate",
                        "'\(entry.source)' → '\(translation.text)' is listed twice (also at \(lineText(firstAt)))",
                        location(e, t), "delete one of the rows")
                }
            }
        }

        return found.enumerated().sorted { a, b in
            let lineA = a.element.location?.line ?? 0
            let lineB = b.element.location?.line ?? 0
            return lineA != lineB ? lineA < lineB : a.offset < b.offset
        }.map(\.element)
    }

    /// Checks a glossary built in code: locations are the entries' `definedAt`.
    public func check(_ glossary: Glossary) -> [Diagnostic] {
        check(GlossaryReading(glossary: glossary))
    }

    // MARK: - Helpers

    private func hasOuterSpaces(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace
    }

    /// At least two letters, and every letter is a capital.
    private func isAllCaps(_ text: String) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }

    private func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }

    private static let pairs: [Character: Character] = ["(": ")", "[": "]", "{": "}", "“": "”", "«": "»"]
    private static let closers: Set<Character> = [")", "]", "}", "”", "»"]

    /// Warns when brackets (`()`, `[]`, `{}`, `“”`, `«»`) do not pair up or straight double
    /// quotes are odd in number. Single quotes are left alone: `’` and `'` are apostrophes too.
    private func checkBrackets(
        _ text: String, what: String, at location: SourceLocation,
        _ add: (Diagnostic.Severity, String, String, SourceLocation, String?) -> Void
    ) {
        var stack: [Character] = []
        var quotes = 0
        var problem: String?
        for character in text {
            if character == "\"" {
                quotes += 1
                continue
            }
            if let closer = Self.pairs[character] {
                stack.append(closer)
            } else if Self.closers.contains(character) {
                guard stack.last == character else {
                    problem = "'\(character)' closes nothing"
                    break
                }
                stack.removeLast()
            }
        }
        if problem == nil, let open = stack.last {
            problem = "'\(open)' is missing"
        }
        if problem == nil, quotes % 2 == 1 {
            problem = "a double quote is not closed"
        }
        if let problem {
            add(
                .warning, "glossary.brackets", "\(what) has unbalanced brackets or quotes: \(problem)", location,
                "check for a missing or extra bracket or quote")
        }
    }
}

extension GlossaryChecker {
    /// The counts that end `alih glossary check`.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var entries = 0
        public var translations = 0
        /// Forbidden translations.
        public var forbidden = 0
        /// Allowed translations of do-not-translate entries.
        public var doNotTranslate = 0
        public var errors = 0
        public var warnings = 0

        package init(glossary: Glossary, diagnostics: [Diagnostic]) {
            entries = glossary.entries.count
            for entry in glossary.entries {
                translations += entry.translations.count
                forbidden += entry.forbiddenTranslations.count
                if entry.doNotTranslate { doNotTranslate += entry.allowedTranslations.count }
            }
            errors = diagnostics.filter { $0.severity == .error }.count
            warnings = diagnostics.filter { $0.severity == .warning }.count
        }

        /// `N entries, N translations (N forbidden, N do-not-translate): N errors, N warnings`.
        public var description: String {
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            return "\(count(entries, "entry", "entries")), \(count(translations, "translation", "translations")) "
                + "(\(forbidden) forbidden, \(doNotTranslate) do-not-translate): "
                + "\(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings"))"
        }
    }
}
