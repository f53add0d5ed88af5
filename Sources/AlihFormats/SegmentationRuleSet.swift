/// Sentence segmentation rules as SRX states them, for one language: what `SRXWriter` and
/// `OmegaTSegmentationWriter` write.
///
/// At each position in a paragraph the rules are tried in order, and the first whose `before`
/// pattern matches the text ending there and whose `after` pattern matches the text starting
/// there decides: a break, or none. Where no rule matches there is no break. Patterns are
/// regular expressions in the syntax SRX 2.0 names (ICU's), kept to what Java's
/// `java.util.regex` reads the same way (OmegaT and Okapi use Java's engine).
package struct SegmentationRuleSet: Sendable, Equatable {
    /// One rule: break (or do not) where `before` ends and `after` begins.
    package struct Rule: Sendable, Equatable {
        /// Whether the rule breaks (`break="yes"`) or keeps the text together.
        package var breaks: Bool
        /// The pattern the text before the position must end with (empty: any text).
        package var before: String
        /// The pattern the text after the position must start with (empty: any text).
        package var after: String
        /// Written as an XML comment in the rule, for the reader.
        package var comment: String?

        package init(breaks: Bool, before: String, after: String, comment: String? = nil) {
            self.breaks = breaks
            self.before = before
            self.after = after
            self.comment = comment
        }
    }

    /// The rule set's name (`languagerulename`), shown by CAT tools.
    package var name: String
    /// The regular expression that language codes using these rules match (`languagepattern`).
    package var languagePattern: String
    package var rules: [Rule]
    /// Paragraphs for the reader, written as a comment at the top of the file: where the rules
    /// come from and what they cannot express.
    package var remarks: [String]

    package init(name: String, languagePattern: String, rules: [Rule], remarks: [String] = []) {
        self.name = name
        self.languagePattern = languagePattern
        self.rules = rules
        self.remarks = remarks
    }
}
