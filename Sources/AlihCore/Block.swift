/// A run of lines in the article that becomes one translation unit.
///
/// A paragraph (lines between blank lines) is one block unless boilerplate detection splits
/// it into runs of content lines and boilerplate lines.
public struct Block: Sendable, Equatable {
    /// Stable id in document order: `b1`, `b2`, …
    public var id: String
    /// The block's text in the document (no leading or trailing line break).
    public var range: Range<String.Index>
    /// The text between this block and the next (`\n` inside a paragraph, `\n\n` or more
    /// between paragraphs, the final newline or nothing after the last block).
    public var separator: Range<String.Index>
    /// Whether the block is article content or page chrome.
    public var kind: BlockKind
    /// Sentences, as ranges into the document text; empty until the segment stage ran.
    public var segments: [Segment]

    @inlinable
    package init(
        id: String, range: Range<String.Index>, separator: Range<String.Index>,
        kind: BlockKind = .content, segments: [Segment] = []
    ) {
        self.id = id
        self.range = range
        self.separator = separator
        self.kind = kind
        self.segments = segments
    }

    /// Whether translators should translate this block.
    public var isTranslatable: Bool { kind == .content }

    /// Whether the block is page chrome (which `--drop-boilerplate` leaves out of the XLIFF).
    public var isChrome: Bool { kind.boilerplateRule != nil }

    /// The id of the `number`th block (from 1): `b1`, `b2`, … (joined from small strings, not
    /// interpolated: it is made for every block of a document).
    @inlinable
    package static func id(number: Int) -> String { "b" + String(number) }

    /// The id of this block's `number`th segment (from 1): `b3-s1`, …
    package func segmentID(number: Int) -> String {
        number >= 1 && number <= Self.segmentSuffixes.count
            ? id + Self.segmentSuffixes[number - 1] : id + "-s" + String(number)
    }

    /// `-s1` … `-s64`, made once: most blocks have a few segments, and each id was joined from
    /// three pieces.
    private static let segmentSuffixes = (1...64).map { "-s" + String($0) }
}

/// What a block is.
public enum BlockKind: Sendable, Equatable, Hashable {
    /// Article text to translate.
    case content
    /// Page chrome recognised by the boilerplate rule with this id.
    case boilerplate(rule: String)
    /// Article text that repeats the content block before it word for word (a scraped page's
    /// lead paragraph given again as the body's first): sent once, translated as that block.
    case repeated(of: String)

    /// The boilerplate rule id, if any.
    public var boilerplateRule: String? {
        if case .boilerplate(let rule) = self { return rule }
        return nil
    }

    /// The id of the block this one repeats, if it is a repeat.
    public var repeatedBlock: String? {
        if case .repeated(let original) = self { return original }
        return nil
    }
}
