/// A translated XLIFF file as read back: the units Alih sent out, with what came back in them.
///
/// Readers fill it from XLIFF 2.x or 1.2 whatever tool wrote the file; the merge and the QA
/// checks work on it without knowing the format.
public struct TranslatedDocument: Sendable, Equatable {
    /// `2.0`, `2.1` or `1.2`.
    public var xliffVersion: String
    /// The file name the article came from (`original`).
    public var original: String
    public var sourceLanguage: String
    public var targetLanguage: String
    /// The extraction record as key–value pairs (`pipeline`, `source-checksum`, …); empty for
    /// files Alih did not write.
    public var record: [String: String]
    public var units: [TranslatedUnit]

    /// Whether the file was made from an HTML page: its texts then carry the page's inline codes
    /// as markers (`InlineCodeMarker`), and its translation goes back into the page.
    public var hasCodeMarkers: Bool { record["input-format"] == "html" }

    package init(
        xliffVersion: String, original: String, sourceLanguage: String, targetLanguage: String,
        record: [String: String] = [:], units: [TranslatedUnit] = []
    ) {
        self.xliffVersion = xliffVersion
        self.original = original
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.record = record
        self.units = units
    }
}

/// One unit (XLIFF 2) or group (XLIFF 1.2): a block of the article.
public struct TranslatedUnit: Sendable, Equatable {
    public var id: String
    /// Line of the unit's start tag in the file.
    public var line: Int
    public var translate: Bool
    /// The rule that made it boilerplate, when it is.
    public var boilerplateRule: String?
    /// The id of the unit whose translation this one takes: a paragraph that repeated the one
    /// before it (`repeats` metadata, 1.2 `x-alih-repeats`), sent as `translate="no"`.
    public var repeats: String?
    /// Checksum of the source text as sent out (`checksum` metadata).
    public var checksum: String?
    /// Segments and whitespace in order.
    public var pieces: [TranslatedPiece]
    /// Text after the unit (XLIFF 1.2 `x-alih-separator`; in XLIFF 2 it is the last ignorable).
    public var separator: String
    /// How many segments Alih sent in the unit, when it sent more than one (`segments`
    /// metadata, 1.2 `x-alih-segments`): a segment deleted from the end is named by it.
    public var sentSegments: Int?

    package init(
        id: String, line: Int, translate: Bool = true, boilerplateRule: String? = nil, checksum: String? = nil,
        pieces: [TranslatedPiece] = [], separator: String = ""
    ) {
        self.id = id
        self.line = line
        self.translate = translate
        self.boilerplateRule = boilerplateRule
        self.checksum = checksum
        self.pieces = pieces
        self.separator = separator
    }

    /// The source text of the unit's block: segment sources and the whitespace between them,
    /// without the separator after the block.
    public var sourceText: String {
        var text = ""
        for piece in pieces { text += piece.source }
        return text
    }

    /// Moves the unit and its segments `lines` lines further down the file (for a unit read
    /// from a part of the file, numbered from the part's start).
    package mutating func shiftLines(by lines: Int) {
        line += lines
        for index in pieces.indices { pieces[index].shiftLine(by: lines) }
    }

    /// The segments.
    public var segments: [TranslatedSegment] {
        pieces.compactMap { if case .segment(let segment) = $0 { segment } else { nil } }
    }
}

/// A segment or a stretch of whitespace of a unit.
public enum TranslatedPiece: Sendable, Equatable {
    case segment(TranslatedSegment)
    /// Whitespace (an `<ignorable>`, or the text around a 1.2 trans-unit), with its target if
    /// a tool gave one.
    case ignorable(source: String, target: String?)

    public var source: String {
        switch self {
        case .segment(let segment): segment.source
        case .ignorable(let source, _): source
        }
    }

    /// Moves a segment `lines` lines further down; whitespace has no line. The segment is
    /// moved out and back, not copied (a copy retains and releases each of its strings).
    mutating func shiftLine(by lines: Int) {
        switch consume self {
        case .segment(var segment):
            segment.line += lines
            self = .segment(segment)
        case let other:
            self = other
        }
    }
}

/// A sentence with its translation.
public struct TranslatedSegment: Sendable, Equatable {
    public var id: String
    public var line: Int
    public var source: String
    /// Nil when the file has no `<target>`.
    public var target: String?
    /// `state` as written (`initial`, `translated`, `final`, `needs-translation` …), if any.
    public var state: String?
    /// XLIFF 1.2 `approved="yes"`.
    public var approved: Bool
    /// Inline markup the target carried (`ph`, `pc`, `mrk` …), for the tag checks.
    public var sourceTags: [String]
    public var targetTags: [String]
    /// The sentences a CAT tool marked in the target (XLIFF 1.2 `<mrk mtype="seg">`, as Trados
    /// writes them): more than one means it split Alih's sentence.
    public var targetSentenceMarks: Int = 0

    package init(
        id: String, line: Int, source: String, target: String? = nil, state: String? = nil, approved: Bool = false,
        sourceTags: [String] = [], targetTags: [String] = []
    ) {
        self.id = id
        self.line = line
        self.source = source
        self.target = target
        self.state = state
        self.approved = approved
        self.sourceTags = sourceTags
        self.targetTags = targetTags
    }
}
