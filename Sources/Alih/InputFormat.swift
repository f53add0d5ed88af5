import AlihFormats

extension InputFormat {
    /// The format of the file `name` when neither the command line nor the pipeline gives one:
    /// `.html`, `.htm` and `.xhtml` are pages, anything else (standard input included) is text.
    public static func of(_ name: String) -> InputFormat { HTMLArticleText.isPage(name) ? .html : .text }

    /// The file name endings `alih run` and `alih coverage` take from folders by default.
    public var defaultExtensions: String { self == .html ? ".html,.htm,.xhtml" : ".txt,.md" }
}
