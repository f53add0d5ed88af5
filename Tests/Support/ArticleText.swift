import PropertyBased

/// Generators of article-like text for property tests: Indonesian words, abbreviations,
/// punctuation and quotes, and the awkward characters scraped text carries (CR, tabs,
/// no-break and zero-width spaces, soft hyphens, combining marks, emoji, blank lines).
public enum ArticleText {
    public static let fragments: [String] = [
        "Rusia", "tentara", "perbatasannya", "menyetujuinya", "Presiden", "kata", "dia", "di", "Jakarta",
        " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{200B}",
        "\u{00AD}", "\u{2009}", "\u{FEFF}", ".", ". ", "? ", "! ", ", ", "“", "”", "\"", "'", "(", ")",
        "Bpk. ", "Dr. ", "Jl. ", "No. 5", "dll. ", "S.H. ", "Z. ", "10/5/2024", "15.00", "3.000", "2,5",
        "--", "-", "e\u{0301}", "é", "😀", "👩‍💻", "עברית", "中文", "…", "...", "A A A", "loading...",
        "Foto/REUTERS", "(mas)", "Baca juga: ", "&", "<", ">", "]]>",
    ]

    /// Strings of 0 to `maxFragments` fragments.
    public static func generator(maxFragments: Int = 60) -> Generator<String, some SendableSequenceType> {
        let fragments = fragments
        return Gen.int(in: 0...(fragments.count - 1)).array(of: 0...maxFragments).map { picks in
            picks.map { fragments[$0] }.joined()
        }
    }
}
