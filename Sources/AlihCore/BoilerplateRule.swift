/// A rule that recognises page chrome lines in a scraped article.
///
/// Rules are data in the pipeline definition, never code: users add a site's chrome without
/// rebuilding. Patterns use ICU regular-expression syntax and are tried against each line
/// (without its line break).
public struct BoilerplateRule: Sendable, Equatable, Codable {
    /// What the rule matches.
    public enum Match: Sendable, Equatable, Codable {
        /// Every line the pattern matches.
        case line(pattern: String)
        /// The end of a line the pattern matches there (a photo credit after a caption): the
        /// matched part is chrome and the text before it stays content, each its own block.
        case trailing(pattern: String)
        /// A heading line the pattern matches and every line after it up to `end`.
        case section(pattern: String, end: SectionEnd)
        /// A short line ending in `...` or `…` whose text before the dots starts another line of
        /// the article (scraped pages repeat headlines as truncated teasers).
        case teaser(maxWords: Int)
    }

    /// Where a section rule stops.
    public enum SectionEnd: String, Sendable, Equatable, Codable {
        /// At the next blank line.
        case paragraph
        /// At the end of the article: "everything from this marker on".
        case document
    }

    /// The id written into the XLIFF and the report (`photo-credit`).
    public var id: String
    public var match: Match
    public var caseInsensitive: Bool
    /// Where the rule was defined (pipeline file and line), for error messages.
    public var definedAt: SourceLocation?

    public init(id: String, match: Match, caseInsensitive: Bool = false, definedAt: SourceLocation? = nil) {
        self.id = id
        self.match = match
        self.caseInsensitive = caseInsensitive
        self.definedAt = definedAt
    }

    public static func == (a: BoilerplateRule, b: BoilerplateRule) -> Bool {
        a.id == b.id && a.match == b.match && a.caseInsensitive == b.caseInsensitive
    }

    private enum CodingKeys: String, CodingKey { case id, match, caseInsensitive }
}
