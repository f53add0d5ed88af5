/// Every change the normalize stage made, by kind: nothing changes silently.
public struct NormalizationReport: Sendable, Equatable, Codable {
    /// One kind of change with how often it happened and where it happened first.
    public struct Entry: Sendable, Equatable, Codable {
        public var kind: NormalizationChange
        public var count: Int
        /// The first few places (line and column of the input, 1-based).
        public var firstPositions: [TextPosition]
    }

    /// How many first positions are kept per kind.
    package static let positionsKept = 5

    public private(set) var entries: [Entry] = []

    /// Mojibake found and left as it was (`repair-mojibake` off): text that looks like UTF-8
    /// read as Windows-1252 (`Ã©` for `é`), which a reader cannot understand.
    public struct Mojibake: Sendable, Equatable, Codable {
        /// Stretches found.
        public var count: Int
        /// Where the first few are (line and column of the input).
        public var firstPositions: [TextPosition]
        /// The first stretch as written, and what it stands for.
        public var example: String
        public var repairedExample: String

        package init(count: Int, firstPositions: [TextPosition], example: String, repairedExample: String) {
            self.count = count
            self.firstPositions = firstPositions
            self.example = example
            self.repairedExample = repairedExample
        }

        /// The warning about it, in `file`.
        public func warning(file: String) -> Diagnostic {
            Diagnostic(
                .warning, code: "input.mojibake",
                "\(count == 1 ? "a stretch" : "\(count) stretches") of text \(count == 1 ? "looks" : "look") like UTF-8 "
                    + "read as Windows-1252 (mojibake): '\(example)' stands for '\(repairedExample)'",
                at: SourceLocation(file: file, line: firstPositions.first?.line, column: firstPositions.first?.column),
                hint: "fix the source, or convert such text with --repair-mojibake (repair-mojibake: true under "
                    + "normalize in a pipeline); the translator would otherwise get it as it is")
        }
    }

    /// Mojibake left in the text; nil when there is none, or it was repaired.
    public var mojibake: Mojibake?

    package init() {}

    /// Records one change of `kind` at `position`.
    package mutating func record(_ kind: NormalizationChange, at position: TextPosition) {
        if let i = entries.firstIndex(where: { $0.kind == kind }) {
            entries[i].count += 1
            if entries[i].firstPositions.count < Self.positionsKept {
                entries[i].firstPositions.append(position)
            }
        } else {
            entries.append(Entry(kind: kind, count: 1, firstPositions: [position]))
        }
    }

    /// Takes in what a scan of the input before normalizing found: its changes first, and the
    /// mojibake left in the text.
    package mutating func include(_ earlier: NormalizationReport) {
        var merged = earlier
        merged.append(self, lineOffset: 0)
        merged.mojibake = earlier.mojibake ?? mojibake
        self = merged
    }

    /// Adds the changes of a later part of the text, whose lines are numbered from 1:
    /// `lineOffset` is the number of lines before that part.
    package mutating func append(_ later: NormalizationReport, lineOffset: Int) {
        for entry in later.entries {
            let shifted = entry.firstPositions.map { TextPosition(line: $0.line + lineOffset, column: $0.column) }
            if let i = entries.firstIndex(where: { $0.kind == entry.kind }) {
                entries[i].count += entry.count
                entries[i].firstPositions += shifted.prefix(Self.positionsKept - entries[i].firstPositions.count)
            } else {
                entries.append(Entry(kind: entry.kind, count: entry.count, firstPositions: shifted))
            }
        }
    }

    /// How many changes of `kind` were made.
    public func count(of kind: NormalizationChange) -> Int {
        entries.first { $0.kind == kind }?.count ?? 0
    }

    /// All changes together.
    public var totalCount: Int { entries.reduce(0) { $0 + $1.count } }
}

/// The kinds of change normalization makes.
public enum NormalizationChange: String, Sendable, Codable, CaseIterable {
    /// A line recomposed to Unicode NFC.
    case nfc
    /// CRLF or a lone CR turned into LF.
    case lineEnding = "line-ending"
    /// A no-break space, tab or other Unicode space turned into a plain space.
    case unicodeSpace = "unicode-space"
    /// A zero-width space, word joiner or stray byte-order mark removed.
    case zeroWidth = "zero-width"
    /// A soft hyphen removed.
    case softHyphen = "soft-hyphen"
    /// A control character that XML 1.0 cannot carry removed.
    case controlCharacter = "control-character"
    /// A run of spaces collapsed to one.
    case spaceRun = "space-run"
    /// Spaces at the end of a line removed.
    case trailingSpace = "trailing-space"
    /// Spaces at the start of a line removed.
    case leadingSpace = "leading-space"
    /// `--` between words turned into an em dash.
    case emDash = "em-dash"
    /// Mojibake (UTF-8 read as Windows-1252) turned back into what it stands for
    /// (`repair-mojibake`).
    case mojibake
}

/// A place in a text: 1-based line and column (columns count Unicode scalars).
public struct TextPosition: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    @inlinable
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
