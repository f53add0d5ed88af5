/// Markup inside a block's text that is not translated but must come back with the words it
/// marks: an HTML `<b>` and its `</b>`, a `<br>`, an image, a comment.
///
/// A code takes no characters of the text: it stands at a position between them.
/// `Document.codes` holds an article's codes in text order; a segment names the codes that fall
/// in it (`Segment.codes`). Writers turn them into XLIFF inline codes (2.1 `<pc>`/`<ph>` with the
/// markup in `<originalData>`, 1.2 `<g>`/`<x/>`), and a reimport puts the markup back where the
/// translator left the codes.
public struct InlineCode: Sendable, Equatable {
    public enum Kind: Sendable, Equatable, Hashable {
        /// The start of an element whose content is text (`<b>`, `<a href="…">`).
        case opening
        /// The end of the element opened by the opening with the same id.
        case closing
        /// Markup that stands alone (`<br>`, `<img …>`, a comment, a script inside a paragraph).
        case standalone
    }

    public var kind: Kind
    /// The number of the code in its block (from 1); an opening and its closing share it.
    public var id: Int
    /// Where it stands in the document text.
    public var position: String.Index
    /// The element's name (`b`, `a`, `br`, `img`, `#comment`).
    public var name: String
    /// The markup as it stood in the page, byte for byte; empty for a tag the parser implied
    /// (`</b>` closed by the paragraph's end).
    public var data: String

    package init(kind: Kind, id: Int, position: String.Index, name: String, data: String) {
        self.kind = kind
        self.id = id
        self.position = position
        self.name = name
        self.data = data
    }
}
