import AlihFormats

/// How an article's bytes are read: as plain text, or as an HTML page whose article is its text.
///
/// Without one, the file's extension decides: `.html`, `.htm` and `.xhtml` are pages, anything
/// else (standard input included) is text.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html

    /// The format of the file `name` when none is given.
    public static func of(_ name: String) -> InputFormat { HTMLArticleText.isPage(name) ? .html : .text }
}
