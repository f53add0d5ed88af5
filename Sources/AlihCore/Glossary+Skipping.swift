/// Entries left out of a glossary for one article: a coordinator silences a term that is
/// right in general and wrong here (`bank` in an article about a river bank).
extension Glossary {
    /// The glossary without the entries whose source term is one of `terms` (compared without
    /// regard to letter case or runs of spaces), and the terms no entry has.
    public func skipping(_ terms: [String]) -> (glossary: Glossary, unknown: [String]) {
        guard !terms.isEmpty else { return (self, []) }
        let keys = Set(terms.map(Self.skipKey))
        var found = Set<String>()
        var kept = self
        kept.entries = entries.filter { entry in
            let key = Self.skipKey(entry.source)
            guard keys.contains(key) else { return true }
            found.insert(key)
            return false
        }
        return (kept, terms.filter { !found.contains(Self.skipKey($0)) })
    }

    /// The glossary without `terms`, each of which it must have: a term no entry has, or one a
    /// record cannot hold, is an error (`glossary.skip`: a typo would silence nothing).
    public func skippingEach(_ terms: [String]) throws(DiagnosticError) -> Glossary {
        for term in terms {
            if let problem = Self.skipProblem(term) {
                throw DiagnosticError(
                    code: "glossary.skip", "cannot skip \(problem)", hint: "name the entry by its source term")
            }
        }
        let (kept, unknown) = skipping(terms)
        guard unknown.isEmpty else {
            throw DiagnosticError(
                code: "glossary.skip",
                "\(name) has no entry \(unknown.map { "'\($0)'" }.joined(separator: ", ")) to skip",
                at: SourceLocation(file: name),
                hint: "name each entry by its source term as the glossary writes it (letter case does not matter)")
        }
        return kept
    }

    /// A term as `skipping` compares it: lowercased, its words joined by single spaces.
    static func skipKey(_ term: String) -> String {
        term.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The terms of a skip list as an extraction record stores them (`skipped-terms`): joined
    /// by ` | `.
    package static func skipListField(_ terms: [String]) -> String {
        terms.map { skipKey($0) }.joined(separator: " | ")
    }

    /// The terms of a record's `skipped-terms` field.
    package static func skipList(field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// Why `term` cannot be skipped, or nil: the record keeps the list in a field that `|`
    /// separates and XLIFF 1.2 keeps in a note whose fields `;` separates.
    package static func skipProblem(_ term: String) -> String? {
        if skipKey(term).isEmpty { return "an empty term" }
        if term.contains("|") || term.contains(";") { return "'\(term)' holds '|' or ';'" }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
